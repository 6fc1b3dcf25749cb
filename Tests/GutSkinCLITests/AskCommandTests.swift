import Foundation
import TestSupport
import Testing

/// `gutskin ask` end to end on the demo report fixture (Tests/GutSkinAnswersTests/Fixtures,
/// written by `gutskin demo`): own numbers, JSON, refusals, follow-ups, evaluation and bad input.
@Suite struct AskCommandTests {
    static let answers = SharedData.packageRoot.appendingPathComponent("Tests/GutSkinAnswersTests")
    static let report = answers.appendingPathComponent("Fixtures/demo-report.json").path

    @Test func ownNumbersAsJSON() throws {
        let run = try CommandLineRun(["ask", "why is my butyrate low", "--report", Self.report, "--json"])
        #expect(run.status == 0, "\(run.standardError)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        #expect(object["kind"] as? String == "answer" && object["refusal_class"] is NSNull)
        let values = try #require(object["report_values"] as? [[String: Any]])
        // demo-report.json: butyrate_producers 0.029, band typical.
        #expect(values.first?["score"] as? String == "butyrate_producers" && values.first?["value"] as? Double == 0.029)
        #expect((object["citations"] as? [[String: Any]])?.first?["key"] as? String == "louis-flint-2009")
    }

    @Test func refusalAsText() throws {
        let run = try CommandLineRun(["ask", "do i have sibo"])
        #expect(run.status == 0 && run.standardOutput.hasPrefix("gutskin cannot tell you whether you have a condition"))
    }

    @Test func followUpThroughTheConversationFile() throws {
        let folder = TemporaryFolder()
        let file = folder.file("chat.json")
        _ = try CommandLineRun(["ask", "what is my diversity", "--report", Self.report, "--conversation", file])
        let run = try CommandLineRun(["ask", "and on my skin?", "--report", Self.report, "--conversation", file])
        #expect(run.status == 0 && run.standardOutput.contains("Your skin observed features"), "\(run.standardOutput)")
    }

    @Test func evaluatePrintsAccuracyAndRefusals() throws {
        let set = Self.answers.appendingPathComponent("Questions/questions.json").path
        let run = try CommandLineRun(["ask", "--evaluate", set, "--report", Self.report])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.contains("top-3") && run.standardOutput.contains("refusal diagnosis"))
    }

    @Test func badReportNamesTheFile() throws {
        let folder = TemporaryFolder()
        let path = folder.write(#"{"schema": "gutskin-report", "summary": 3}"#, to: "bad.json")
        let run = try CommandLineRun(["ask", "what is my diversity", "--report", path])
        #expect(run.status == 1 && run.standardError.hasPrefix("gutskin: error: \(path): "), "\(run.standardError)")
    }

    @Test func missingQuestionIsAUsageError() throws {
        #expect(try CommandLineRun(["ask"]).status == 2)
    }
}
