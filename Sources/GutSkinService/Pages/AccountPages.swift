import Foundation
import GutSkinStore
import Hummingbird

/// The account page: export, API tokens (made, shown once, revoked), claiming a subject, deletion.
struct AccountPages {
    let support: PageSupport
    var environment: ServiceEnvironment { support.environment }
    var operations: AccountOperations { AccountOperations(environment: environment) }

    func add(to router: Router<ServiceRequestContext>) {
        router.get("account") { request, context in
            try await accountPage(account: try support.requireAccount(context), request: request, context: context)
        }
        router.post("account/tokens") { request, context in
            let account = try support.requireAccount(context)
            let form = try await FormBody.read(request)
            try support.checkCSRF(form["csrf"], request: request, context: context)
            let (_, token) = try await operations.makeAPIToken(for: account, label: form["label"] ?? "")
            return try await accountPage(account: account, request: request, context: context, newToken: token, status: .created)
        }
        router.post("account/tokens/{id}/delete") { request, context in
            let account = try support.requireAccount(context)
            let form = try await FormBody.read(request)
            try support.checkCSRF(form["csrf"], request: request, context: context)
            guard let id = context.parameters.get("id", as: UUID.self),
                try await environment.store.deleteToken(id: id, accountID: account.id)
            else { throw PageError(status: .notFound, message: "There is no such token.", pages: support.pages, account: account) }
            return PageSupport.redirect("/account")
        }
        router.post("account/claim") { request, context in
            let account = try support.requireAccount(context)
            let form = try await FormBody.read(request)
            try support.checkCSRF(form["csrf"], request: request, context: context)
            do {
                guard try await ClaimOperation(environment: environment).claim(code: form["code"] ?? "", account: account) != nil else {
                    return try await accountPage(
                        account: account, request: request, context: context, error: "That claim code is not valid (or was used).",
                        status: .notFound)
                }
            } catch let error as ServiceError {
                return try await accountPage(
                    account: account, request: request, context: context, error: error.message, status: error.status)
            }
            return try await accountPage(
                account: account, request: request, context: context, notice: "Claimed: the subject's reports are now under My samples.")
        }
        router.post("account/delete") { request, context in
            let account = try support.requireAccount(context)
            let form = try await FormBody.read(request)
            try support.checkCSRF(form["csrf"], request: request, context: context)
            guard form["confirm"] == "yes" else {
                return try await accountPage(
                    account: account, request: request, context: context, error: "Tick the box to confirm the deletion.",
                    status: .badRequest)
            }
            try await operations.deleteAccount(account)
            var response = environment.pages.page(
                "message", title: "Account deleted",
                values: [
                    "heading": "Account deleted", "text": "Your account and all its data are gone.", "link": "/sign-up",
                    "linkText": "Sign up again",
                ],
                account: nil, csrf: nil)
            response.setCookie(support.clearedSessionCookie)
            return response
        }
    }

    private func accountPage(
        account: Account, request: Request, context: ServiceRequestContext, newToken: String? = nil, error: String? = nil,
        notice: String? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let tokens = try await environment.store.apiTokens(accountID: account.id)
        var values: [String: Any] = [
            "email": account.email, "kind": account.kind.rawValue,
            "tokens": tokens.map { ["id": $0.id.uuidString.lowercased(), "label": $0.label, "created": PageSupport.date($0.createdAt)] },
        ]
        if let newToken { values["newToken"] = newToken }
        return support.render(
            "account", title: "Account", values: values, request: request, context: context, error: error, notice: notice, status: status)
    }
}
