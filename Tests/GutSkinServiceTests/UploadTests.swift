import Foundation
import GutSkinStore
import Hummingbird
import HummingbirdTesting
import Testing

@testable import GutSkinService

/// Uploads that must be refused before anything is stored (oversize, truncated, wrong type, bad
/// fields), and hostile text (path traversal, HTML, SQL) stored verbatim and shown escaped.
@Suite struct UploadTests {
    static let table =
        "#OTU ID\tS1\tS2\ttaxonomy\nf1\t10\t3\tk__Bacteria; p__Firmicutes; c__Clostridia; o__Clostridiales; f__Lachnospiraceae; g__Blautia\nf2\t4\t9\tk__Bacteria; p__Bacteroidetes; c__Bacteroidia; o__Bacteroidales; f__Bacteroidaceae; g__Bacteroides\n"

    /// Uploads and returns the answer.
    func upload(_ form: Multipart, _ user: APIUser, _ client: some TestClientProtocol) async throws -> TestResponse {
        try await client.execute(
            uri: "/api/v1/samples", method: .post, headers: form.headers(user.auth), body: ByteBuffer(bytes: form.body))
    }

    /// Nothing stored: no samples, no files kept, staging empty.
    func expectNothingStored(_ harness: ServiceHarness, _ user: APIUser) async throws {
        #expect(try await harness.environment.store.samples(visibleTo: user.id).isEmpty)
        #expect(try await harness.environment.store.files(ownerID: user.id).isEmpty)
        let staged = try FileManager.default.contentsOfDirectory(atPath: harness.environment.storage.stagingFolder.path)
        #expect(staged.filter { !$0.hasPrefix("demo-") }.isEmpty, "staging left \(staged)")
    }

    @Test func oversizeUploadIs413() async throws {
        let harness = try await ServiceHarness(maxUploadBytes: 64 * 1024)
        try await harness.test { client in
            let user = try await APIUser.make(client)
            var form = Multipart()
            form.file("table", fileName: "big.tsv", Data(repeating: UInt8(ascii: "1"), count: 100 * 1024))
            let answer = try await upload(form, user, client)
            #expect(answer.status == .contentTooLarge)
            #expect(try JSON.error(answer.body).contains("limit"))
            // Without a Content-Length the body stops being read at the limit, with the same answer.
            var headers = form.headers(user.auth)
            headers[.transferEncoding] = "chunked"
            let chunked = try await client.execute(
                uri: "/api/v1/samples", method: .post, headers: headers, body: ByteBuffer(bytes: form.body))
            #expect(chunked.status == .contentTooLarge)
            try await expectNothingStored(harness, user)
        }
    }

    @Test func truncatedMultipartIs400() async throws {
        let harness = try await ServiceHarness()
        try await harness.test { client in
            let user = try await APIUser.make(client)
            var form = Multipart()
            form.file("table", fileName: "table.tsv", Data(Self.table.utf8))
            let truncated = form.body.prefix(form.body.count - 40)
            let answer = try await client.execute(
                uri: "/api/v1/samples", method: .post, headers: form.headers(user.auth), body: ByteBuffer(bytes: truncated))
            #expect(answer.status == .badRequest)
            #expect(try JSON.error(answer.body).contains("truncated"))
            try await expectNothingStored(harness, user)
        }
    }

