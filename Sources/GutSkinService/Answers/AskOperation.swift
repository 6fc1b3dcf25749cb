import Foundation
import GutSkinAnswers
import GutSkinAxis
import GutSkinStore

/// Answers one question for an account, from one of the reports it may see (or from the cited
/// statements alone), rate-limited per account. Shared by `POST /api/v1/ask` and the report page.
/// Stateless: no conversation is stored, so a follow-up ("and on my skin?") is answered on its own.
struct AskOperation {
    let environment: ServiceEnvironment

    /// The longest question accepted, in characters.
    static let maxQuestionLength = 1000

    func ask(question: String, reportID: UUID?, account: Account) async throws -> Answer {
        let question = question.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !question.isEmpty, question.count <= Self.maxQuestionLength else {
            throw ServiceError(.badRequest, "question must have 1 to \(Self.maxQuestionLength) characters")
        }
        var report: GutSkinReport?
        if let reportID {
            guard let stored = try await environment.store.report(id: reportID, visibleTo: account.id) else {
                throw ServiceError.notFound("report")
            }
            do {
                report = try ReportReading.report(from: Data(stored.json.utf8), name: "report \(reportID.uuidString.lowercased())")
            } catch {
                throw ServiceError(.internalServerError, "the stored report could not be read")
            }
        }
        let count = try await environment.store.recordAttempt(
            key: "ask:\(account.id)", now: environment.now(), window: environment.configuration.askWindow)
        guard count <= environment.configuration.askLimit else {
            throw ServiceError(.tooManyRequests, "too many questions; wait a while and ask again")
        }
        let answerer = try SharedAnswerer.answerer()
        return answerer.answer(question: question, report: report)
    }
}

/// One `Answerer` per process: its search index is built on first use (tens of milliseconds) and
/// then shared by every request (answering is thread-safe).
enum SharedAnswerer {
    private static let built: Result<Answerer, any Error> = Result { try Answerer() }

    static func answerer() throws(ServiceError) -> Answerer {
        switch built {
        case .success(let answerer): return answerer
        case .failure: throw ServiceError(.serviceUnavailable, "answers are not available (the statement index could not be built)")
        }
    }
}
