import Foundation
import GutSkinStore
import Hummingbird
import HummingbirdTesting
import TestSupport
import Testing

@testable import GutSkinService

/// Logging a day on the diary page: the form (today by default, labels, CSRF, no scripts), days
/// kept per account and checked by the diary reader (one-line errors), edited and deleted only by
/// their owner, exported and deleted with the account; the analysis in the site frame; the diary
/// beside the report.
@Suite struct DiaryDayPageTests {
    /// Posts a URL-encoded form whose names may repeat (ticked boxes).
    static func post(
        _ uri: String, _ pairs: [(String, String)], _ browser: Browser, _ client: some TestClientProtocol
    ) async throws -> TestResponse {
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))
        let body = pairs.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed)!)" }.joined(separator: "&")
        var headers = browser.cookieHeader
        headers[.contentType] = "application/x-www-form-urlencoded"
        return try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body))
    }

    static func account(_ browser: Browser, _ harness: ServiceHarness) async throws -> Account {
        try #require(try await harness.environment.store.account(email: browser.email))
    }

    /// A day with dairy ticked, two typed foods, a ticked product, itch 4 and redness 2 scored,
    /// the other symptoms left unscored, stool form 4.
    static func day(_ date: String, csrf: String, itch: String = "4") -> [(String, String)] {
        [
            ("csrf", csrf), ("date", date), ("food", "dairy"), ("food_other", "toast, oat milk"), ("product", "probiotic"),
            ("itch", itch), ("redness", "2"), ("breakouts", "0"), ("skip_breakouts", "yes"), ("dryness", "0"), ("skip_dryness", "yes"),
            ("bloating", "0"), ("skip_bloating", "yes"), ("stool", "4"), ("note", "dinner out"),
        ]
    }

    @Test func aDayIsLoggedFromTheFormCheckedAndListed() async throws {
        let harness = try await ServiceHarness()
        try await harness.test { client in
            let browser = try await Browser.signedUp(client)
            let form = try await browser.get("/diary/day", client)
            #expect(form.status == .ok)
            let html = String(buffer: form.body)
            let today = DiaryDayPage.today(harness.environment.now())
            #expect(html.contains("name=\"date\" type=\"date\" required value=\"\(today)\""), "today by default")
            #expect(!html.contains("<script"), "works without scripts")
            for symptom in ["itch", "redness", "breakouts", "dryness", "bloating"] {
                #expect(html.contains("<label for=\"symptom-\(symptom)\">"), "\(symptom) slider has a label")
                #expect(html.contains("id=\"symptom-\(symptom)\" name=\"\(symptom)\" type=\"range\" min=\"0\" max=\"10\""))
            }
            #expect(html.contains("<label for=\"stool\">") && html.contains("7 — watery"))
            #expect(html.contains("value=\"dairy\"") && html.contains("value=\"fragranced product\""), "built-in tags offered")
            // Every control has a label: each id an input, select or checkbox carries is named by a label's for.
            for id in html.components(separatedBy: " id=\"").dropFirst().map({ String($0.prefix { $0 != "\"" }) })
            where !["ticks", "recent-days"].contains(id) {
                #expect(html.contains("for=\"\(id)\""), "control \(id) has a label")
            }

            let csrf = try Browser.csrf(in: form)
            #expect(try await Self.post("/diary/day", Self.day("2026-03-01", csrf: "forged"), browser, client).status == .forbidden)
            let saved = try await Self.post("/diary/day", Self.day("2026-03-01", csrf: csrf), browser, client)
            #expect(saved.status == .seeOther)
            #expect(saved.headers[.location] == "/diary/day?date=2026-03-01&saved=1")
            let after = String(buffer: try await browser.get("/diary/day?date=2026-03-01&saved=1", client).body)
            #expect(after.contains("Saved 2026-03-01: 8 entries."))
            #expect(after.contains("<strong>2026-03-01</strong> — dairy, toast, oat milk, probiotic · itch 4, redness 2, stool 4"))
            #expect(after.contains("value=\"oat milk\" checked"), "the day's items ticked when it is opened again")
            #expect(after.contains("id=\"skip-breakouts\" type=\"checkbox\" name=\"skip_breakouts\" value=\"yes\" checked"))

            let account = try await Self.account(browser, harness)
            let days = try await harness.environment.store.diaryDays(ownerID: account.id)
            #expect(days.map(\.day) == ["2026-03-01"])
            let first = try #require(days.first)
            let entries = try #require(DiaryLog.read(first)).diary.entries
            #expect(entries.map(\.kind.rawValue) == ["food", "food", "food", "product", "symptom", "symptom", "symptom", "note"])
            #expect(entries.first { $0.item == "itch" }?.value == 4)

            // Recent items come back as ticks on another day's form.
            let next = String(buffer: try await browser.get("/diary/day?date=2026-03-02", client).body)
            #expect(next.contains("value=\"oat milk\">oat milk"), "a recent item, not ticked")
            #expect(next.contains("This day is logged") == false)
        }
    }

    @Test func badValuesShowTheOneLineErrorAndKeepNothing() async throws {
        let harness = try await ServiceHarness()
        try await harness.test { client in
            let browser = try await Browser.signedUp(client)
            let csrf = try Browser.csrf(in: try await browser.get("/diary/day", client))
            var badStool = Self.day("2026-03-01", csrf: csrf)
            badStool[13] = ("stool", "8")
            let nothing =
                [("csrf", csrf), ("date", "2026-03-01")]
                + ["itch", "redness", "breakouts", "dryness", "bloating"].map { ("skip_\($0)", "yes") }
            // (the form, the start of the error line, a part of it without quotes, which the page escapes)
            let cases: [([(String, String)], String, String)] = [
                (Self.day("2026-03-01", csrf: csrf, itch: "12"), "Itch: ", "itch 12 is outside the 0–10 severity scale"),
                (Self.day("2026-02-30", csrf: csrf), "Date: ", "2026-02-30"),
                (Self.day("2099-01-01", csrf: csrf), "Date: ", "2099-01-01 is not within the last ten years"),
                (badStool, "Stool form: ", "stool 8 is outside the Bristol stool scale (whole numbers 1–7)"),
                (Self.day("2026-03-01", csrf: csrf, itch: "a lot"), "Itch: ", "is not a number"),
                (nothing, "Nothing to keep for 2026-03-01", "tick a food or product, or score a symptom"),
            ]
            for (pairs, start, part) in cases {
                let answer = try await Self.post("/diary/day", pairs, browser, client)
                #expect(answer.status == .badRequest)
                let html = String(buffer: answer.body)
                let line = html.components(separatedBy: "<p class=\"error\" role=\"alert\">").dropFirst().first?.prefix { $0 != "<" } ?? ""
                #expect(line.hasPrefix(start) && line.contains(part), "\(line)")
                #expect(!line.contains("\n"), "one line")
                #expect(html.contains("<h1>Log a day</h1>"), "the form again, to correct")
            }
            let account = try await Self.account(browser, harness)
            #expect(try await harness.environment.store.diaryDays(ownerID: account.id).isEmpty)
        }
    }

    @Test func aDayIsEditedAndDeletedOnlyByItsOwner() async throws {
        let harness = try await ServiceHarness()
        try await harness.test { client in
            let owner = try await Browser.signedUp(client)
            let csrf = try Browser.csrf(in: try await owner.get("/diary/day", client))
            _ = try await Self.post("/diary/day", Self.day("2026-03-01", csrf: csrf), owner, client)
            let account = try await Self.account(owner, harness)
            let id = try #require(try await harness.environment.store.diaryDays(ownerID: account.id).first?.id)

            // Saving the day again replaces its entries (same row).
            let edited = [("csrf", csrf), ("date", "2026-03-01"), ("food", "rice"), ("itch", "1")]
            #expect(try await Self.post("/diary/day", edited, owner, client).status == .seeOther)
            let days = try await harness.environment.store.diaryDays(ownerID: account.id)
            #expect(days.map(\.id) == [id])
            let entries = try #require(DiaryLog.read(days[0])).diary.entries
            #expect(entries.map(\.item) == ["rice", "itch"])
            let edit = try await owner.get("/diary/days/\(id.uuidString.lowercased())/edit", client)
            #expect(edit.status == .seeOther)
            #expect(edit.headers[.location] == "/diary/day?date=2026-03-01")

            // Another account: the owner's day id is not found, and deleting it changes nothing.
            let other = try await Browser.signedUp(client)
            let otherCSRF = try Browser.csrf(in: try await other.get("/diary/day", client))
            #expect(try await other.get("/diary/days/\(id.uuidString)/edit", client).status == .notFound)
            let refused = try await other.post("/diary/days/\(id.uuidString)/delete", [:], csrf: otherCSRF, client)
            #expect(refused.status == .notFound)
            #expect(!String(buffer: try await other.get("/diary/day?date=2026-03-01", client).body).contains("value=\"rice\" checked"))
            #expect(try await harness.environment.store.diaryDays(ownerID: account.id).count == 1)

            #expect(try await owner.post("/diary/days/\(id.uuidString)/delete", [:], csrf: nil, client).status == .forbidden)
            let deleted = try await owner.post("/diary/days/\(id.uuidString)/delete", [:], csrf: csrf, client)
            #expect(deleted.status == .seeOther)
            #expect(try await harness.environment.store.diaryDays(ownerID: account.id).isEmpty)
            #expect(try await owner.post("/diary/days/\(id.uuidString)/delete", [:], csrf: csrf, client).status == .notFound)
        }
    }

    @Test func loggedDaysAreExportedAndDeletedWithTheAccount() async throws {
        let harness = try await ServiceHarness()
        try await harness.test { client in
            let user = try await APIUser.make(client)
            let browser = Browser()
            browser.email = user.email
            let csrf = try Browser.csrf(in: try await browser.get("/sign-in", client))
            #expect(
                try await browser.post("/sign-in", ["email": user.email, "password": browser.password], csrf: csrf, client).status
                    == .seeOther)
            _ = try await Self.post("/diary/day", Self.day("2026-03-01", csrf: csrf), browser, client)
            _ = try await Self.post("/diary/day", Self.day("2026-03-02", csrf: csrf, itch: "7"), browser, client)
            #expect(try await harness.environment.store.diaryDays(ownerID: user.id).count == 2)

            let export = Data(buffer: try await client.execute(uri: "/api/v1/export", method: .get, headers: user.auth).body)
            #expect(export.range(of: Data("diary/logged-days.json".utf8)) != nil)
            #expect(export.range(of: Data("2026-03-02\tsymptom\titch\t7".utf8)) != nil, "the TSV holds the entries")
            #expect(export.range(of: Data("\"oat milk\"".utf8)) != nil, "the JSON form holds the entries")

            #expect(try await client.execute(uri: "/api/v1/accounts/me", method: .delete, headers: user.auth).status == .noContent)
            #expect(try await harness.environment.store.diaryDays(ownerID: user.id).isEmpty, "the days are gone with the account")
        }
    }

    @Test func analysisPageIsFramedAndSaysWhenThereAreTooFewDays() async throws {
        let harness = try await ServiceHarness()
        try await harness.test { client in
            let browser = try await Browser.signedUp(client)
            #expect(try await browser.get("/diary/analysis", client).status == .notFound)
            let csrf = try Browser.csrf(in: try await browser.get("/diary/day", client))
            for day in 1...3 { _ = try await Self.post("/diary/day", Self.day("2026-03-0\(day)", csrf: csrf), browser, client) }
            let framed = try await browser.get("/diary/analysis", client)
            #expect(framed.status == .ok)
            let html = String(buffer: framed.body)
            #expect(html.contains("<h1>Food, product and skin diary: analysis</h1>"))
            #expect(html.contains("Too few days to test anything yet"))
            #expect(html.contains("3 days logged here"))
            #expect(html.contains("<iframe src=\"/diary/analysis/page\""))
            let page = try await browser.get("/diary/analysis/page", client)
            #expect(page.status == .ok)
            #expect(page.headers[.contentSecurityPolicy]?.contains("frame-ancestors 'self'") == true)
            #expect(String(buffer: page.body).contains("<h1>Food, product and skin diary</h1>"), "the page the CLI writes")
        }
    }

    @Test func diaryCandidatesAreShownBesideTheReport() async throws {
        guard SharedData.builtInReferences() else { return }
        let harness = try await ServiceHarness()
        try await harness.test { client in
            let user = try await APIUser.make(client)
            let reportID = try await harness.demoReport(for: user, client)
            let browser = Browser()
            browser.email = user.email
            let csrf = try Browser.csrf(in: try await browser.get("/sign-in", client))
            _ = try await browser.post("/sign-in", ["email": user.email, "password": browser.password], csrf: csrf, client)
            let before = String(buffer: try await browser.get("/reports/\(reportID)/view", client).body)
            #expect(!before.contains("From your diary"), "nothing without a diary")

            // The 60-day diary with itch higher the day after cheese (dairy).
            #expect(try await DiaryTests.upload("diary.tsv", DiaryTests.diaryTSV, user, client).status == .created)
            let html = String(buffer: try await browser.get("/reports/\(reportID)/view", client).body)
            #expect(html.contains("From your diary, beside this report"))
            #expect(html.contains("<h3>Foods and acne-related notes</h3>"))
            #expect(html.contains("On the day after"), "the plain sentence")
            #expect(html.contains("not diagnoses, allergies or causes"), "the caution")
            #expect(html.contains("<a href=\"/reports/\(reportID.lowercased())#questionnaire\">"))
            #expect(!html.contains("Skin products and the skin pH"), "no skin product in the diary")
            // Every anchor the mapping links to is in the report page.
            let report = String(buffer: try await browser.get("/reports/\(reportID)", client).body)
            for section in DiaryBesideReport.anchors { #expect(report.contains("id=\"\(section)\""), "\(section) in the report") }
        }
    }
}
