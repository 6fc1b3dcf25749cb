import Foundation
import Logging
import Testing

@testable import GutSkinStore

/// The engines every store behaviour is checked on: SQLite in a temporary file, and PostgreSQL at
/// `GUTSKIN_TEST_POSTGRES` (each run in its own schema, dropped afterwards, so runs never collide).
enum StoreEngine: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case sqlite
    case postgres

    var testDescription: String { rawValue }

    static let postgresURL = ProcessInfo.processInfo.environment["GUTSKIN_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }

    static var logger: Logger {
        var logger = Logger(label: "gutskin-store-tests")
        logger.logLevel = .warning
        return logger
    }
}

/// One fresh, empty database on an engine; `open()` may be called more than once (two "servers").
struct FreshDatabase: Sendable {
    let engine: StoreEngine
    let url: String
    private let folder: URL?

    /// Nil (after printing SKIPPED) when the engine is PostgreSQL and no server was given.
    init?(_ engine: StoreEngine, test: String = #function) {
        self.engine = engine
        switch engine {
        case .sqlite:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gutskin-store-\(UUID().uuidString)")
            self.folder = folder
            url = "sqlite:" + folder.appendingPathComponent("gutskin.sqlite").path
        case .postgres:
            guard let base = StoreEngine.postgresURL else {
                print("SKIPPED \(test.prefix { $0 != "(" }) [postgres]: needs PostgreSQL (set GUTSKIN_TEST_POSTGRES)")
                return nil
            }
            folder = nil
            let schema = "test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
            url = base + (base.contains("?") ? "&" : "?") + "schema=\(schema)"
        }
    }

    func open() async throws -> any ServiceStore {
        try await ServiceStoreFactory.open(url: url, logger: StoreEngine.logger)
    }

    /// Removes the database (the SQLite folder or the PostgreSQL schema).
    func remove() async throws {
        if let folder { try? FileManager.default.removeItem(at: folder) }
        if engine == .postgres {
            let store = try await open()
            try await (store as? PostgresStore)?.dropOwnSchema()
            await store.close()
        }
    }
}

/// Runs `body` with a store on a fresh database of `engine`, then closes and removes it.
/// Prints SKIPPED and returns when the engine is PostgreSQL and none was given.
func withFreshStore(
    _ engine: StoreEngine, test: String = #function, _ body: (any ServiceStore, FreshDatabase) async throws -> Void
) async throws {
    guard let database = FreshDatabase(engine, test: test) else { return }
    let store = try await database.open()
    do {
        try await body(store, database)
    } catch {
        await store.close()
        try await database.remove()
        throw error
    }
    await store.close()
    try await database.remove()
}
