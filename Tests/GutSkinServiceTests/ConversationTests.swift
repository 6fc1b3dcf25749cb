import Foundation
import Hummingbird
import HummingbirdTesting
import TestSupport
import Testing

@testable import GutSkinService

/// Conversations behind `POST /api/v1/ask` and the report page's chat panel: a follow-up answered
/// against the stored turns, another account's conversation 404, conversations in the export and
/// gone with the account, and diary questions answered from the person's own diary.
@Suite struct ConversationTests {
    static func ask(_ body: [String: Any], _ user: APIUser, _ client: some TestClientProtocol) async throws -> TestResponse {
        try await client.execute(uri: "/api/v1/ask", method: .post, headers: user.auth, body: JSON.body(body))
    }

    @Test func followUpUsesTheStoredConversationAndItsReport() async throws {
        guard SharedData.builtInReferences() else { return }
        let harness = try await ServiceHarness()
        try await harness.test { client in
            let owner = try await APIUser.make(client)
            let intruder = try await APIUser.make(client)
            let reportID = try await harness.demoReport(for: owner, client)

            let first = try JSON.object(
                try await Self.ask(["question": "why is my butyrate low", "report_id": reportID], owner, client).body)
            let conversationID = try #require(first["conversation_id"] as? String)
            #expect(UUID(uuidString: conversationID) != nil)
            let firstScores = (first["report_values"] as? [[String: Any]] ?? []).compactMap { $0["score"] as? String }
            #expect(firstScores == ["butyrate_producers"])

            // The follow-up names no report: the conversation's report and previous question are used.
            let followUp = try await Self.ask(["question": "and propionate?", "conversation_id": conversationID], owner, client)
            #expect(followUp.status == .ok)
            let second = try JSON.object(followUp.body)
            #expect(second["conversation_id"] as? String == conversationID)
            let scores = (second["report_values"] as? [[String: Any]] ?? []).compactMap { $0["score"] as? String }
            #expect(scores.contains("propionate_producers") && scores.contains("butyrate_producers"), "\(scores)")

            // Without the conversation the same words stand alone: no numbers, a new conversation.
            let alone = try JSON.object(try await Self.ask(["question": "and propionate?"], owner, client).body)
            #expect((alone["report_values"] as? [Any])?.isEmpty == true)
            #expect(alone["conversation_id"] as? String != conversationID)

            let stored = try await harness.environment.store.conversation(
                id: try #require(UUID(uuidString: conversationID)), ownerID: owner.id)
            #expect(stored?.turns.map(\.question) == ["why is my butyrate low", "and propionate?"])
            #expect(stored?.turns.last?.resolvedQuestion.contains("butyrate") == true)

            // Another account's conversation, a random id, text that is no id: 404, 404, 400.
            for id in [conversationID, UUID().uuidString] {
                let refused = try await Self.ask(["question": "and on my skin?", "conversation_id": id], intruder, client)
                #expect(refused.status == .notFound)
                #expect(try JSON.error(refused.body) == "no such conversation")
            }
            #expect(try await Self.ask(["question": "what is gaba", "conversation_id": "x"], owner, client).status == .badRequest)
            #expect(stored?.turns.count == 2, "the intruder's questions were not added")
        }
    }

    @Test func conversationsAreExportedAndDeletedWithTheAccount() async throws {
        let harness = try await ServiceHarness()
        try await harness.test { client in
            let user = try await APIUser.make(client)
            let answer = try JSON.object(try await Self.ask(["question": "what does dysbiosis mean"], user, client).body)
            let id = try #require((answer["conversation_id"] as? String).flatMap(UUID.init(uuidString:)))
            let export = Data(buffer: try await client.execute(uri: "/api/v1/export", method: .get, headers: user.auth).body)
            #expect(export.range(of: Data("what does dysbiosis mean".utf8)) != nil, "the question is in the export")
            #expect(export.range(of: Data("\"conversations\"".utf8)) != nil)
            #expect(try await client.execute(uri: "/api/v1/accounts/me", method: .delete, headers: user.auth).status == .noContent)
            #expect(try await harness.environment.store.conversation(id: id, ownerID: user.id) == nil)
        }
    }

    @Test func diaryQuestionsUseThePersonsOwnDiary() async throws {
        let harness = try await ServiceHarness()
        try await harness.test { client in
            let user = try await APIUser.make(client)
            let without = try JSON.object(try await Self.ask(["question": "what makes my itch worse"], user, client).body)
            #expect(without["kind"] as? String == "unknown", "no diary yet")
            #expect(try await DiaryTests.upload("diary.tsv", DiaryTests.diaryTSV, user, client).status == .created)
            let with = try JSON.object(try await Self.ask(["question": "what makes my itch worse"], user, client).body)
            #expect(with["kind"] as? String == "answer")
            let text = try #require(with["text"] as? String)
            // The planted effect: cheese (tagged dairy) the day before the itch.
            #expect(
                text.contains("dairy → itch, 1 day later") && text.contains("q = "), "the diary's candidates with their q-values: \(text)")
        }
    }

    @Test func reportPageKeepsTheConversationInAHiddenField() async throws {
        guard SharedData.builtInReferences() else { return }
        let harness = try await ServiceHarness()
        try await harness.test { client in
            let owner = try await APIUser.make(client)
            let reportID = try await harness.demoReport(for: owner, client).lowercased()
            let browser = Browser()
            let signIn = try await browser.get("/sign-in", client)
            _ = try await browser.post(
                "/sign-in", ["email": owner.email, "password": browser.password], csrf: try Browser.csrf(in: signIn), client)
            let page = try await browser.get("/reports/\(reportID)/view", client)
            #expect(!String(buffer: page.body).contains("name=\"conversation\""), "a new page starts a new conversation")
            let first = try await browser.post(
                "/reports/\(reportID)/ask", ["question": "why is my butyrate low"], csrf: try Browser.csrf(in: page), client)
            let html = String(buffer: first.body)
            let marker = "name=\"conversation\" value=\""
            let start = try #require(html.range(of: marker)).upperBound
            let conversation = String(html[start...].prefix(36))
            #expect(UUID(uuidString: conversation) != nil)
            let second = try await browser.post(
                "/reports/\(reportID)/ask", ["question": "and propionate?", "conversation": conversation],
                csrf: try Browser.csrf(in: first),
                client)
            #expect(second.status == .ok)
            let secondHTML = String(buffer: second.body)
            #expect(secondHTML.contains("class=\"turn\""), "the earlier turn is shown")
            #expect(secondHTML.contains("You asked: why is my butyrate low"))
            #expect(secondHTML.contains("propionate"))
            #expect(!secondHTML.contains("<script"))

            let intruder = try await Browser.signedUp(client)
            let intruderPage = try await intruder.get("/samples", client)
            let forged = try await intruder.post(
                "/reports/\(reportID)/ask", ["question": "and on my skin?", "conversation": conversation],
                csrf: try Browser.csrf(in: intruderPage), client)
            #expect(forged.status == .notFound)
        }
    }
}
