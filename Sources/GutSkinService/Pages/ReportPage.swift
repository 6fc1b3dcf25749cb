import Foundation
import GutSkinAnswers
import GutSkinStore
import Hummingbird

/// The report page in the site's frame, with its chat panel ("Ask about this report"): after a
/// question, the earlier turns of the conversation, the answer with its citations, and a form whose
/// hidden conversation id makes the next question a follow-up. Plain form posts; no JavaScript.
struct ReportPage {
    let support: PageSupport
    var environment: ServiceEnvironment { support.environment }

    func render(
        reportID: UUID?, account: Account, request: Request, context: ServiceRequestContext, question: String? = nil,
        answer: Answer? = nil, conversation: StoredConversation? = nil, error: String? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        guard let reportID, let report = try await environment.store.report(id: reportID, visibleTo: account.id) else {
            throw PageError(status: .notFound, message: "There is no such report.", pages: support.pages, account: account)
        }
        let summary = ReportSummaryScores(json: report.summaryJSON)
        var values: [String: Any] = [
            "id": report.id.uuidString.lowercased(), "sample": summary.sample, "created": PageSupport.date(report.createdAt),
            "version": report.gutskinVersion, "references": report.referenceNames.joined(separator: ", "),
            "maxQuestion": AskOperation.maxQuestionLength,
        ]
        if let question { values["question"] = question }
        if let answer { values["answer"] = Self.values(answer) }
        if let conversation {
            values["conversation"] = conversation.id.uuidString.lowercased()
            values["earlier"] = conversation.turns.dropLast().map { turn in
                ["question": turn.question, "paragraphs": turn.answerText.split(separator: "\n").map { String($0) }] as [String: Any]
            }
        }
        if let diary = try await DiaryBesideReport(environment: environment).values(account: account, reportID: report.id) {
            values["diaryBeside"] = diary
        }
        return support.render(
            "report", title: "Report \(summary.sample)", values: values, request: request, context: context, error: error, status: status)
    }

    /// Answers the form's question about this report and shows the page with the answer (or the refusal).
    func ask(
        _ question: String, reportID: UUID?, conversation: String? = nil, account: Account, request: Request,
        context: ServiceRequestContext
    ) async throws -> Response {
        guard let reportID else {
            throw PageError(status: .notFound, message: "There is no such report.", pages: support.pages, account: account)
        }
        // An empty field starts a conversation; text that is not an id is nobody's conversation.
        let field = conversation?.trimmingCharacters(in: .whitespaces) ?? ""
        let conversationID = field.isEmpty ? nil : UUID(uuidString: field)
        guard field.isEmpty || conversationID != nil else {
            throw PageError(status: .notFound, message: "There is no such conversation.", pages: support.pages, account: account)
        }
        do {
            let result = try await AskOperation(environment: environment).ask(
                question: question, reportID: reportID, conversationID: conversationID, account: account)
            return try await render(
                reportID: reportID, account: account, request: request, context: context, question: question, answer: result.answer,
                conversation: result.conversation)
        } catch let error as ServiceError where error.status != .notFound {
            return try await render(
                reportID: reportID, account: account, request: request, context: context, question: question, error: error.message,
                status: error.status)
        } catch let error as ServiceError {
            throw PageError(status: error.status, message: "There is no such report.", pages: support.pages, account: account)
        }
    }

    /// The answer as the template shows it: paragraphs, citations, the person's numbers used.
    static func values(_ answer: Answer) -> [String: Any] {
        var values: [String: Any] = [
            "kind": answer.kind.rawValue,
            "paragraphs": answer.text.split(separator: "\n").map { String($0) },
            "citations": answer.citations.map { ["key": $0.key, "text": $0.text] },
            "hasCitations": !answer.citations.isEmpty,
        ]
        if let refusal = answer.refusalClass { values["refusal"] = refusal.rawValue.replacingOccurrences(of: "_", with: " ") }
        return values
    }
}
