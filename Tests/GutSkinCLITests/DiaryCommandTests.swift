import Foundation
import TestSupport
import Testing

/// `gutskin diary …` end to end as a user runs it: simulate, analyze (page + JSON), challenge, import,
/// and one-line errors with exit codes.
@Suite struct DiaryCommandTests {
    @Test func simulateAnalyzeWritesPageAndJSON() throws {
        let folder = try TemporaryFolder()
        let simulate = try CommandLineRun([
            "diary", "simulate", "--days", "60", "--items", "4", "--plant", "milk:itch:1:2.5",
            "--seed", "2", "-o", folder.file("diary.tsv"),
        ])
        #expect(simulate.status == 0, "\(simulate.standardError)")
        let run = try CommandLineRun([
            "diary", "analyze", folder.file("diary.tsv"), "--lags", "0,1", "--permutations", "1999",
            "--seed", "3", "--threads", "3", "-o", folder.file("diary.html"),
        ])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardError.contains("wrote \(folder.file("diary.html")) and \(folder.file("diary.json"))"))
        let page = try String(contentsOfFile: folder.file("diary.html"), encoding: .utf8)
        #expect(page.contains("<svg") && page.contains("not diagnoses, allergies or causes") && page.contains("needs a clinician"))
        #expect(!page.contains("<script"))
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder.file("diary.json")))) as? [String: Any])
        let top = try #require((json["candidates"] as? [[String: Any]])?.first)
        #expect(top["exposure"] as? String == "dairy" && top["symptom"] as? String == "itch" && top["lag"] as? Int == 1)
        #expect((top["q_value"] as? Double ?? 1) < 0.05)
        // The same seed on one thread gives the same file.
        let again = try CommandLineRun([
            "diary", "analyze", folder.file("diary.tsv"), "--lags", "0,1", "--permutations", "1999",
            "--seed", "3", "--threads", "1", "-o", folder.file("again.json"),
        ])
        #expect(again.status == 0)
        #expect(
            try Data(contentsOf: URL(fileURLWithPath: folder.file("again.json")))
                == Data(contentsOf: URL(fileURLWithPath: folder.file("diary.json"))))
    }

    @Test func challengeScheduleIsSeeded() throws {
        let first = try CommandLineRun(["diary", "challenge", "--item", "dairy", "--days", "16", "--seed", "5", "--start", "2026-04-01"])
        let second = try CommandLineRun(["diary", "challenge", "--item", "dairy", "--days", "16", "--seed", "5", "--start", "2026-04-01"])
        #expect(first.status == 0 && first.standardOutput == second.standardOutput)
        let plans = first.standardOutput.split(separator: "\n").filter { $0.hasPrefix("2026-") }
        #expect(plans.count == 16 && plans.filter { $0.hasSuffix("eat dairy") }.count == 8)
        let bad = try CommandLineRun(["diary", "challenge", "--item", "dairy", "--days", "15"])
        #expect(bad.status == 2 && bad.standardError.contains("15 days do not split into blocks of 2 days"))
    }

    /// A logged challenge (itch +3 the day after each eating day) and a user tag: the challenge's
    /// randomisation p is 2/70, the smallest 16 days in blocks of 2 allow; "skyr" counts as dairy.
    @Test func loggedChallengeAndUserTags() throws {
        let folder = try TemporaryFolder()
        let schedule = try CommandLineRun([
            "diary", "challenge", "--item", "dairy", "--days", "16", "--seed", "9",
            "--start", "2026-04-01", "-o", folder.file("schedule.tsv"),
        ])
        #expect(schedule.status == 0)
        let plan = try String(contentsOfFile: folder.file("schedule.tsv"), encoding: .utf8).split(separator: "\n")
            .filter { $0.hasPrefix("2026-") }.map { $0.hasSuffix("eat dairy") }
        var rows = ["date\tkind\titem\tvalue"]
        for day in 0..<17 {
            let date = String(format: "2026-04-%02d", day + 1)
            if day < 16 && plan[day] { rows.append("\(date)\tfood\tskyr\t") }
            rows.append("\(date)\tsymptom\titch\t\(day > 0 && plan[day - 1] ? 6 : 3)")
        }
        folder.write(rows.joined(separator: "\n") + "\n", to: "diary.tsv")
        folder.write("tag\tkeyword\ndairy\tskyr\n", to: "tags.tsv")
        let run = try CommandLineRun([
            "diary", "analyze", folder.file("diary.tsv"), "--challenge", folder.file("schedule.tsv"),
            "--tags", folder.file("tags.tsv"), "--permutations", "99", "-o", folder.file("out.json"),
        ])
        #expect(run.status == 0, "\(run.standardError)")
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder.file("out.json")))) as? [String: Any])
        let challenge = try #require(json["challenge"] as? [String: Any])
        #expect(challenge["adherence"] as? Double == 1)
        let itch = try #require((challenge["symptoms"] as? [[String: Any]])?.first)
        #expect(abs((itch["p_value"] as? Double ?? 1) - 2.0 / 70.0) < 1e-12)
        #expect((json["exposures"] as? [String]) == ["dairy"])
    }

    @Test func badDiaryGivesOneLineAndExitOne() throws {
        let folder = try TemporaryFolder()
        try "date\tkind\titem\tvalue\n2026-03-01\tsymptom\titch\t12\n".write(
            toFile: folder.file("d.tsv"), atomically: true, encoding: .utf8)
        let run = try CommandLineRun(["diary", "analyze", folder.file("d.tsv"), "-o", folder.file("out.html")])
        #expect(run.status == 1)
        #expect(
            run.standardError
                == "gutskin: error: \(folder.file("d.tsv")): line 2, column 4 (value): itch 12 is outside the 0–10 severity scale\n")
        #expect(!FileManager.default.fileExists(atPath: folder.file("out.html")))
        let lags = try CommandLineRun(["diary", "analyze", folder.file("d.tsv"), "--lags", "0,x"])
        #expect(lags.status == 2)
    }

    @Test func importTurnsCSVIntoTSV() throws {
        let folder = try TemporaryFolder()
        try "date,item,kind,value\n2026-03-01,\"rice, white\",food,\n2026-03-01,itch,symptom,3\n"
            .write(toFile: folder.file("d.csv"), atomically: true, encoding: .utf8)
        let run = try CommandLineRun(["diary", "import", folder.file("d.csv"), "-o", folder.file("d.tsv")])
        #expect(run.status == 0)
        let text = try String(contentsOfFile: folder.file("d.tsv"), encoding: .utf8)
        #expect(text == "date\tkind\titem\tvalue\ttime\tnote\n2026-03-01\tfood\trice, white\t\t\t\n2026-03-01\tsymptom\titch\t3\t\t\n")
    }
}
