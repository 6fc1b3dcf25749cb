import Foundation
import GutSkinStore
import Hummingbird

/// Finds who is calling: `Authorization: Bearer <token>` (API) or the session cookie (pages), looked
/// up by SHA-256 hash in the store. Leaves the context signed out when neither is valid; routes decide.
struct AccountAuthenticator: RouterMiddleware {
    typealias Context = ServiceRequestContext
    static let sessionCookie = "gutskin_session"
    let environment: ServiceEnvironment

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        if let header = request.headers[.authorization] {
            let parts = header.split(separator: " ", maxSplits: 1)
            if parts.count == 2, parts[0].lowercased() == "bearer" {
                try await signIn(token: String(parts[1]).trimmingCharacters(in: .whitespaces), as: .bearer, context: &context)
            }
        } else if let cookie = request.cookies[Self.sessionCookie]?.value, !cookie.isEmpty {
            try await signIn(token: cookie, as: .cookie, context: &context)
        }
        return try await next(request, context)
    }

    private func signIn(token: String, as credential: Context.Credential, context: inout Context) async throws {
        guard token.utf8.count <= 200,
            let signedIn = try await environment.store.signedIn(tokenHash: SecretToken.sha256Hex(token), now: environment.now())
        else { return }
        let (accessToken, account) = signedIn
        context.account = account
        context.accessToken = accessToken
        context.credential = credential
    }
}
