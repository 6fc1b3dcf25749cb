import Foundation
import GutSkinAxis
import Testing

@testable import GutSkinAnswers

/// Answers as a person gets them: the question set's goals, own numbers exactly as the report has
/// them, refusals, diary candidates, follow-ups and the JSON shape of docs/ask.md.
@Suite struct AnswererTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    /// Written by `gutskin demo` (gutskin 0.1.0, main at f811a4d): the simulated person's report.json.
    static let reportData = try! Data(contentsOf: folder.appendingPathComponent("Fixtures/demo-report.json"))
    let answerer: Answerer
    let report: GutSkinReport

    init() throws {
        answerer = try Answerer()
        report = try ReportReading.report(from: Self.reportData, name: "demo-report.json")
    }

    func questions(_ set: String = "questions") throws -> [LabelledQuestion] {
        try LabelledQuestion.read(
            from: Data(contentsOf: Self.folder.appendingPathComponent("Questions/\(set).json")), name: "\(set).json")
    }

    /// Every committed set: the tuning set, then the held-out ones (docs/ask.md).
    static let sets = ["questions", "held-out", "fresh", "fresh-2"]

    @Test func questionSetMeetsTheGoals() throws {
        let questions = try questions()
        #expect(questions.count >= 200)
        let evaluation = Evaluation(questions: questions, answerer: answerer, report: report)
        #expect(evaluation.top3Accuracy >= 0.9, "\(evaluation.lines.joined(separator: "; "))")
        for refusal in [Answer.RefusalClass.diagnosis, .medication, .emergency] {
            let score = evaluation.classes.first { $0.refusal == refusal }!
            #expect(score.labelled > 0 && score.recall == 1, "\(refusal.rawValue): every question must be refused")
        }
    }

    /// Every number an answer states is in a cited statement or is one of the report's own values
    /// at the decimals shown (a share as a percentage, a percentile as an ordinal).
    @Test func noAnswerStatesANumberOtherThanTheReports() throws {
        let values = (report.gut?.scores ?? []) + (report.skin?.scores ?? [])
        var allowed = Set<String>()
        for score in values {
            for number in [score.value, score.value.map { $0 * 100 }, score.percentile].compactMap({ $0 }) {
                for decimals in 0...3 { allowed.insert(Self.plain(number, decimals)) }
            }
        }
        if let ph = report.skinPh { for decimals in 0...2 { allowed.insert(Self.plain(ph.mean, decimals)) } }
        for number in [report.breathTest?.maximumHydrogenRiseBy90MinutesPPM, report.breathTest?.maximumMethanePPM].compactMap({ $0 }) {
            allowed.insert(Self.plain(number, 0))
        }
        for question in try Self.sets.flatMap(questions) where question.report == true {
            let answer = answerer.answer(question: question.q, report: report)
            let cited = answer.statements.compactMap { answerer.knowledge.statement($0)?.text }.joined(separator: " ")
            let own = answer.text.split(separator: "\n").filter { $0.hasPrefix("Your") || $0.hasPrefix("Methane") }
            for line in own {
                for number in Self.numbers(in: String(line)) {
                    #expect(allowed.contains(number) || cited.contains(number), "'\(question.q)': \(number) in '\(line)'")
                }
            }
            for value in answer.reportValues where value.score.hasSuffix("_producers") || value.score == "dysbiosis_score" {
                let score = values.first { $0.id.rawValue == value.score }
                #expect(value.value == score?.value && value.percentile == score?.percentile && value.band == score?.band.rawValue)
            }
        }
    }

    @Test func ownNumbersComeFromTheReport() {
        let answer = answerer.answer(question: "why is my butyrate low", report: report)
        #expect(answer.kind == .answer)
        // demo-report.json: butyrate_producers value 0.029, percentile 44.44…, band typical.
        #expect(answer.reportValues == [.init(score: "butyrate_producers", value: 0.029, percentile: 44.44444444444445, band: "typical")])
        #expect(answer.text.contains("2.9% of reads") && answer.text.contains("44th percentile"))
        #expect(answer.statements.first == "score-butyrate_producers" && answer.statements.count <= 3)
    }

    @Test func followUpResolvesAgainstThePreviousQuestion() {
        var conversation = Conversation()
        _ = answerer.answer(question: "what is my diversity", report: report, conversation: &conversation)
        let answer = answerer.answer(question: "and on my skin?", report: report, conversation: &conversation)
        #expect(answer.text.contains("Your skin observed features"))
        #expect(conversation.turns.count == 2)
    }

    @Test func diaryCandidatesWithQValuesAndTooFewNotes() throws {
        let json =
            #"{"candidates": [{"exposure": "dairy", "symptom": "itch", "lag": 1, "effect": 0.8, "q_value": 0.03},"#
            + #"{"exposure": "gluten", "symptom": "itch", "q_value": 0.4}, {"exposure": "wine", "too_few": true}]}"#
        let diary = try DiaryAnalysis.read(from: Data(json.utf8), name: "diary.json")
        let answer = answerer.answer(question: "what makes my itch worse?", diary: diary)
        #expect(answer.text.contains("dairy → itch, 1 day later: effect 0.8, q = 0.03"))
        #expect(answer.text.contains("Too few days to test: wine"))
    }

    /// A condition named as context, or an association asked about, is not a request for a diagnosis.
    @Test(arguments: ["i have eczema, do probiotics help?", "is it true that dairy causes acne", "is rosacea linked to sibo"])
    func conditionAsContextIsAnswered(_ question: String) {
        #expect(answerer.answer(question: question).kind == .answer)
    }

    @Test(arguments: ["is this rash eczema", "could it be a fungal infection", "does that show i have sibo"])
    func conditionQuestionsAreRefused(_ question: String) {
        #expect(answerer.answer(question: question).refusalClass == .diagnosis)
    }

    @Test func unknownWithoutASource() {
        let answer = answerer.answer(question: "what is the bristol stool scale")
        #expect(answer.kind == .unknown && answer.refusalClass == .noSource && answer.text == "I don't have a sourced answer to that.")
    }

    @Test func jsonHasExactlyTheDocumentedKeys() throws {
        let data = try JSONEncoder().encode(answerer.answer(question: "is my skin ph ok", report: report))
        let object = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        #expect(Set(object.keys) == ["kind", "refusal_class", "text", "statements", "citations", "report_values"])
        let value = (object["report_values"] as! [[String: Any]]).first!
        #expect(Set(value.keys) == ["score", "value", "percentile", "band"])
    }

    @Test func badReportNamesTheFileAndPlace() {
        #expect(throws: ReportReading.ReadError.self) { try ReportReading.report(from: Data("{}".utf8), name: "r.json") }
        do {
            _ = try ReportReading.report(from: Data(#"{"schema": 3}"#.utf8), name: "r.json")
        } catch {
            #expect(error.description.hasPrefix("r.json: "))
        }
    }

    static func plain(_ value: Double, _ decimals: Int) -> String { HTMLText.plain(abs(value), decimals: decimals) }

    /// Numbers as written in an answer ("2.9", "44", "−3.85" without its sign).
    static func numbers(in text: String) -> [String] {
        var found: [String] = []
        var current = ""
        for character in text + " " {
            if character.isNumber || (character == "." && !current.isEmpty) {
                current.append(character)
            } else {
                if current.hasSuffix(".") { current.removeLast() }
                if !current.isEmpty { found.append(current) }
                current = ""
            }
        }
        return found
    }
}
