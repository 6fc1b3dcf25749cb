import Foundation
import GutSkinAnswers
import GutSkinStore
import Hummingbird

/// The report page in the site's frame, with its question form ("Ask about this report") and, after
/// a question, the answer with its citations and the person's numbers it used.
struct ReportPage {
    let support: PageSupport
    var environment: ServiceEnvironment { support.environment }

    func render(
        reportID: UUID?, account: Account, request: Request, context: ServiceRequestContext, question: String? = nil,
        answer: Answer? = nil, error: String? = nil, status: HTTPResponse.Status = .ok
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
        if let diary = try await DiaryBesideReport(environment: environment).values(account: account, reportID: report.id) {
            values["diaryBeside"] = diary
        }
        return support.render(
            "report", title: "Report \(summary.sample)", values: values, request: request, context: context, error: error, status: status)
    }

    /// Answers the form's question about this report and shows the page with the answer (or the refusal).
    func ask(
        _ question: String, reportID: UUID?, account: Account, request: Request, context: ServiceRequestContext
    ) async throws -> Response {
        guard let reportID else {
            throw PageError(status: .notFound, message: "There is no such report.", pages: support.pages, account: account)
        }
        do {
            let answer = try await AskOperation(environment: environment).ask(question: question, reportID: reportID, account: account)
            return try await render(
                reportID: reportID, account: account, request: request, context: context, question: question, answer: answer)
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
