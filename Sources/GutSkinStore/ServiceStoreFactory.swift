import Foundation
import Logging

/// Opens the store a database URL names: `sqlite:<path>` (created with its folder if missing) or
/// `postgres://user[:password]@host[:port]/database`. Migrations run before it returns.
public enum ServiceStoreFactory {
    public static func open(url: String, logger: Logger) async throws -> any ServiceStore {
        if url.hasPrefix("sqlite:") {
            var path = String(url.dropFirst("sqlite:".count))
            if path.hasPrefix("//") { path = String(path.dropFirst(2)) }
            guard !path.isEmpty else { throw StoreError.openFailed("sqlite: needs a file path, as in sqlite:gutskin-data/gutskin.sqlite") }
            return try await SQLiteStore(path: path, logger: logger)
        }
        if url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") {
            return try await PostgresStore(url: url, logger: logger)
        }
        let scheme = url.split(separator: ":", maxSplits: 1).first.map(String.init) ?? url
        throw StoreError.unsupportedURL(scheme: scheme)
    }
}
