import Foundation
import GutSkinStore
import Hummingbird
import HummingbirdTesting
import Logging
import TestSupport
import Testing

@testable import GutSkinService

/// A service on a fresh SQLite store in a temporary folder, driven in-process through
/// HummingbirdTesting's router client (no sockets), with helpers for accounts and uploads.
final class ServiceHarness: @unchecked Sendable {  // immutable after init; the folder is only removed on release
    let folder = TemporaryFolder()
    let environment: ServiceEnvironment
    let logger: Logger = {
        var logger = Logger(label: "gutskin-test")
        logger.logLevel = .warning
        return logger
    }()

    let clock: TestClock

    init(
        maxUploadBytes: Int = 50 * 1024 * 1024, signInLimit: Int = 10, askLimit: Int = 60,
        reportMaker: any ReportMaking = PersonReportMaker(), allowPrivateWebhooks: Bool = false, publicURL: URL? = nil
    ) async throws {
        let clock = TestClock()
        self.clock = clock
        let store = try await ServiceStoreFactory.open(url: "sqlite:\(folder.file("gutskin.sqlite"))", logger: logger)
        var configuration = ServiceConfiguration(
            dataDirectory: URL(fileURLWithPath: folder.file("data")), maxUploadBytes: maxUploadBytes, gutskinVersion: "test")
        configuration.signInLimit = signInLimit
        configuration.askLimit = askLimit
        configuration.allowPrivateWebhooks = allowPrivateWebhooks
        configuration.publicURL = publicURL
        environment = try ServiceEnvironment(
            store: store, configuration: configuration, reportMaker: reportMaker, now: { [clock] in clock.now })
    }

    /// Runs `body` with a client of the service's router.
    func test<Value>(_ body: @Sendable (any TestClientProtocol) async throws -> Value) async throws -> Value {
        let app = Application(router: ServiceApplication.router(environment: environment), logger: logger)
        return try await app.test(.router, body)
    }

    /// Uploads the demo person's sample for `user`, runs the job, and returns the report's id.
    func demoReport(for user: APIUser, _ client: some TestClientProtocol) async throws -> String {
        let upload = try Multipart.demoPerson(folder: environment.storage.stagingFolder)
        let accepted = try JSON.object(
            try await client.execute(
                uri: "/api/v1/samples", method: .post, headers: upload.headers(user.auth), body: ByteBuffer(bytes: upload.body)
            ).body)
        let jobID = try #require(accepted["job_id"] as? String)
        await runJobs()
        let job = try JSON.object(try await client.execute(uri: "/api/v1/jobs/\(jobID)", method: .get, headers: user.auth).body)
        return try #require((job["report_ids"] as? [String])?.first)
    }

    /// Runs queued jobs in this task until none is left; returns how many ran.
    @discardableResult
    func runJobs() async -> Int {
        let worker = JobWorker(environment: environment, workers: 1, logger: logger)
        var count = 0
        while await worker.runOnce() { count += 1 }
        return count
    }
}

/// A signed-up, signed-in API user.
struct APIUser: Sendable {
    let id: UUID
    let email: String
    let token: String

    var auth: HTTPFields { [.authorization: "Bearer \(token)"] }

    static func make(_ client: some TestClientProtocol, kind: String = "person", email: String? = nil) async throws -> APIUser {
        let email = email ?? "user-\(UUID().uuidString.prefix(8).lowercased())@example.org"
        let password = "correct horse battery"
        let created = try await client.execute(
            uri: "/api/v1/accounts", method: .post, body: JSON.body(["email": email, "password": password, "kind": kind]))
        #expect(created.status == .created)
        let id = try #require(UUID(uuidString: try JSON.object(created.body)["id"] as? String ?? ""))
        let session = try await client.execute(
            uri: "/api/v1/sessions", method: .post, body: JSON.body(["email": email, "password": password]))
        #expect(session.status == .ok)
        let token = try #require(try JSON.object(session.body)["token"] as? String)
        return APIUser(id: id, email: email, token: token)
    }
}

enum JSON {
    static func body(_ object: [String: Any]) -> ByteBuffer {
        ByteBuffer(bytes: try! JSONSerialization.data(withJSONObject: object))
    }

    static func object(_ buffer: ByteBuffer) throws -> [String: Any] {
        let value = try JSONSerialization.jsonObject(with: Data(buffer: buffer), options: [.fragmentsAllowed])
        return try #require(value as? [String: Any], "not a JSON object: \(String(buffer: buffer))")
    }

    /// The `error` of an error answer, checked to be one line.
    static func error(_ buffer: ByteBuffer) throws -> String {
        let message = try #require(try object(buffer)["error"] as? String, "no error field: \(String(buffer: buffer))")
        #expect(!message.contains("\n"))
        return message
    }
}

/// Builds multipart/form-data bodies as browsers and curl send them.
struct Multipart {
    let boundary = "gutskin-test-\(UUID().uuidString)"
    var parts = [(name: String, fileName: String?, data: Data)]()

    var contentType: String { "multipart/form-data; boundary=\(boundary)" }

    mutating func field(_ name: String, _ value: String) { parts.append((name, nil, Data(value.utf8))) }
    mutating func file(_ name: String, fileName: String, _ data: Data) { parts.append((name, fileName, data)) }

    var body: Data {
        var data = Data()
        for part in parts {
            data += Data("--\(boundary)\r\n".utf8)
            let fileName = part.fileName.map { "; filename=\"\($0)\"" } ?? ""
            data += Data("Content-Disposition: form-data; name=\"\(part.name)\"\(fileName)\r\n".utf8)
            if part.fileName != nil { data += Data("Content-Type: application/octet-stream\r\n".utf8) }
            data += Data("\r\n".utf8) + part.data + Data("\r\n".utf8)
        }
        return data + Data("--\(boundary)--\r\n".utf8)
    }

    func headers(_ extra: HTTPFields = [:]) -> HTTPFields {
        var headers = extra
        headers[.contentType] = contentType
        return headers
    }

    /// The demo person's upload (SIMULATED): a BIOM table with gut and skin samples, questionnaire, breath test.
    static func demoPerson(folder: URL) throws -> Multipart {
        var multipart = Multipart()
        for part in try DemoAccount.demoUpload(folder: folder).parts {
            if let fileName = part.fileName {
                multipart.file(part.name, fileName: fileName, part.data)
            } else {
                multipart.field(part.name, part.text)
            }
        }
        return multipart
    }
}

/// The service's clock in tests: the real time plus an offset a test can move forward.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var offset: TimeInterval = 0

    var now: Date { lock.withLock { Date().addingTimeInterval(offset) } }

    func advance(by seconds: TimeInterval) { lock.withLock { offset += seconds } }
}
