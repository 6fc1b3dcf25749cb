import Foundation
import GutSkinStore
import Hummingbird

/// `/api/v1/subjects` and `/api/v1/claims`: an organisation's subjects, their one-time claim codes,
/// and a person claiming one (then seeing that subject's samples and reports).
struct SubjectRoutes {
    let environment: ServiceEnvironment

    func add(to api: RouterGroup<ServiceRequestContext>) {
        api.post("subjects") { request, context in
            let account = try organisation(context.requireBearerAccount())
            let body = try await JSONBody.decode(APIShapes.NewSubject.self, from: request)
            let name = body.name.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !name.isEmpty, body.name.unicodeScalars.count <= 200 else {
                throw ServiceError(.badRequest, "name must have 1 to 200 characters")
            }
            let subject = Subject(ownerID: account.id, name: name, createdAt: environment.now())
            try await environment.store.createSubject(subject)
            return JSONBody.response(APIShapes.SubjectBody(subject), status: .created)
        }
        api.get("subjects") { request, context in
            let account = try context.requireAccount()
            let paging = try ListPaging(request)
            let (subjects, next) = paging.trim(try await environment.store.subjects(ownerID: account.id, page: paging.page)) {
                ListPage.Position(id: $0.id, createdAt: $0.createdAt)
            }
            return JSONBody.response(PagedList(key: "subjects", items: subjects.map(APIShapes.SubjectBody.init), nextCursor: next))
        }
        api.get("subjects/{id}") { _, context in
            let account = try context.requireAccount()
            guard let id = context.parameters.get("id", as: UUID.self),
                let subject = try await environment.store.subject(id: id, ownerID: account.id)
            else { throw ServiceError.notFound("subject") }
            return JSONBody.response(APIShapes.SubjectBody(subject))
        }
        api.post("subjects/{id}/claim-code") { _, context in
            let account = try context.requireBearerAccount()
            guard let id = context.parameters.get("id", as: UUID.self),
                try await environment.store.subject(id: id, ownerID: account.id) != nil
            else { throw ServiceError.notFound("subject") }
            let code = SecretToken.make(bytes: 16)
            guard try await environment.store.setClaimCode(subjectID: id, ownerID: account.id, codeHash: SecretToken.sha256Hex(code)) else {
                throw ServiceError(.conflict, "the subject has already been claimed")
            }
            return JSONBody.response(APIShapes.ClaimCode(code: code), status: .created)
        }
        api.post("claims") { request, context in
            let account = try context.requireBearerAccount()
            let body = try await JSONBody.decode(APIShapes.Claim.self, from: request)
            guard let subject = try await ClaimOperation(environment: environment).claim(code: body.code, account: account) else {
                throw ServiceError.notFound("claim code")
            }
            return JSONBody.response(APIShapes.Claimed(subjectID: subject.id))
        }
    }

    private func organisation(_ account: Account) throws(ServiceError) -> Account {
        guard account.kind == .organisation else {
            throw ServiceError(.forbidden, "only organisation accounts create subjects")
        }
        return account
    }
}

/// Claiming a subject with a code, rate-limited per account like sign-in (codes are long, but guessing
/// should still be slow).
struct ClaimOperation {
    let environment: ServiceEnvironment

    func claim(code: String, account: Account) async throws -> Subject? {
        let count = try await environment.store.recordAttempt(
            key: "claim:\(account.id)", now: environment.now(), window: environment.configuration.signInWindow)
        guard count <= environment.configuration.signInLimit else {
            throw ServiceError(.tooManyRequests, "too many claim attempts; wait 15 minutes and try again")
        }
        let code = code.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !code.isEmpty, code.count <= 200 else { return nil }
        return try await environment.store.claimSubject(codeHash: SecretToken.sha256Hex(code), accountID: account.id)
    }
}
