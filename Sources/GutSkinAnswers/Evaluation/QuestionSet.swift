import Foundation

/// A labelled question set: each question as people type it, with the statement ids that answer
/// it or the refusal class it must get (`no_source` for questions with no sourced answer).
/// JSON: `[{"q": "…", "ids": ["dairy-acne"]}, {"q": "…", "refusal": "diagnosis"}]`; `"report": true`
/// marks a question about the person's own numbers (asked with the report given).
public struct LabelledQuestion: Sendable, Codable, Equatable {
    public let q: String
    public let ids: [String]?
    public let refusal: Answer.RefusalClass?
    public let report: Bool?

    public init(q: String, ids: [String]? = nil, refusal: Answer.RefusalClass? = nil, report: Bool? = nil) {
        self.q = q
        self.ids = ids
        self.refusal = refusal
        self.report = report
    }

    /// Reads a question set; errors name the file and the question's index.
    public static func read(from data: Data, name: String) throws(ReportReading.ReadError) -> [LabelledQuestion] {
        let questions: [LabelledQuestion]
        do {
            questions = try JSONDecoder().decode([LabelledQuestion].self, from: data)
        } catch {
            throw .init(description: "\(name): not a question set: \(error)")
        }
        for (index, question) in questions.enumerated() where (question.ids == nil) == (question.refusal == nil) {
            throw .init(description: "\(name): question \(index) ('\(question.q)'): give exactly one of 'ids' and 'refusal'")
        }
        return questions
    }
}
