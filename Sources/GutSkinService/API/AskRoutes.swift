import Foundation
import GutSkinAnswers
import Hummingbird

/// `POST /api/v1/ask`: a question answered from the caller's report (when `report_id` names one it
/// may see) and gutskin's cited statements; the answer JSON of docs/ask.md.
struct AskRoutes {
    let environment: ServiceEnvironment

    struct Question: Decodable {
        let question: String
        let reportID: UUID?
        let conversationID: String?
        enum CodingKeys: String, CodingKey { case question, reportID = "report_id", conversationID = "conversation_id" }
    }

    func add(to api: RouterGroup<ServiceRequestContext>) {
        api.post("ask") { request, context in
            let account = try context.requireBearerAccount()
            let body = try await JSONBody.decode(Question.self, from: request)
            let answer = try await AskOperation(environment: environment).ask(
                question: body.question, reportID: body.reportID, account: account)
            return JSONBody.response(answer)
        }
    }
}
