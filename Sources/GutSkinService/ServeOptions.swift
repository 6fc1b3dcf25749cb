import ArgumentParser
import Foundation
import GutSkinAxis
import GutSkinStore
import Logging

/// The options of `gutskin serve` (the command itself is declared with the other commands in the
/// `gutskin` executable, which passes the version).
public struct ServeOptions: ParsableArguments {
    @Option(help: "Database: sqlite:PATH (embedded, the default) or postgres://user[:password]@host[:port]/db.")
    public var database = "sqlite:gutskin-data/gutskin.sqlite"

    @Option(help: "Folder for uploaded originals.")
    public var dataDir = "gutskin-data"

    @Option(help: "Address to listen on.")
    public var host = "127.0.0.1"

    @Option(help: "Port to listen on (0: any free port).")
    public var port = 8080

    @Option(help: "Report jobs run at once in this process (0: none; another server runs them). Default: the number of cores.")
    public var workers: Int?

    @Option(name: .customLong("max-upload-mb"), help: "Largest upload accepted, in MB.")
    public var maxUploadMB = 50

    @Option(
        help:
            "The address people reach the service at, e.g. https://gutskin.example.org (behind a proxy); an https address marks cookies Secure."
    )
    public var publicURL: String?

    @Flag(help: "Accept webhook URLs on loopback and private networks (tests with a local receiver only; off by default).")
    public var allowPrivateWebhooks = false

    @Flag(help: "Create a demo person account holding the demo person's report; print its sign-in.")
    public var demo = false

    public init() {}

    public func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        if let workers, workers < 0 { throw ValidationError("--workers must be 0 or more") }
        guard (1...4096).contains(maxUploadMB) else { throw ValidationError("--max-upload-mb must be between 1 and 4096") }
        if let publicURL {
            guard let url = URL(string: publicURL), ["http", "https"].contains(url.scheme?.lowercased() ?? ""), url.host != nil else {
                throw ValidationError("--public-url must be an http(s) address, e.g. https://gutskin.example.org")
            }
        }
    }

    public static let abstract = "Run the gutskin service: accounts, uploads, reports and history over HTTP."
    public static let discussion = """
        Serves the JSON API under /api/v1 (described at /api/v1/openapi.yaml) and the web pages, and runs \
        report jobs. SQLite by default; several servers on one PostgreSQL database share the work. \
        Ctrl-C stops it after running jobs finish. See docs/service.md.
        """
}

/// Runs the service until SIGINT/SIGTERM.
public enum ServeRunner {
    public static func run(_ options: ServeOptions, gutskinVersion: String) async throws {
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
            return handler
        }
        let logger = Logger(label: "gutskin")
        if OpenAPIDocument.loaded.source == nil {
            logger.warning("the OpenAPI document was not found beside the executable; /api/v1/openapi.yaml serves a stub")
        }
        // Reports need the built-in references: build them now (about a second), so a server
        // without the HMP data they come from stops here with one line saying where it looked.
        _ = try DefaultReferences.allScorers()
        let store = try await ServiceStoreFactory.open(url: options.database, logger: logger)
        var configuration = ServiceConfiguration(
            dataDirectory: URL(fileURLWithPath: options.dataDir, isDirectory: true), maxUploadBytes: options.maxUploadMB * 1024 * 1024,
            gutskinVersion: gutskinVersion)
        configuration.signInLimit = 10
        configuration.allowPrivateWebhooks = options.allowPrivateWebhooks
        configuration.publicURL = options.publicURL.flatMap(URL.init(string:))
        let environment = try ServiceEnvironment(store: store, configuration: configuration, reportMaker: PersonReportMaker())
        let demo = options.demo ? try await DemoAccount.create(environment: environment) : nil
        let workers = options.workers ?? ProcessInfo.processInfo.activeProcessorCount
        let host = options.host
        let application = ServiceApplication.application(
            environment: environment, host: host, port: options.port, workers: workers, logger: logger
        ) { port in
            let address = "http://\(host.contains(":") ? "[\(host)]" : host):\(port)"
            var lines = ["gutskin serve: listening on \(address) (\(workers) job worker\(workers == 1 ? "" : "s"); Ctrl-C to stop)"]
            if let demo {
                lines.append("demo sign-in: \(address)/sign-in  email \(demo.email)  password \(demo.password)  (SIMULATED data)")
            }
            FileHandle.standardOutput.write(Data((lines.joined(separator: "\n") + "\n").utf8))
        }
        do {
            try await application.runService()
        } catch {
            await store.close()
            throw error
        }
        await store.close()
    }
}
