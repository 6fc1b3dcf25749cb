import ArgumentParser
import Foundation
import GutSkinAnswers
import GutSkinAxis
import GutSkinFormats

/// `gutskin ask "QUESTION" [--report report.json] [--diary diary.json] [--conversation FILE] [--json]`:
/// an answer from the person's own numbers and cited statements, or a refusal by class (docs/ask.md).
struct AskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ask",
        abstract: "Answer a question about a report from its numbers and cited statements (never a diagnosis).",
        discussion: """
            Answers come from your report's numbers (--report, the report.json written beside a \
            report page), your diary analysis (--diary) and gutskin's cited statements, offline. \
            Questions asking for a diagnosis, medicines or doses, a product, or describing an \
            emergency are refused by class; with no sourced statement the answer says so. \
            --conversation FILE keeps the conversation so a follow-up ("and on my skin?") refers to \
            the question before it. --evaluate FILE answers a labelled question set and prints top-1 \
            and top-3 accuracy and refusal precision and recall. --json prints {kind, refusal_class, \
            text, statements, citations, report_values} (docs/ask.md).
            """)

    @Argument(help: "The question, in your own words.")
    var question: String?

    @Option(help: "Your report's JSON (report.json, schema gutskin-report v1).")
    var report: String?

    @Option(help: "Your diary analysis JSON ({\"candidates\": [...]}).")
    var diary: String?

    @Option(help: "A file holding the conversation so far (created if absent, updated after the answer).")
    var conversation: String?

    @Option(help: "Answer a labelled question set (JSON) and print its accuracy instead of answering one question.")
    var evaluate: String?

    @Flag(help: "With --evaluate, also list each question whose answer missed its label.")
    var showMisses = false

    @Option(
        help:
            ArgumentHelp(
                "Off by default: an OpenAI-compatible model server you run locally (e.g. http://127.0.0.1:8080) "
                    + "to rephrase the answer; sentences citing nothing retrieved are dropped.")
    )
    var rephraseWith: String?

    @Option(help: "The model name sent to --rephrase-with.")
    var model = "local"

    @Flag(help: "Print one JSON object instead of plain text.")
    var json = false

    func validate() throws {
        if evaluate == nil && (question ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("give a question, e.g. gutskin ask \"why is my butyrate low?\" --report report.json")
        }
        if evaluate != nil && question != nil { throw ValidationError("give either a question or --evaluate, not both") }
    }

    func run() throws {
        let clock = ContinuousClock()
        var built: Answerer?
        let buildTime = try clock.measure { built = try Answerer() }
        let answerer = built!
        let person = try report.map { path in try ReportReading.report(from: read(path), name: path) }
        if let evaluate {
            let questions = try LabelledQuestion.read(from: read(evaluate), name: evaluate)
            let evaluation = Evaluation(questions: questions, answerer: answerer, report: person)
            let milliseconds = Double(buildTime.components.attoseconds) / 1e15 + Double(buildTime.components.seconds) * 1000
            print("questions: \(questions.count); index built in \(HTMLText.number(milliseconds, decimals: 1)) ms")
            print(evaluation.lines.joined(separator: "\n"))
            if showMisses {
                for miss in evaluation.misses {
                    let expected = miss.question.refusal?.rawValue ?? miss.question.ids?.joined(separator: " ") ?? ""
                    let got =
                        miss.answer.kind == .answer
                        ? miss.answer.statements.joined(separator: " ") : miss.answer.refusalClass?.rawValue ?? ""
                    print("miss: \(miss.question.q) | expected \(expected) | got \(got)")
                }
            }
            return
        }
        let analysis = try diary.map { path in try DiaryAnalysis.read(from: read(path), name: path) }
        var history = try conversation.map(readConversation) ?? Conversation()
        var answer = answerer.answer(question: question ?? "", report: person, diary: analysis, conversation: &history)
        if let rephraseWith {
            guard let server = URL(string: rephraseWith), server.scheme == "http" || server.scheme == "https" else {
                throw ValidationError("--rephrase-with needs an http URL, e.g. http://127.0.0.1:8080")
            }
            answer = try Rephraser(server: server, model: model).rephrase(answer, question: question ?? "", knowledge: answerer.knowledge)
        }
        if let conversation {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
            try AtomicFileWriter.write(try encoder.encode(history), to: conversation)
        }
        print(json ? try Self.json(answer) : Self.text(answer))
    }

    func read(_ path: String) throws -> Data {
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw ReportReading.ReadError(description: "\(path): cannot read the file (\((error as NSError).localizedDescription))")
        }
    }

    func readConversation(_ path: String) throws -> Conversation {
        guard FileManager.default.fileExists(atPath: path) else { return Conversation() }
        do {
            return try JSONDecoder().decode(Conversation.self, from: read(path))
        } catch let error as ReportReading.ReadError {
            throw error
        } catch {
            throw ReportReading.ReadError(description: "\(path): not a gutskin conversation file")
        }
    }

    static func json(_ answer: Answer) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(answer), as: UTF8.self)
    }

    /// The answer's text, then its sources.
    static func text(_ answer: Answer) -> String {
        var lines = [answer.text]
        if !answer.citations.isEmpty {
            lines.append("Sources:")
            lines += answer.citations.map { "  [\($0.key)] \($0.text)" }
        }
        return lines.joined(separator: "\n")
    }
}
