import Foundation
import Logging
import PostgresNIO

/// The shared store: PostgreSQL through postgres-nio's `PostgresClient` (a connection pool), for
/// several `gutskin serve` processes on one database. The store owns the task that runs the
/// client and ends it in `close()`.
public final class PostgresStore: ServiceStore {
    let client: PostgresClient
    let logger: Logger
    /// The schema the tables live in (the connection's search_path), when not the default.
    let schema: String?
    private let runTask: Task<Void, Never>

    /// Connects to `url` (`postgres://user[:password]@host[:port]/database[?schema=…&sslmode=…&connect_timeout=…]`)
    /// and migrates the database (creating `schema` first when one is named). A server that does not
    /// answer within `connect_timeout` seconds (default 10) fails the open instead of hanging.
    public init(url: String, logger: Logger) async throws {
        let location = try PostgresLocation(url: url)
        self.logger = logger
        self.schema = location.schema
        let client = PostgresClient(configuration: location.configuration, backgroundLogger: logger)
        self.client = client
        // Started at once, so the first lease below finds the client running.
        let runTask = Task.immediate { await client.run() }
        self.runTask = runTask
        let (schema, timeout) = (location.schema, location.connectTimeout)
        let place = "\(location.host):\(location.port)"
        do {
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await PostgresMigrations.migrate(client, schema: schema, logger: logger) }
                group.addTask {
                    try await Task.sleep(for: .seconds(timeout))
                    runTask.cancel()  // fails the pending connection attempts
                    throw StoreError.openFailed("PostgreSQL at \(place) did not answer within \(timeout) s")
                }
                try await group.next()
                group.cancelAll()
            }
        } catch {
            runTask.cancel()
            await runTask.value
            if case .openFailed = error as? StoreError { throw error }
            throw StoreError.openFailed(Self.storeError(error).description)
        }
        logger.info("PostgreSQL store open", metadata: ["host": "\(location.host)", "database": "\(location.database)"])
    }

    public func close() async {
        runTask.cancel()
        await runTask.value
    }

    // MARK: Running statements

    /// Runs one statement and collects its rows.
    @discardableResult
    func rows(_ query: PostgresQuery) async throws -> [PostgresRow] {
        do {
            return try await Self.collect(client.query(query, logger: logger))
        } catch {
            throw Self.storeError(error)
        }
    }

    /// Runs `body` in a transaction on one connection (committed when it returns).
    func transaction<T: Sendable>(_ body: (PostgresConnection) async throws -> T) async throws -> T {
        do {
            return try await client.withTransaction(logger: logger) { connection in
                try await body(connection)
            }
        } catch {
            throw Self.storeError(error)
        }
    }

    /// Runs one statement on `connection` (inside a transaction) and collects its rows.
    @discardableResult
    func rows(_ query: PostgresQuery, on connection: PostgresConnection) async throws -> [PostgresRow] {
        try await Self.collect(connection.query(query, logger: logger))
    }

    static func collect(_ sequence: PostgresRowSequence) async throws -> [PostgresRow] {
        var rows: [PostgresRow] = []
        for try await row in sequence { rows.append(row) }
        return rows
    }

    /// The error as a `StoreError`: the server's message and SQLSTATE, never the statement's
    /// arguments or the detail line (which quotes the values).
    static func storeError(_ error: any Error) -> StoreError {
        switch error {
        case let error as StoreError: return error
        case let error as PostgresTransactionError:
            let inner = error.closureError ?? error.beginError ?? error.commitError ?? error.rollbackError
            return inner.map(storeError) ?? .database("PostgreSQL transaction failed")
        case let error as PSQLError:
            guard let info = error.serverInfo else {
                return .database("PostgreSQL connection error (\(error.code))")
            }
            if info[.sqlState] == "23505", info[.constraintName] == "accounts_email_key" {
                return .duplicateEmail
            }
            if info[.sqlState] == "22021" || info[.sqlState] == "22P05" { return .unstorableText }
            return .database(
                "PostgreSQL error \(info[.sqlState] ?? "?"): \(info[.message] ?? "no message")")
        case let error as PostgresDecodingError:
            return .corruptRow(table: "?", column: error.columnName)
        default:
            return .database("PostgreSQL error (\(type(of: error)))")
        }
    }

    /// An identifier quoted for SQL.
    static func quoted(_ identifier: String) -> String {
        "\"" + identifier.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension PostgresStore {
    /// Drops the schema the store was opened in (tests open each run in its own); nothing when the
    /// store uses the database's default schema.
    func dropOwnSchema() async throws {
        guard let schema else { return }
        try await rows(PostgresQuery(unsafeSQL: "DROP SCHEMA IF EXISTS \(Self.quoted(schema)) CASCADE"))
    }
}