    @Test(arguments: [
        ("table.biom", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13])),  // a PNG named .biom
        ("table.tsv", Data("just some words\nwithout numbers\tat all\n".utf8)),
        ("table.qza", Data("not a zip".utf8)),
        ("profile.biom", Data("{\"id\": \"broken\", \"rows\": [".utf8)),
    ])
    func wrongTypeUploadIs400NamingTheFile(name: String, data: Data) async throws {
        let harness = try await ServiceHarness()
        try await harness.test { client in
            let user = try await APIUser.make(client)
            var form = Multipart()
            form.file("table", fileName: name, data)
            let answer = try await upload(form, user, client)
            #expect(answer.status == .badRequest)
            let message = try JSON.error(answer.body)
            #expect(message.contains(name), "\(message)")
            #expect(!message.contains(harness.environment.storage.root.path), "the staging path leaked: \(message)")
            try await expectNothingStored(harness, user)
        }
    }

    @Test func badQuestionnaireBreathTestAndFieldsAre400() async throws {
        let harness = try await ServiceHarness()
        try await harness.test { client in
            let user = try await APIUser.make(client)
            var questionnaire = Multipart()
            questionnaire.file("table", fileName: "table.tsv", Data(Self.table.utf8))
            questionnaire.file("questionnaire", fileName: "answers.json", Data("{\"plant_types_per_week\": ".utf8))
            let badQuestionnaire = try await upload(questionnaire, user, client)
            #expect(badQuestionnaire.status == .badRequest)
            #expect(try JSON.error(badQuestionnaire.body).contains("answers.json"))

            var breath = Multipart()
            breath.file("table", fileName: "table.tsv", Data(Self.table.utf8))
            breath.file("breath_test", fileName: "breath.tsv", Data("minutes\th2_ppm\n0\tlots\n".utf8))
            let badBreath = try await upload(breath, user, client)
            #expect(badBreath.status == .badRequest)
            #expect(try JSON.error(badBreath.body).contains("breath.tsv"))

            var missingSample = Multipart()
            missingSample.file("table", fileName: "table.tsv", Data(Self.table.utf8))
            missingSample.field("sample", "S9")
            let noSample = try await upload(missingSample, user, client)
            #expect(noSample.status == .badRequest)
            #expect(try JSON.error(noSample.body) == "table.tsv: no sample 'S9' (the table has 2 samples, e.g. S1, S2)")

            var site = Multipart()
            site.file("table", fileName: "table.tsv", Data(Self.table.utf8))
            site.field("site", "elbow")
            #expect(try await upload(site, user, client).status == .badRequest)

            var noTable = Multipart()
            noTable.field("sample", "S1")
            #expect(try JSON.error(try await upload(noTable, user, client).body) == "the upload has no 'table' file")

            var jsonHeaders = user.auth
            jsonHeaders[.contentType] = "application/json"
            let notMultipart = try await client.execute(uri: "/api/v1/samples", method: .post, headers: jsonHeaders, body: JSON.body([:]))
            #expect(notMultipart.status == .unsupportedMediaType)
            try await expectNothingStored(harness, user)
        }
    }

    @Test func hostileTextIsStoredVerbatimAndShownEscaped() async throws {
        let harness = try await ServiceHarness()
        let hostile = "<script>alert(1)</script>'; DROP TABLE accounts;--"
        try await harness.test { client in
            let user = try await APIUser.make(client, kind: "organisation")
            // Path traversal in the file name; HTML and SQL in the sample ids of the table.
            let table =
                "#OTU ID\t\(hostile)\ttaxonomy\nf1\t10\tk__Bacteria; p__Firmicutes; c__Clostridia; o__Clostridiales; f__Lachnospiraceae; g__Blautia\n"
            var form = Multipart()
            let traversal = "../../../../etc/passwd<b>.tsv"
            form.file("table", fileName: traversal, Data(table.utf8))
            form.field("sample", hostile)
            let answer = try await upload(form, user, client)
            #expect(answer.status == .accepted, "\(String(buffer: answer.body))")
            let file = try #require(try await harness.environment.store.files(ownerID: user.id).first)
            #expect(file.originalName == traversal, "stored verbatim")
            #expect(file.storagePath.hasPrefix("files/\(user.id.uuidString.lowercased())/"))
            #expect(!file.storagePath.contains(".."))
            let samples = try JSON.object(try await client.execute(uri: "/api/v1/samples", method: .get, headers: user.auth).body)
            #expect((samples["samples"] as? [[String: Any]])?.first?["name"] as? String == hostile)

            // Subject names and token labels too.
            let subject = try JSON.object(
                try await client.execute(uri: "/api/v1/subjects", method: .post, headers: user.auth, body: JSON.body(["name": hostile]))
                    .body)
            #expect(subject["name"] as? String == hostile)
            #expect(try await harness.environment.store.account(email: user.email) != nil, "the accounts table is still there")

            // On the pages, every one of them is escaped.
            let browser = try await Browser.signedUp(client)
            let account = try await browser.get("/account", client)
            _ = try await browser.post("/account/tokens", ["label": hostile], csrf: try Browser.csrf(in: account), client)
            let accountPage = String(buffer: try await browser.get("/account", client).body)
            #expect(accountPage.contains("&lt;script&gt;alert(1)&lt;/script&gt;&#39;; DROP TABLE accounts;--"))
            #expect(!accountPage.contains("<script>"))

            var pageUpload = Multipart()
            pageUpload.file("table", fileName: traversal, Data(table.utf8))
            pageUpload.field("sample", hostile)
            pageUpload.field("csrf", try Browser.csrf(in: account))
            let uploaded = try await browser.postMultipart("/samples", pageUpload, client)
            #expect(uploaded.status == .accepted)
            let samplesPage = String(buffer: try await browser.get("/samples", client).body)
            #expect(samplesPage.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(!samplesPage.contains("<script>"))

            // A bad file's error names the hostile file name, escaped on the page.
            var bad = Multipart()
            bad.file("table", fileName: "<img src=x onerror=alert(1)>.tsv", Data("no table here".utf8))
            bad.field("csrf", try Browser.csrf(in: account))
            let refused = try await browser.postMultipart("/samples", bad, client)
            #expect(refused.status == .badRequest)
            let refusedPage = String(buffer: refused.body)
            #expect(refusedPage.contains("&lt;img src=x onerror=alert(1)&gt;.tsv"))
            #expect(!refusedPage.contains("<img src=x"))
        }
    }
}
