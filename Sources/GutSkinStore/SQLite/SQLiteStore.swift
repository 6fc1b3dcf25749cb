import Foundation
import GRDB
import Logging

/// The embedded store: one SQLite file in WAL mode through a GRDB `DatabasePool` (many readers,
/// one writer). Writes run in IMMEDIATE transactions, so two processes on one file take turns
/// (the busy timeout makes the second wait) instead of failing half-way.
public final class SQLiteStore: ServiceStore {
    let pool: DatabasePool
    let logger: Logger

    /// Opens (creating it and its folder if missing) the database at `path` and migrates it.
    public init(path: String, logger: Logger) async throws {
        self.logger = logger
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            var configuration = Configuration()
            configuration.foreignKeysEnabled = true
            configuration.busyMode = .timeout(10)
            configuration.label = "gutskin-store"
            pool = try DatabasePool(path: path, configuration: configuration)
            try SQLiteMigrations.migrate(pool, databasePath: path)
        } catch let error as DatabaseError {
            throw StoreError.openFailed(Self.message(error))
        } catch {
            throw StoreError.openFailed(error.localizedDescription)
        }
        logger.info("SQLite store open", metadata: ["path": "\(path)"])
    }

    public func close() async {
        do { try pool.close() } catch { logger.warning("SQLite store did not close cleanly") }
    }

    // MARK: Running statements

    /// Runs `body` in an IMMEDIATE transaction (committed when it returns, rolled back when it throws).
    func write<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await pool.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    return .commit
                }
                return result!
            }
        } catch {
            throw Self.storeError(error)
        }
    }

    /// Runs `body` on a reader (a snapshot of the last commit).
    func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await pool.read(body)
        } catch {
            throw Self.storeError(error)
        }
    }

    static func storeError(_ error: any Error) -> StoreError {
        switch error {
        case let error as StoreError: error
        case let error where isUniqueViolation(error, column: "accounts.email"): .duplicateEmail
        case let error as DatabaseError: .database(message(error))
        default: .database("cannot read a stored row (\(type(of: error)))")
        }
    }

    /// The engine's message without the statement's arguments (they may be a person's data).
    static func message(_ error: DatabaseError) -> String {
        "SQLite error \(error.extendedResultCode.rawValue): \(error.message ?? "no message")"
    }

    static func isUniqueViolation(_ error: any Error, column: String) -> Bool {
        guard let error = error as? DatabaseError,
            error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE
        else { return false }
        return error.message?.contains(column) ?? false
    }
}

extension Database {
    /// `execute(sql:arguments:)` that refuses text holding NUL (U+0000), which SQLite would store but
    /// cut short when read back, and PostgreSQL refuses: both engines answer `.unstorableText`.
    func executeChecked(sql: String, arguments: [(any DatabaseValueConvertible)?]) throws {
        for case let text as String in arguments where text.utf8.contains(0) {
            throw StoreError.unstorableText
        }
        try execute(sql: sql, arguments: StatementArguments(arguments))
    }
}

extension SQLiteStore {
    /// The database's journal mode ("wal" for a pool): for tests and diagnostics.
    func journalMode() async throws -> String {
        try await read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "" }
    }
}
