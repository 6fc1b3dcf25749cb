import Foundation
import GutSkinStore
import Hummingbird

/// `/api/v1/accounts`, `/api/v1/sessions`, `/api/v1/tokens`: signing up and in, API tokens,
/// the account's settings, and leaving with every byte.
struct AccountRoutes {
    let environment: ServiceEnvironment
    var operations: AccountOperations { AccountOperations(environment: environment) }

    /// The webhook URLs accepted, as docs/openapi.yaml states them.
    static let webhookURLPattern = #"^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[A-Za-z0-9._~:/?#@!$&'()*+,;=%-]*)?$"#

    func add(to api: RouterGroup<ServiceRequestContext>) {
        api.post("accounts") { request, _ in
            let body = try await JSONBody.decode(APIShapes.NewAccount.self, from: request)
            let id = try await operations.signUp(email: body.email, password: body.password, kind: body.kind)
            return JSONBody.response(APIShapes.Created(id: id), status: .created)
        }
        api.post("sessions") { request, context in
            let body = try await JSONBody.decode(APIShapes.Credentials.self, from: request)
            let (_, token) = try await operations.signIn(email: body.email, password: body.password, address: context.remoteAddress)
            let expires = environment.now().addingTimeInterval(environment.configuration.sessionLifetime)
            return JSONBody.response(APIShapes.Session(token: token, expiresAt: expires))
        }
        api.delete("sessions/current") { _, context in
            let account = try context.requireBearerAccount()
            if let token = context.accessToken, token.kind == .session {
                _ = try await environment.store.deleteToken(id: token.id, accountID: account.id)
            }
            return Response(status: .noContent)
        }
        api.get("accounts/me") { _, context in
            JSONBody.response(APIShapes.Me(try context.requireAccount()))
        }
        api.put("accounts/me/settings") { request, context in
            let account = try context.requireBearerAccount()
            let body = try await JSONBody.decode(APIShapes.Settings.self, from: request)
            if let days = body.retentionDays, !(1...36500).contains(days) {
                throw ServiceError(.badRequest, "retention_days must be between 1 and 36500 (or null to keep originals)")
            }
            var secret: String?
            if let url = body.webhookURL {
                guard url.count <= 2000, url.range(of: Self.webhookURLPattern, options: .regularExpression) != nil, URL(string: url) != nil
                else { throw ServiceError(.badRequest, "webhook_url must be an http(s) URL") }
                do { try await environment.webhookPolicy.check(url) } catch { throw ServiceError(.badRequest, "\(error)") }
                secret = url == account.webhookURL ? account.webhookSecret : SecretToken.make()
            }
            _ = try await environment.store.updateAccountSettings(
                accountID: account.id, retentionDays: body.retentionDays, webhookURL: body.webhookURL, webhookSecret: secret)
            let changedSecret = secret != account.webhookSecret ? secret : nil
            return JSONBody.response(APIShapes.WebhookSecret(webhookSecret: changedSecret))
        }
        api.delete("accounts/me") { _, context in
            try await operations.deleteAccount(try context.requireBearerAccount())
            return Response(status: .noContent)
        }
        api.post("tokens") { request, context in
            let account = try context.requireBearerAccount()
            let body = try await JSONBody.decode(APIShapes.NewToken.self, from: request)
            let (record, token) = try await operations.makeAPIToken(for: account, label: body.label ?? "")
            return JSONBody.response(APIShapes.Token(record, token: token), status: .created)
        }
        api.get("tokens") { _, context in
            let account = try context.requireAccount()
            let tokens = try await environment.store.apiTokens(accountID: account.id)
            return JSONBody.response(APIShapes.Tokens(tokens: tokens.map { APIShapes.Token($0) }))
        }
        api.delete("tokens/{id}") { _, context in
            let account = try context.requireBearerAccount()
            guard let id = context.parameters.get("id", as: UUID.self),
                try await environment.store.deleteToken(id: id, accountID: account.id)
            else { throw ServiceError.notFound("token") }
            return Response(status: .noContent)
        }
    }
}
