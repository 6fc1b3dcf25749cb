import Foundation
import GutSkinAnswers
import Hummingbird

/// `POST /api/v1/ask`: a question answered from the caller's report (when `report_id` names one it
/// may see), their diary's analysis (for a question about it) and gutskin's cited statements; the
/// answer JSON of docs/ask.md plus the `conversation_id` a follow-up passes back.
struct AskRoutes {
    let environment: ServiceEnvironment

    struct Question: Decodable {
        let question: String
        let reportID: UUID?
        let conversationID: UUID?
        enum CodingKeys: String, CodingKey { case question, reportID = "report_id", conversationID = "conversation_id" }
    }

    /// The answer's keys and `conversation_id`.
    struct Reply: Encodable {
        let answer: Answer
        let conversationID: UUID

        enum CodingKeys: String, CodingKey { case conversationID = "conversation_id" }

        func encode(to encoder: any Encoder) throws {
            try answer.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(conversationID.uuidString.lowercased(), forKey: .conversationID)
        }
    }

    func add(to api: RouterGroup<ServiceRequestContext>) {
        api.post("ask") { request, context in
            let account = try context.requireBearerAccount()
            let body = try await JSONBody.decode(Question.self, from: request)
            let result = try await AskOperation(environment: environment).ask(
                question: body.question, reportID: body.reportID, conversationID: body.conversationID, account: account)
            return JSONBody.response(Reply(answer: result.answer, conversationID: result.conversation.id))
        }
    }
}
