import Foundation
import PostgresNIO

/// The parts of a `postgres://` URL the store connects with. `schema` (optional) puts the tables
/// in that schema (tests give each run its own); `sslmode` is `disable` (the default on loopback),
/// `prefer` (the default elsewhere) or `require`; `connect_timeout` (seconds, default 10) bounds
/// connecting and opening.
struct PostgresLocation {
    var host: String
    var port: Int
    var username: String
    var password: String?
    var database: String
    var schema: String?
    var tls: PostgresClient.Configuration.TLS
    var connectTimeout: Int

    init(url: String) throws {
        guard let components = URLComponents(string: url), let host = components.host, !host.isEmpty
        else { throw StoreError.openFailed("the PostgreSQL URL has no host (postgres://user@host:port/db)") }
        self.host = host
        port = components.port ?? 5432
        username = components.user ?? "postgres"
        password = components.password
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        database = path.isEmpty ? username : path
        let query = components.queryItems ?? []
        schema = query.first { $0.name == "schema" }?.value
        if let schema, schema.isEmpty || !schema.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) {
            throw StoreError.openFailed("the schema in the PostgreSQL URL must be letters, digits and _")
        }
        let timeout = query.first { $0.name == "connect_timeout" }?.value ?? "10"
        guard let connectTimeout = Int(timeout), connectTimeout > 0 else {
            throw StoreError.openFailed("connect_timeout in the PostgreSQL URL must be a whole number of seconds")
        }
        self.connectTimeout = connectTimeout
        let loopback = ["127.0.0.1", "localhost", "::1"].contains(host)
        switch query.first(where: { $0.name == "sslmode" })?.value ?? (loopback ? "disable" : "prefer") {
        case "disable": tls = .disable
        case "prefer": tls = .prefer(.makeClientConfiguration())
        case "require": tls = .require(.makeClientConfiguration())
        case let mode: throw StoreError.openFailed("unknown sslmode '\(mode)' (disable, prefer, require)")
        }
    }

    var configuration: PostgresClient.Configuration {
        var configuration = PostgresClient.Configuration(
            host: host, port: port, username: username, password: password, database: database, tls: tls)
        configuration.options.connectTimeout = .seconds(connectTimeout)
        if let schema {
            configuration.options.additionalStartupParameters = [("search_path", schema)]
        }
        return configuration
    }
}
