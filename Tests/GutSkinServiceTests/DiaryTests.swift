import Foundation
import GutSkinStore
import Hummingbird
import HummingbirdTesting
import Testing

@testable import GutSkinService

/// The diary in the service: uploaded (multipart or JSON) and read before it is kept, bad diaries
/// 400 naming the file and place, the analysis of the newest diary per account, the diary page
/// (CSRF), and diaries in the export and gone with the account.
@Suite struct DiaryTests {
    /// Which of the 60 days had cheese (a fixed irregular pattern, so block permutations cannot line it up again).
    static let cheeseDays = Array("100101100010110100011010010011100101001011000110101001101001").map { $0 == "1" }

    /// A 60-day diary (TSV) from 2026-03-01: rice every day, cheese on `cheeseDays`, itch every day
    /// (2 to 4, and 4 points higher the day after cheese).
    static let diaryTSV: String = {
        var lines = ["date\tkind\titem\tvalue"]
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let start = calendar.date(from: DateComponents(year: 2026, month: 3, day: 1))!
        let formatter = DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        for day in 0..<60 {
            let date = formatter.string(from: start.addingTimeInterval(Double(day) * 86_400))
            if cheeseDays[day] { lines.append("\(date)\tfood\tcheese\t") }
            lines.append("\(date)\tfood\trice\t")
            let afterCheese = day > 0 && cheeseDays[day - 1]
            lines.append("\(date)\tsymptom\titch\t\(2 + (day * 5) % 3 + (afterCheese ? 4 : 0))")
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    static func upload(_ name: String, _ text: String, _ user: APIUser, _ client: some TestClientProtocol) async throws -> TestResponse {
        var form = Multipart()
        form.file("diary", fileName: name, Data(text.utf8))
        return try await client.execute(
            uri: "/api/v1/diary", method: .post, headers: form.headers(user.auth), body: ByteBuffer(bytes: form.body))
    }

    @Test func diaryIsReadKeptAndAnalysedPerAccount() async throws {
        let harness = try await ServiceHarness()
        try await harness.test { client in
            let owner = try await APIUser.make(client)
            let other = try await APIUser.make(client)
            let none = try await client.execute(uri: "/api/v1/diary/analysis", method: .get, headers: owner.auth)
            #expect(none.status == .notFound)
            _ = try JSON.error(none.body)

            let kept = try await Self.upload("diary.tsv", Self.diaryTSV, owner, client)
            #expect(kept.status == .created)
            let body = try JSON.object(kept.body)
            #expect(body["entries"] as? Int == 60 * 2 + Self.cheeseDays.filter { $0 }.count)
            #expect(body["first_day"] as? String == "2026-03-01")
            #expect(body["last_day"] as? String == "2026-04-29")

            let analysis = try await client.execute(uri: "/api/v1/diary/analysis", method: .get, headers: owner.auth)
            #expect(analysis.status == .ok)
            let result = try JSON.object(analysis.body)
            #expect(result["days"] as? Int == 60)
            let candidates = try #require(result["candidates"] as? [[String: Any]])
            let top = try #require(candidates.first)
            #expect(top["exposure"] as? String == "cheese" || (top["exposure"] as? String)?.contains("dairy") == true)
            #expect(top["lag"] as? Int == 1)
            #expect((top["q_value"] as? Double ?? 1) < 0.05, "the planted day-after effect stands out")
            // Seeded: the same answer twice.
            let again = try await client.execute(uri: "/api/v1/diary/analysis", method: .get, headers: owner.auth)
            #expect(String(buffer: again.body) == String(buffer: analysis.body))

            // Another account has no diary: its analysis is 404, never the owner's.
            let elsewhere = try await client.execute(uri: "/api/v1/diary/analysis", method: .get, headers: other.auth)
            #expect(elsewhere.status == .notFound)

            // The JSON form as the body; the newest diary is the one analysed.
            let json: [String: Any] = [
                "entries": [
                    ["date": "2026-05-01", "kind": "food", "item": "bread"],
                    ["date": "2026-05-01", "kind": "symptom", "item": "itch", "value": 3],
                ]
            ]
            let viaJSON = try await client.execute(uri: "/api/v1/diary", method: .post, headers: owner.auth, body: JSON.body(json))
            #expect(viaJSON.status == .created)
            let newest = try JSON.object(try await client.execute(uri: "/api/v1/diary/analysis", method: .get, headers: owner.auth).body)
            #expect(newest["days"] as? Int == 1)
            let files = try await harness.environment.store.files(ownerID: owner.id)
            #expect(files.filter { $0.kind == .diary }.count == 2)
        }
    }

    @Test func badDiariesAnswer400NamingTheFileAndPlace() async throws {
        let harness = try await ServiceHarness()
        try await harness.test { client in
            let user = try await APIUser.make(client)
            let cases: [(String, String, String)] = [
                ("food.tsv", "date\tkind\titem\tvalue\n2026-02-30\tfood\tbread\t\n", "food.tsv: line 2, column 1 (date)"),
                ("food.tsv", "date\tkind\titem\tvalue\n2026-03-01\tsymptom\titch\t12\n", "food.tsv: line 2, column 4 (value)"),
                ("food.tsv", "date\tkind\titem\tvalue\n2026-03-01\tdrink\tbeer\t\n", "unknown kind 'drink'"),
                ("empty.tsv", "", "empty.tsv"),
            ]
            for (name, text, expected) in cases {
                let answer = try await Self.upload(name, text, user, client)
                #expect(answer.status == .badRequest, "\(name): \(text)")
                let message = try JSON.error(answer.body)
                #expect(message.contains(expected), "\(message)")
                #expect(!message.contains(harness.folder.path), "no server path in the message")
            }
            let json = try await client.execute(
                uri: "/api/v1/diary", method: .post, headers: user.auth,
                body: JSON.body(["entries": [["date": "2026-03-01", "kind": "snack", "item": "chips"]]]))
            #expect(json.status == .badRequest)
            #expect(try JSON.error(json.body).contains("diary.json: entry 1"))
            let notJSON = try await client.execute(uri: "/api/v1/diary", method: .post, headers: user.auth, body: ByteBuffer(string: "{"))
            #expect(notJSON.status == .badRequest)
            var wrongPart = Multipart()
            wrongPart.file("table", fileName: "diary.tsv", Data(Self.diaryTSV.utf8))
            let missing = try await client.execute(
                uri: "/api/v1/diary", method: .post, headers: wrongPart.headers(user.auth), body: ByteBuffer(bytes: wrongPart.body))
            #expect(missing.status == .badRequest)
            #expect(try await harness.environment.store.files(ownerID: user.id).isEmpty, "nothing kept from a bad diary")
            // Changing data needs the bearer token.
            let anonymous = try await client.execute(uri: "/api/v1/diary", method: .post, body: JSON.body(["entries": []]))
            #expect(anonymous.status == .unauthorized)
        }
    }

    @Test func diaryPageUploadsWithCSRFAndShowsSentences() async throws {
        let harness = try await ServiceHarness()
        try await harness.test { client in
            let browser = try await Browser.signedUp(client)
            let page = try await browser.get("/diary", client)
            #expect(page.status == .ok)
            #expect(String(buffer: page.body).contains("No diary yet."))
            var forged = Multipart()
            forged.file("diary", fileName: "diary.tsv", Data(Self.diaryTSV.utf8))
            #expect(try await browser.postMultipart("/diary", forged, client).status == .forbidden)

            var form = forged
            form.field("csrf", try Browser.csrf(in: page))
            let uploaded = try await browser.postMultipart("/diary", form, client)
            #expect(uploaded.status == .ok)
            let html = String(buffer: uploaded.body)
            #expect(html.contains("On the day after"), "a plain sentence for the top candidate")
            #expect(html.contains("not diagnoses"), "the caution")
            #expect(!html.contains("<script"))
            let full = try await browser.get("/diary/analysis", client)
            #expect(full.status == .ok)
            #expect(String(buffer: full.body).contains("Food, product and skin diary"))

            var bad = Multipart()
            bad.file("diary", fileName: "mine.tsv", Data("date\tkind\titem\tvalue\n2026-02-30\tfood\tbread\t\n".utf8))
            bad.field("csrf", try Browser.csrf(in: page))
            let refused = try await browser.postMultipart("/diary", bad, client)
            #expect(refused.status == .badRequest)
            #expect(String(buffer: refused.body).contains("mine.tsv: line 2"))

            let other = try await Browser.signedUp(client)
            #expect(try await other.get("/diary/analysis", client).status == .notFound)
            #expect(String(buffer: try await other.get("/diary", client).body).contains("No diary yet."))
        }
    }

    @Test func diariesAreExportedAndDeletedWithTheAccount() async throws {
        let harness = try await ServiceHarness()
        try await harness.test { client in
            let user = try await APIUser.make(client)
            #expect(try await Self.upload("my-diary.tsv", Self.diaryTSV, user, client).status == .created)
            let path = try #require(try await harness.environment.store.files(ownerID: user.id).first?.storagePath)
            let stored = try #require(harness.environment.storage.url(forStored: path))
            #expect(FileManager.default.fileExists(atPath: stored.path))
            let export = Data(buffer: try await client.execute(uri: "/api/v1/export", method: .get, headers: user.auth).body)
            #expect(export.range(of: Data("my-diary.tsv".utf8)) != nil, "the diary is in the export")
            #expect(export.range(of: Data("date\tkind\titem\tvalue\n2026-03-01\tfood\tcheese".utf8)) != nil, "as uploaded")
            #expect(try await client.execute(uri: "/api/v1/accounts/me", method: .delete, headers: user.auth).status == .noContent)
            #expect(!FileManager.default.fileExists(atPath: stored.path), "the file is gone")
        }
    }
}
