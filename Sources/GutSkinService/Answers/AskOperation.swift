import Foundation
import GutSkinAnswers
import GutSkinAxis
import GutSkinStore

/// Answers one question for an account, from one of the reports it may see (or from the cited
/// statements alone) and, for a question about the person's diary, their latest diary's analysis;
/// rate-limited per account. Each question joins a conversation stored for the account, so a
/// follow-up ("and on my skin?") is resolved against the earlier turns. Shared by
/// `POST /api/v1/ask` and the report page.
struct AskOperation {
    let environment: ServiceEnvironment

    /// The longest question accepted, in characters.
    static let maxQuestionLength = 1000

    /// An answer and the conversation it was added to.
    struct Result {
        let answer: Answer
        let conversation: StoredConversation
    }

    /// Answers `question` in the conversation `conversationID` (a new one when nil); another
    /// account's conversation or report is a 404, as an unknown one is.
    func ask(question: String, reportID: UUID?, conversationID: UUID? = nil, account: Account) async throws -> Result {
        let question = question.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !question.isEmpty, question.count <= Self.maxQuestionLength else {
            throw ServiceError(.badRequest, "question must have 1 to \(Self.maxQuestionLength) characters")
        }
        let now = environment.now()
        var stored = StoredConversation(ownerID: account.id, reportID: reportID, turns: [], createdAt: now, updatedAt: now)
        if let conversationID {
            guard let existing = try await environment.store.conversation(id: conversationID, ownerID: account.id) else {
                throw ServiceError.notFound("conversation")
            }
            stored = existing
        }
        let reportID = reportID ?? stored.reportID
        let report = try await self.report(reportID, account: account)
        let count = try await environment.store.recordAttempt(
            key: "ask:\(account.id)", now: now, window: environment.configuration.askWindow)
        guard count <= environment.configuration.askLimit else {
            throw ServiceError(.tooManyRequests, "too many questions; wait a while and ask again")
        }
        let answerer = try SharedAnswerer.answerer()
        let diary =
            answerer.isDiaryQuestion(question) ? try await DiaryForAnswers(environment: environment).analysis(account: account) : nil
        var conversation = Conversation(
            turns: stored.turns.compactMap { turn in
                Answer.Kind(rawValue: turn.kind).map {
                    Conversation.Turn(
                        question: turn.question, resolvedQuestion: turn.resolvedQuestion, kind: $0, statements: turn.statements)
                }
            })
        let answer = answerer.answer(question: question, report: report, diary: diary, conversation: &conversation)
        stored.turns.append(
            .init(
                question: question, resolvedQuestion: conversation.previous?.resolvedQuestion ?? question, kind: answer.kind.rawValue,
                statements: answer.statements, answerText: answer.text, askedAt: now))
        stored.turns = Array(stored.turns.suffix(StoredConversation.maxTurns))
        stored.reportID = reportID
        stored.updatedAt = now
        guard try await environment.store.saveConversation(stored) else { throw ServiceError.notFound("conversation") }
        return Result(answer: answer, conversation: stored)
    }

    /// The report the account may see, read for answering; nil without an id.
    private func report(_ reportID: UUID?, account: Account) async throws -> GutSkinReport? {
        guard let reportID else { return nil }
        guard let stored = try await environment.store.report(id: reportID, visibleTo: account.id) else {
            throw ServiceError.notFound("report")
        }
        do {
            return try ReportReading.report(from: Data(stored.json.utf8), name: "report \(reportID.uuidString.lowercased())")
        } catch {
            throw ServiceError(.internalServerError, "the stored report could not be read")
        }
    }
}

/// One `Answerer` per process: its search index is built on first use (tens of milliseconds) and
/// then shared by every request (answering is thread-safe).
enum SharedAnswerer {
    private static let built: Swift.Result<Answerer, any Error> = Swift.Result { try Answerer() }

    static func answerer() throws(ServiceError) -> Answerer {
        switch built {
        case .success(let answerer): return answerer
        case .failure: throw ServiceError(.serviceUnavailable, "answers are not available (the statement index could not be built)")
        }
    }
}
