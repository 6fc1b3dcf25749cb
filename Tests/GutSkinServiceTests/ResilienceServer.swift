import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A real `gutskin serve` process (the built binary) on a free loopback port, for tests that kill
/// servers, restart them, or run two at once. Its standard output and log go to files in `folder`.
final class ServerProcess: @unchecked Sendable {  // the process is only signalled, never mutated after start
    let process = Process()
    let base: URL
    let logFile: URL

    /// The `gutskin` executable built beside the test bundle (`swift build --build-tests` builds both).
    static func binary() throws -> URL {
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("gutskin")
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let candidates = [besideTests, packageRoot.appendingPathComponent(".build/debug/gutskin")]
        return try #require(
            candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) },
            "no gutskin executable at \(candidates.map(\.path)); run swift build --build-tests")
    }

    /// Starts the server and waits (at most `startSeconds`) until it prints the address it listens on.
    init(database: String, dataDirectory: URL, workers: Int, folder: URL, name: String, startSeconds: Double = 60) async throws {
        let outputFile = folder.appendingPathComponent("\(name).out")
        logFile = folder.appendingPathComponent("\(name).log")
        FileManager.default.createFile(atPath: outputFile.path, contents: nil)
        FileManager.default.createFile(atPath: logFile.path, contents: nil)
        process.executableURL = try Self.binary()
        process.arguments = [
            "serve", "--database", database, "--data-dir", dataDirectory.path, "--host", "127.0.0.1", "--port", "0",
            "--workers", "\(workers)",
        ]
        process.standardOutput = try FileHandle(forWritingTo: outputFile)
        process.standardError = try FileHandle(forWritingTo: logFile)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(startSeconds)
        var address: String?
        while address == nil, Date() < deadline, process.isRunning {
            let printed = (try? String(contentsOf: outputFile, encoding: .utf8)) ?? ""
            if let range = printed.range(of: #"http://127\.0\.0\.1:[0-9]+"#, options: .regularExpression) {
                address = String(printed[range])
            } else {
                try await Task.sleep(for: .milliseconds(50))
            }
        }
        guard let address, let base = URL(string: address) else {
            if process.isRunning { process.terminate() }
            let log = (try? String(contentsOf: logFile, encoding: .utf8)) ?? ""
            throw ServerProcessError("gutskin serve \(name) did not start within \(Int(startSeconds)) s: \(log.suffix(600))")
        }
        self.base = base
    }

    /// `kill -9`: the process ends at once, mid-job, with nothing flushed or finished.
    func killNow() {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    /// SIGSTOP: the process is frozen where it is (nothing it holds changes) until `resume()`.
    func pause() { if process.isRunning { kill(process.processIdentifier, SIGSTOP) } }

    /// SIGCONT after `pause()`.
    func resume() { if process.isRunning { kill(process.processIdentifier, SIGCONT) } }

    /// SIGTERM, as an operator stops it (running jobs finish first).
    func stop() {
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
    }

    /// The job ids this server logged as done (its log's "job done" lines).
    func jobsLoggedDone() -> [String] {
        let log = (try? String(contentsOf: logFile, encoding: .utf8)) ?? ""
        return log.split(separator: "\n").filter { $0.contains("job done") }.compactMap { line in
            line.range(of: #"job=[0-9A-Fa-f-]{36}"#, options: .regularExpression).map { String(line[$0].dropFirst(4)).lowercased() }
        }
    }

    deinit { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
}

struct ServerProcessError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// JSON over HTTP to a live server, with a bearer token once signed in.
struct LiveAPI: Sendable {
    let base: URL
    var token: String?

    private static let session: URLSession = {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = 30
        return URLSession(configuration: configuration)
    }()

    func send(_ method: String, _ path: String, contentType: String? = nil, body: Data? = nil) async throws -> (status: Int, body: Data) {
        var request = URLRequest(url: URL(string: "/api/v1" + path, relativeTo: base)!)
        request.httpMethod = method
        request.httpBody = body
        if let contentType { request.setValue(contentType, forHTTPHeaderField: "Content-Type") }
        if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
        let (data, response) = try await Self.session.data(for: request)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, data)
    }

    func json(_ method: String, _ path: String, _ object: [String: Any]? = nil, expect: Int = 200) async throws -> [String: Any] {
        let body = try object.map { try JSONSerialization.data(withJSONObject: $0) }
        let (status, data) = try await send(method, path, contentType: object == nil ? nil : "application/json", body: body)
        guard status == expect, let answer = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw ServerProcessError("\(method) \(path): \(status) \(String(decoding: data.prefix(300), as: UTF8.self))")
        }
        return answer
    }

    /// A new person account, signed in: the returned API sends its session token.
    func signedUp() async throws -> LiveAPI {
        let email = "resilience-\(UUID().uuidString.prefix(8).lowercased())@example.org"
        let password = "a long resilience passphrase"
        _ = try await json("POST", "/accounts", ["email": email, "password": password, "kind": "person"], expect: 201)
        let session = try await json("POST", "/sessions", ["email": email, "password": password])
        var signedIn = self
        signedIn.token = try #require(session["token"] as? String)
        return signedIn
    }

    /// Uploads a tiny one-sample table (two genera) and returns its job id.
    func uploadTinySample(_ name: String) async throws -> String {
        var form = Multipart()
        let table =
            "#OTU ID\t\(name)\ttaxonomy\n"
            + "f1\t10\tk__Bacteria; p__Firmicutes; c__Clostridia; o__Clostridiales; f__Lachnospiraceae; g__Blautia\n"
            + "f2\t4\tk__Bacteria; p__Bacteroidetes; c__Bacteroidia; o__Bacteroidales; f__Bacteroidaceae; g__Bacteroides\n"
        form.file("table", fileName: "tiny.tsv", Data(table.utf8))
        form.field("sample", name)
        let (status, data) = try await send("POST", "/samples", contentType: form.contentType, body: form.body)
        guard status == 202, let answer = try JSONSerialization.jsonObject(with: data) as? [String: Any],
            let job = answer["job_id"] as? String
        else { throw ServerProcessError("upload \(name): \(status) \(String(decoding: data.prefix(300), as: UTF8.self))") }
        return job.lowercased()
    }

    /// Every report the account sees, as listed by GET /reports, page after page.
    func reports() async throws -> [[String: Any]] {
        var reports = [[String: Any]]()
        var cursor: String?
        repeat {
            let page = try await json("GET", "/reports?limit=1000" + (cursor.map { "&cursor=\($0)" } ?? ""))
            reports += page["reports"] as? [[String: Any]] ?? []
            cursor = page["next_cursor"] as? String
        } while cursor != nil
        return reports
    }
}
