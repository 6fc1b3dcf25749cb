import Foundation
import GutSkinStore
import Hummingbird
import HummingbirdTesting
import TestSupport
import Testing

@testable import GutSkinService

/// The whole path a person or a testing service takes: sign up, sign in, upload the demo person,
/// let a worker make the report, fetch it as JSON and HTML, list it, export it, delete the account.
@Suite struct ReportFlowTests {
    @Test func demoPersonUploadBecomesAStoredReport() async throws {
        guard SharedData.builtInReferences() else { return }
        let harness = try await ServiceHarness()
        try await harness.test { client in
            let user = try await APIUser.make(client)
            let upload = try Multipart.demoPerson(folder: harness.environment.storage.stagingFolder)
            let accepted = try await client.execute(
                uri: "/api/v1/samples", method: .post, headers: upload.headers(user.auth), body: ByteBuffer(bytes: upload.body))
            #expect(accepted.status == .accepted, "\(String(buffer: accepted.body))")
            let body = try JSON.object(accepted.body)
            let samples = try #require(body["samples"] as? [[String: Any]])
            #expect(samples.count == 1)
            #expect(samples.first?["name"] as? String == "demo-person-gut")
            let jobID = try #require(body["job_id"] as? String)

            let queued = try JSON.object(try await client.execute(uri: "/api/v1/jobs/\(jobID)", method: .get, headers: user.auth).body)
            #expect(queued["status"] as? String == "queued")
            #expect(await harness.runJobs() == 1)

            let job = try JSON.object(try await client.execute(uri: "/api/v1/jobs/\(jobID)", method: .get, headers: user.auth).body)
            #expect(job["status"] as? String == "done", "\(job)")
            #expect(job["error"] is NSNull)
            let reportID = try #require((job["report_ids"] as? [String])?.first)

            let json = try await client.execute(uri: "/api/v1/reports/\(reportID)", method: .get, headers: user.auth)
            #expect(json.status == .ok)
            let report = try JSON.object(json.body)
            #expect(report["schema"] as? String == "gutskin-report")
            #expect((report["gut"] as? [String: Any])?["sample_id"] as? String == "demo-person-gut")
            #expect((report["skin"] as? [String: Any])?["sample_id"] as? String == "demo-person-skin")
            #expect(
                (report["gut"] as? [String: Any])?["table"] as? String == "demo-person.biom", "the client's file name, not the storage path"
            )
            #expect(report["questionnaire"] != nil && !(report["questionnaire"] is NSNull))
            #expect(report["breath_test"] != nil && !(report["breath_test"] is NSNull))

            let html = try await client.execute(uri: "/reports/\(reportID)", method: .get, headers: user.auth)
            #expect(html.status == .ok)
            #expect(html.headers[.contentType]?.hasPrefix("text/html") == true)
            #expect(String(buffer: html.body).contains("demo-person-gut"))

            let listing = try JSON.object(try await client.execute(uri: "/api/v1/reports", method: .get, headers: user.auth).body)
            let listed = try #require((listing["reports"] as? [[String: Any]])?.first)
            #expect(listed["id"] as? String == reportID)
            #expect(listed["gutskin_version"] as? String == "test")
            #expect((listed["reference_names"] as? [String])?.isEmpty == false)
            let scores = try #require((listed["summary"] as? [String: Any])?["scores"] as? [[String: Any]])
            #expect(scores.contains { $0["id"] as? String == "shannon_entropy" && $0["site"] as? String == "gut" && $0["value"] is Double })

            // Export: one tar with the originals as received and the report JSON.
            let export = try await client.execute(uri: "/api/v1/export", method: .get, headers: user.auth)
            #expect(export.status == .ok)
            let names = TarNames.list(Data(buffer: export.body))
            #expect(names.contains("account.json"))
            #expect(names.contains("reports/\(reportID.lowercased()).json"))
            #expect(names.contains { $0.hasPrefix("originals/") && $0.hasSuffix("-demo-person.biom") })
            #expect(names.contains { $0.hasSuffix("-demo-questionnaire.tsv") })
            #expect(!String(decoding: Data(buffer: export.body), as: UTF8.self).contains("$2b$"), "no password hash in the export")

            // Deleting the account removes its rows and files.
            let deleted = try await client.execute(uri: "/api/v1/accounts/me", method: .delete, headers: user.auth)
            #expect(deleted.status == .noContent)
            let after = try await client.execute(uri: "/api/v1/reports/\(reportID)", method: .get, headers: user.auth)
            #expect(after.status == .unauthorized)
            #expect(try await harness.environment.store.account(id: user.id) == nil)
            let files = harness.environment.storage.root.appendingPathComponent("files/\(user.id.uuidString.lowercased())")
            #expect(!FileManager.default.fileExists(atPath: files.path))
        }
    }

    @Test func organisationUploadsEveryTableSampleForASubjectAndAPersonClaimsIt() async throws {
        guard SharedData.builtInReferences() else { return }
        let harness = try await ServiceHarness()
        try await harness.test { client in
            let organisation = try await APIUser.make(client, kind: "organisation")
            let subject = try JSON.object(
                try await client.execute(
                    uri: "/api/v1/subjects", method: .post, headers: organisation.auth, body: JSON.body(["name": "subject 17"])
                ).body)
            let subjectID = try #require(subject["id"] as? String)
            var upload = try Multipart.demoPerson(folder: harness.environment.storage.stagingFolder)
            upload.parts.removeAll { ["sample", "skin_sample", "questionnaire", "breath_test"].contains($0.name) }
            upload.field("subject", subjectID)
            let accepted = try JSON.object(
                try await client.execute(
                    uri: "/api/v1/samples", method: .post, headers: upload.headers(organisation.auth), body: ByteBuffer(bytes: upload.body)
                ).body)
            #expect((accepted["samples"] as? [[String: Any]])?.count == 2, "both samples of the table, scored as gut")
            #expect(await harness.runJobs() == 1)

            let code = try JSON.object(
                try await client.execute(uri: "/api/v1/subjects/\(subjectID)/claim-code", method: .post, headers: organisation.auth).body)
            let claimCode = try #require(code["code"] as? String)
            let person = try await APIUser.make(client)
            let before = try JSON.object(try await client.execute(uri: "/api/v1/reports", method: .get, headers: person.auth).body)
            #expect((before["reports"] as? [Any])?.isEmpty == true)
            let claimed = try await client.execute(
                uri: "/api/v1/claims", method: .post, headers: person.auth, body: JSON.body(["code": claimCode]))
            #expect(claimed.status == .ok)
            let after = try JSON.object(try await client.execute(uri: "/api/v1/reports", method: .get, headers: person.auth).body)
            #expect((after["reports"] as? [Any])?.count == 2)
            let again = try await client.execute(
                uri: "/api/v1/claims", method: .post, headers: person.auth, body: JSON.body(["code": claimCode]))
            #expect(again.status == .notFound, "a claim code works once")
        }
    }
}

/// Entry names of a ustar archive (enough to check the export).
enum TarNames {
    static func list(_ data: Data) -> [String] {
        var names = [String]()
        var offset = 0
        let bytes = [UInt8](data)
        while offset + 512 <= bytes.count {
            let header = bytes[offset..<offset + 512]
            if header.allSatisfy({ $0 == 0 }) { break }
            let name = String(decoding: header.prefix(100).prefix { $0 != 0 }, as: UTF8.self)
            let sizeText = String(decoding: bytes[offset + 124..<offset + 135], as: UTF8.self)
            let size = Int(sizeText.trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\0"))), radix: 8) ?? 0
            names.append(name)
            offset += 512 + (size + 511) / 512 * 512
        }
        return names
    }
}
