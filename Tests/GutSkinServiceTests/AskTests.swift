import Foundation
import Hummingbird
import HummingbirdTesting
import TestSupport
import Testing

@testable import GutSkinService

/// `POST /api/v1/ask` and the report page's question form: answers from the caller's own report,
/// another account's report 404, refusals by class, bad input 400, a rate limit per account, CSRF.
@Suite struct AskTests {
    static func ask(_ body: [String: Any], _ user: APIUser, _ client: some TestClientProtocol) async throws -> TestResponse {
        try await client.execute(uri: "/api/v1/ask", method: .post, headers: user.auth, body: JSON.body(body))
    }

    @Test func answersFromTheCallersReportAndNotAnotherAccounts() async throws {
        guard SharedData.builtInReferences() else { return }
        let harness = try await ServiceHarness()
        try await harness.test { client in
            let owner = try await APIUser.make(client)
            let intruder = try await APIUser.make(client)
            let reportID = try await harness.demoReport(for: owner, client)

            let own = try await Self.ask(["question": "what is my diversity", "report_id": reportID], owner, client)
            #expect(own.status == .ok)
            let answer = try JSON.object(own.body)
            #expect(answer["kind"] as? String == "answer")
            let values = try #require(answer["report_values"] as? [[String: Any]])
            #expect(!values.isEmpty, "the person's own numbers are used")
            #expect(values.allSatisfy { $0["score"] is String && $0.keys.contains("percentile") })
            for key in ["refusal_class", "text", "statements", "citations"] { #expect(answer.keys.contains(key), "\(key)") }

            // Without a report the same question has no numbers of the person's.
            let general = try JSON.object(try await Self.ask(["question": "what is my diversity"], owner, client).body)
            #expect((general["report_values"] as? [Any])?.isEmpty == true)

            // Another account's report, a random id: the same 404, nothing of the report in the answer.
            for id in [reportID, UUID().uuidString] {
                let refused = try await Self.ask(["question": "what is my diversity", "report_id": id], intruder, client)
                #expect(refused.status == .notFound)
                #expect(try JSON.error(refused.body) == "no such report")
            }
        }
    }

    @Test func refusesDiagnosisAndRejectsBadInput() async throws {
        let harness = try await ServiceHarness()
        try await harness.test { client in
            let user = try await APIUser.make(client)
            let diagnosis = try JSON.object(try await Self.ask(["question": "do i have SIBO?"], user, client).body)
            #expect(diagnosis["kind"] as? String == "refusal")
            #expect(diagnosis["refusal_class"] as? String == "diagnosis")
            let general = try JSON.object(try await Self.ask(["question": "what is dysbiosis"], user, client).body)
            #expect(general["kind"] as? String == "answer")
            #expect((general["citations"] as? [Any])?.isEmpty == false)

            for body: [String: Any] in [
                [:], ["question": "   "], ["question": String(repeating: "a", count: 1001)], ["question": 3],
                ["question": "what is dysbiosis", "report_id": "not-a-uuid"],
            ] {
                let answer = try await Self.ask(body, user, client)
                #expect(answer.status == .badRequest, "\(body)")
                _ = try JSON.error(answer.body)
            }
            let notJSON = try await client.execute(uri: "/api/v1/ask", method: .post, headers: user.auth, body: ByteBuffer(string: "{"))
            #expect(notJSON.status == .badRequest)
            let anonymous = try await client.execute(uri: "/api/v1/ask", method: .post, body: JSON.body(["question": "what is dysbiosis"]))
            #expect(anonymous.status == .unauthorized)
        }
    }

    @Test func questionsAreLimitedPerAccount() async throws {
        let harness = try await ServiceHarness(askLimit: 2)
        try await harness.test { client in
            let user = try await APIUser.make(client)
            let other = try await APIUser.make(client)
            for _ in 0..<2 { #expect(try await Self.ask(["question": "what is butyrate"], user, client).status == .ok) }
            let third = try await Self.ask(["question": "what is butyrate"], user, client)
            #expect(third.status == .tooManyRequests)
            _ = try JSON.error(third.body)
            #expect(try await Self.ask(["question": "what is butyrate"], other, client).status == .ok, "another account has its own limit")
            harness.clock.advance(by: harness.environment.configuration.askWindow + 1)
            #expect(try await Self.ask(["question": "what is butyrate"], user, client).status == .ok, "the window passed")
        }
    }

    @Test func reportPageAnswersItsFormWithCitations() async throws {
        guard SharedData.builtInReferences() else { return }
        let harness = try await ServiceHarness()
        try await harness.test { client in
            let owner = try await APIUser.make(client)
            let reportID = try await harness.demoReport(for: owner, client).lowercased()
            let browser = Browser()
            let signIn = try await browser.get("/sign-in", client)
            let signedIn = try await browser.post(
                "/sign-in", ["email": owner.email, "password": browser.password], csrf: try Browser.csrf(in: signIn), client)
            #expect(signedIn.status == .seeOther)

            let page = try await browser.get("/reports/\(reportID)/view", client)
            let html = String(buffer: page.body)
            #expect(html.contains("action=\"/reports/\(reportID)/ask\""))
            #expect(!html.contains("<script"))
            let csrf = try Browser.csrf(in: page)
            let answered = try await browser.post("/reports/\(reportID)/ask", ["question": "what is dysbiosis"], csrf: csrf, client)
            #expect(answered.status == .ok)
            let answerHTML = String(buffer: answered.body)
            #expect(answerHTML.contains("class=\"answer\""))
            #expect(answerHTML.contains("<strong>Sources</strong>"))
            #expect(answerHTML.contains("value=\"what is dysbiosis\""), "the question stays in the field")

            let forged = try await browser.post("/reports/\(reportID)/ask", ["question": "what is dysbiosis"], csrf: nil, client)
            #expect(forged.status == .forbidden)
            #expect(!String(buffer: forged.body).contains("class=\"answer\""))

            let intruder = try await Browser.signedUp(client)
            let intruderPage = try await intruder.get("/samples", client)
            let elsewhere = try await intruder.post(
                "/reports/\(reportID)/ask", ["question": "what is my diversity"], csrf: try Browser.csrf(in: intruderPage), client)
            #expect(elsewhere.status == .notFound)
            #expect(!String(buffer: elsewhere.body).contains("class=\"answer\""))
        }
    }
}
