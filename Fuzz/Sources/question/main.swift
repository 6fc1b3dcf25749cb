import Foundation
import FuzzSupport
import GutSkinAnswers
import GutSkinAxis

/// Fuzzes question answering (`Answerer.answer` on arbitrary text, with and without the demo
/// person's report; a second line is asked as a follow-up in the same conversation). Properties:
/// no crash, trap or runaway memory; an answer within 5 s; kind and refusal class agree (a refusal
/// has a refusal class and cites nothing, "unknown" is "no sourced answer", an answer has no
/// class); every statement and citation an answer gives exists; and a refused question is refused
/// for the same class when typed in capitals or with doubled spaces (refusals match on normalised text).
let answerer: Answerer = {
    do { return try Answerer() } catch { FuzzProperty.fail("harness", "the answerer cannot be built: \(error)") }
}()

/// The demo person's report (Tests/GutSkinAnswersTests/Fixtures/demo-report.json, written by `gutskin demo`).
let report: GutSkinReport = {
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "../../../Tests/GutSkinAnswersTests/Fixtures/demo-report.json"
    ).standardized.path
    do {
        return try ReportReading.report(from: Data(contentsOf: URL(fileURLWithPath: path)), name: "demo-report.json")
    } catch {
        FuzzProperty.fail("harness", "the demo report cannot be read from \(path): \(error)")
    }
}()

func checked(_ question: String, report: GutSkinReport?, conversation: inout Conversation) -> Answer {
    let clock = ContinuousClock()
    var answer: Answer!
    let elapsed = clock.measure { answer = answerer.answer(question: question, report: report, conversation: &conversation) }
    if elapsed > .seconds(5) { FuzzProperty.fail("bounded time", "\(elapsed) to answer \(question.debugDescription)") }
    let refusalClasses: [Answer.RefusalClass] = [.diagnosis, .medication, .emergency, .product]
    switch answer.kind {
    case .refusal:
        if answer.refusalClass.map(refusalClasses.contains) != true || !answer.statements.isEmpty || !answer.citations.isEmpty {
            FuzzProperty.fail(
                "refusal class", "a refusal with class \(String(describing: answer.refusalClass)) citing \(answer.statements)")
        }
    case .unknown:
        if answer.refusalClass != .noSource {
            FuzzProperty.fail("refusal class", "'unknown' with class \(String(describing: answer.refusalClass))")
        }
    case .answer:
        if answer.refusalClass != nil {
            FuzzProperty.fail("refusal class", "an answer with class \(String(describing: answer.refusalClass))")
        }
    }
    for id in answer.statements where answerer.knowledge.statement(id) == nil {
        FuzzProperty.fail("sourced answer", "statement '\(id)' is not in the knowledge")
    }
    for source in answer.citations where Bibliography.citation(source.key) == nil {
        FuzzProperty.fail("sourced answer", "citation '\(source.key)' is not in the bibliography")
    }
    return answer
}

@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let text = String(decoding: Fuzzer.data(bytes, count), as: UTF8.self)
    let questions = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
    for withReport in [nil, report] {
        var conversation = Conversation()
        for (position, question) in questions.enumerated() {
            let answer = checked(question, report: withReport, conversation: &conversation)
            // A follow-up is refused for the question it resolves to, so only the first is compared.
            guard position == 0, answer.kind == .refusal else { continue }
            for variant in [asciiUppercased(question), question.replacingOccurrences(of: " ", with: "  ")] {
                var fresh = Conversation()
                let again = checked(variant, report: withReport, conversation: &fresh)
                if again.refusalClass != answer.refusalClass {
                    FuzzProperty.fail(
                        "refusal class",
                        "\(question.debugDescription) is refused as \(answer.refusalClass!.rawValue) but \(variant.debugDescription) gets "
                            + "\(again.kind.rawValue) (\(again.refusalClass?.rawValue ?? "no class"))")
                }
            }
        }
    }
    return 0
}

/// Only a–z changed, so the normalised text differs in case alone.
func asciiUppercased(_ text: String) -> String {
    String(String.UnicodeScalarView(text.unicodeScalars.map { ("a"..."z").contains($0) ? Unicode.Scalar($0.value - 32)! : $0 }))
}

Fuzzer.run(testOneInput)
