import Foundation
import Hummingbird
import HummingbirdTesting
import TestSupport
import Testing

@testable import GutSkinService

/// Every route that takes an id, called by another account with the first account's ids, answers
/// 404 (never 403) and leaks nothing; lists show only the caller's rows.
@Suite struct IsolationTests {
    @Test func anotherAccountsIdsAnswer404OnEveryRoute() async throws {
        guard SharedData.builtInReferences() else { return }
        let harness = try await ServiceHarness()
        try await harness.test { client in
            let owner = try await APIUser.make(client, kind: "organisation")
            let intruder = try await APIUser.make(client, kind: "organisation")

            // The owner's rows: a subject, an API token, a sample, a job, a report.
            let subject = try JSON.object(
                try await client.execute(uri: "/api/v1/subjects", method: .post, headers: owner.auth, body: JSON.body(["name": "s"])).body)
            let subjectID = try #require(subject["id"] as? String)
            let token = try JSON.object(
                try await client.execute(uri: "/api/v1/tokens", method: .post, headers: owner.auth, body: JSON.body(["label": "ci"])).body)
            let tokenID = try #require(token["id"] as? String)
            let upload = try Multipart.demoPerson(folder: harness.environment.storage.stagingFolder)
            let accepted = try JSON.object(
                try await client.execute(
                    uri: "/api/v1/samples", method: .post, headers: upload.headers(owner.auth), body: ByteBuffer(bytes: upload.body)
                ).body)
            let sampleID = try #require((accepted["samples"] as? [[String: Any]])?.first?["id"] as? String)
            let jobID = try #require(accepted["job_id"] as? String)
            #expect(await harness.runJobs() == 1)
            let job = try JSON.object(try await client.execute(uri: "/api/v1/jobs/\(jobID)", method: .get, headers: owner.auth).body)
            let reportID = try #require((job["report_ids"] as? [String])?.first)

            let routes: [(HTTPRequest.Method, String)] = [
                (.get, "/api/v1/samples/\(sampleID)"), (.get, "/api/v1/jobs/\(jobID)"), (.get, "/api/v1/reports/\(reportID)"),
                (.get, "/reports/\(reportID)"), (.get, "/api/v1/subjects/\(subjectID)"),
                (.post, "/api/v1/subjects/\(subjectID)/claim-code"),
                (.delete, "/api/v1/tokens/\(tokenID)"),
            ]
            for (method, uri) in routes {
                let answer = try await client.execute(uri: uri, method: method, headers: intruder.auth)
                #expect(answer.status == .notFound, "\(method) \(uri) answered \(answer.status)")
                // The owner still reaches each (the 404 is about ownership, not a broken route).
                let own = try await client.execute(uri: uri, method: method == .delete ? .get : method, headers: owner.auth)
                #expect(own.status != .notFound || method == .delete, "\(uri) is not the owner's either")
            }
            // A random id and a malformed one answer the same 404.
            for uri in ["/api/v1/reports/\(UUID().uuidString)", "/api/v1/reports/not-a-uuid"] {
                let answer = try await client.execute(uri: uri, method: .get, headers: intruder.auth)
                #expect(answer.status == .notFound)
                #expect(try JSON.error(answer.body) == "no such report")
            }
            // Lists hold only the caller's rows.
            for list in ["samples", "reports", "subjects", "tokens"] {
                let body = try JSON.object(try await client.execute(uri: "/api/v1/\(list)", method: .get, headers: intruder.auth).body)
                #expect((body[list] as? [Any])?.isEmpty == true, "\(list) leaks")
            }
            // The owner's token still works: the intruder's DELETE did nothing.
            let tokens = try JSON.object(try await client.execute(uri: "/api/v1/tokens", method: .get, headers: owner.auth).body)
            #expect((tokens["tokens"] as? [Any])?.count == 1)
        }
    }

    @Test func pagesAnswer404ForAnotherAccountsReport() async throws {
        guard SharedData.builtInReferences() else { return }
        let harness = try await ServiceHarness()
        try await harness.test { client in
            let owner = try await APIUser.make(client)
            let upload = try Multipart.demoPerson(folder: harness.environment.storage.stagingFolder)
            let accepted = try JSON.object(
                try await client.execute(
                    uri: "/api/v1/samples", method: .post, headers: upload.headers(owner.auth), body: ByteBuffer(bytes: upload.body)
                ).body)
            let jobID = try #require(accepted["job_id"] as? String)
            await harness.runJobs()
            let job = try JSON.object(try await client.execute(uri: "/api/v1/jobs/\(jobID)", method: .get, headers: owner.auth).body)
            let reportID = try #require((job["report_ids"] as? [String])?.first)

            let tokenID = try #require(
                try JSON.object(
                    try await client.execute(uri: "/api/v1/tokens", method: .post, headers: owner.auth, body: JSON.body(["label": "mine"]))
                        .body
                )["id"] as? String)
            let browser = try await Browser.signedUp(client)
            let account = try await browser.get("/account", client)
            let revoke = try await browser.post("/account/tokens/\(tokenID)/delete", [:], csrf: try Browser.csrf(in: account), client)
            #expect(revoke.status == .notFound)
            let ownerTokens = try JSON.object(try await client.execute(uri: "/api/v1/tokens", method: .get, headers: owner.auth).body)
            #expect((ownerTokens["tokens"] as? [Any])?.count == 1, "the owner's token survived")
            for uri in ["/reports/\(reportID)/view", "/reports/\(reportID)"] {
                let page = try await browser.get(uri, client)
                #expect(page.status == .notFound, "\(uri) answered \(page.status)")
                #expect(!String(buffer: page.body).contains("demo-person"))
            }
            let history = try await browser.get("/history", client)
            #expect(!String(buffer: history.body).contains(reportID))
        }
    }

    @Test func routesWithoutCredentialsAnswer401() async throws {
        let harness = try await ServiceHarness()
        try await harness.test { client in
            for uri in ["/api/v1/samples", "/api/v1/reports", "/api/v1/export", "/api/v1/accounts/me", "/api/v1/reports/\(UUID())"] {
                let answer = try await client.execute(uri: uri, method: .get)
                #expect(answer.status == .unauthorized, "\(uri)")
                _ = try JSON.error(answer.body)
            }
            let wrong = try await client.execute(uri: "/api/v1/samples", method: .get, headers: [.authorization: "Bearer not-a-token"])
            #expect(wrong.status == .unauthorized)
        }
    }
}
