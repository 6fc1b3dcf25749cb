import Foundation
import GutSkinStore
import Hummingbird
import HummingbirdTesting
import Testing

@testable import GutSkinService

/// Events: `POST`/`GET /api/v1/events` per account, the history page's form (CSRF) and timeline,
/// bad days and texts 400, another account's event 404, events in the export and gone with the account.
@Suite struct EventTests {
    static func add(_ body: [String: Any], _ user: APIUser, _ client: some TestClientProtocol) async throws -> TestResponse {
        try await client.execute(uri: "/api/v1/events", method: .post, headers: user.auth, body: JSON.body(body))
    }

    @Test func eventsAreTheAccountsOwnAndListedByDate() async throws {
        let harness = try await ServiceHarness()
        try await harness.test { client in
            let owner = try await APIUser.make(client)
            let intruder = try await APIUser.make(client)
            let later = try await Self.add(["date": "2026-03-01", "text": "probiotic started"], owner, client)
            #expect(later.status == .created)
            let earlier = try JSON.object(
                try await Self.add(["date": "2026-02-10", "text": "  course of antibiotics  "], owner, client).body)
            #expect(earlier["date"] as? String == "2026-02-10")
            #expect(earlier["text"] as? String == "course of antibiotics")
            let earlierID = try #require(earlier["id"] as? String)

            let listed = try JSON.object(try await client.execute(uri: "/api/v1/events", method: .get, headers: owner.auth).body)
            let events = try #require(listed["events"] as? [[String: Any]])
            #expect(events.map { $0["date"] as? String } == ["2026-02-10", "2026-03-01"])
            let others = try JSON.object(try await client.execute(uri: "/api/v1/events", method: .get, headers: intruder.auth).body)
            #expect((others["events"] as? [Any])?.isEmpty == true, "another account sees none")

            for id in [earlierID, UUID().uuidString, "not-a-uuid"] {
                let refused = try await client.execute(uri: "/api/v1/events/\(id)", method: .delete, headers: intruder.auth)
                #expect(refused.status == .notFound)
                #expect(try JSON.error(refused.body) == "no such event")
            }
            #expect(try await harness.environment.store.events(ownerID: owner.id).count == 2, "the intruder removed nothing")
            let removed = try await client.execute(uri: "/api/v1/events/\(earlierID)", method: .delete, headers: owner.auth)
            #expect(removed.status == .noContent)
            #expect(try await harness.environment.store.events(ownerID: owner.id).map(\.text) == ["probiotic started"])
        }
    }

    @Test func badDaysAndTextsAnswer400() async throws {
        let harness = try await ServiceHarness()
        try await harness.test { client in
            let user = try await APIUser.make(client)
            for body: [String: Any] in [
                ["date": "2026-02-30", "text": "x"], ["date": "26-02-01", "text": "x"], ["date": "2026-2-1", "text": "x"],
                ["date": "1800-01-01", "text": "x"], ["date": "2026-01-01T00:00", "text": "x"], ["date": "2026-01-01", "text": " "],
                ["date": "2026-01-01", "text": String(repeating: "a", count: 501)], ["date": "2026-01-01", "text": "a\u{0}b"],
                ["date": "2026-01-01"], ["text": "x"],
            ] {
                let answer = try await Self.add(body, user, client)
                #expect(answer.status == .badRequest, "\(body)")
                _ = try JSON.error(answer.body)
            }
            #expect(try await harness.environment.store.events(ownerID: user.id).isEmpty)
            // A leap day exists in 2028.
            #expect(try await Self.add(["date": "2028-02-29", "text": "x"], user, client).status == .created)
            // Changing data needs the bearer token; without credentials, 401.
            let anonymous = try await client.execute(
                uri: "/api/v1/events", method: .post, body: JSON.body(["date": "2026-01-01", "text": "x"]))
            #expect(anonymous.status == .unauthorized)
        }
    }

    @Test func historyPageAddsAndListsEventsBesideReports() async throws {
        let harness = try await ServiceHarness()
        try await harness.test { client in
            let browser = try await Browser.signedUp(client)
            let page = try await browser.get("/history", client)
            let html = String(buffer: page.body)
            #expect(html.contains("action=\"/history/events\""))
            let csrf = try Browser.csrf(in: page)

            let forged = try await browser.post("/history/events", ["date": "2026-03-01", "text": "kefir started"], csrf: nil, client)
            #expect(forged.status == .forbidden)
            let bad = try await browser.post("/history/events", ["date": "2026-13-01", "text": "kefir started"], csrf: csrf, client)
            #expect(bad.status == .badRequest)
            #expect(String(buffer: bad.body).contains("YYYY-MM-DD"))
            let added = try await browser.post("/history/events", ["date": "2026-03-01", "text": "kefir started"], csrf: csrf, client)
            #expect(added.status == .seeOther)
            _ = try await browser.post("/history/events", ["date": "2026-01-15", "text": "new cleanser"], csrf: csrf, client)
            let after = String(buffer: try await browser.get("/history", client).body)
            let first = try #require(after.range(of: "2026-01-15 — new cleanser"))
            let second = try #require(after.range(of: "2026-03-01 — kefir started"))
            #expect(first.lowerBound < second.lowerBound, "listed by date")

            // Another person cannot remove it.
            let other = try await Browser.signedUp(client)
            let otherPage = try await other.get("/history", client)
            #expect(!String(buffer: otherPage.body).contains("kefir started"))
            let account = try #require(try await harness.environment.store.account(email: browser.email))
            let eventID = try #require(try await harness.environment.store.events(ownerID: account.id).first?.id)
            let refused = try await other.post(
                "/history/events/\(eventID.uuidString.lowercased())/delete", [:], csrf: try Browser.csrf(in: otherPage), client)
            #expect(refused.status == .notFound)
            #expect(try await harness.environment.store.events(ownerID: account.id).count == 2)
            let removed = try await browser.post("/history/events/\(eventID.uuidString.lowercased())/delete", [:], csrf: csrf, client)
            #expect(removed.status == .seeOther)
            #expect(try await harness.environment.store.events(ownerID: account.id).count == 1)
        }
    }

    @Test func eventsAreExportedAndDeletedWithTheAccount() async throws {
        let harness = try await ServiceHarness()
        try await harness.test { client in
            let user = try await APIUser.make(client)
            let keeper = try await APIUser.make(client)
            #expect(try await Self.add(["date": "2026-03-01", "text": "started kefir daily"], user, client).status == .created)
            #expect(try await Self.add(["date": "2026-03-02", "text": "someone else's event"], keeper, client).status == .created)
            let export = try await client.execute(uri: "/api/v1/export", method: .get, headers: user.auth)
            #expect(export.status == .ok)
            let archive = Data(buffer: export.body)
            #expect(archive.range(of: Data("started kefir daily".utf8)) != nil, "the event is in account.json")
            #expect(archive.range(of: Data("someone else's event".utf8)) == nil)

            #expect(try await client.execute(uri: "/api/v1/accounts/me", method: .delete, headers: user.auth).status == .noContent)
            #expect(try await harness.environment.store.events(ownerID: user.id).isEmpty, "deleted with the account")
            #expect(try await harness.environment.store.events(ownerID: keeper.id).count == 1, "another account's events stay")
        }
    }
}
