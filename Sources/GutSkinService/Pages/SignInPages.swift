import Foundation
import GutSkinStore
import Hummingbird

/// Sign up, sign in and sign out. Sign-up answers the same whether or not the email was taken;
/// sign-in the same for a wrong email or password.
struct SignInPages {
    let support: PageSupport
    var operations: AccountOperations { AccountOperations(environment: support.environment) }

    func add(to router: Router<ServiceRequestContext>) {
        router.get("/") { _, context in
            PageSupport.redirect(support.signedIn(context) == nil ? "/sign-in" : "/samples")
        }
        router.get("sign-in") { request, context in
            support.render("sign-in", title: "Sign in", request: request, context: context)
        }
        router.get("sign-up") { request, context in
            support.render("sign-up", title: "Sign up", request: request, context: context)
        }
        router.post("sign-up") { request, context in
            let form = try await FormBody.read(request)
            try support.checkCSRF(form["csrf"], request: request, context: context)
            let kind = Account.Kind(rawValue: form["kind"] ?? "person") ?? .person
            do {
                _ = try await operations.signUp(email: form["email"] ?? "", password: form["password"] ?? "", kind: kind)
            } catch let error as ServiceError {
                return support.render(
                    "sign-up", title: "Sign up", request: request, context: context, error: error.message, status: error.status)
            }
            return support.render(
                "sign-in", title: "Sign in", values: ["email": form["email"] ?? ""], request: request, context: context,
                notice: "If this email was not registered yet, your account is ready: sign in. If it was, sign in with its password.")
        }
        router.post("sign-in") { request, context in
            let form = try await FormBody.read(request)
            try support.checkCSRF(form["csrf"], request: request, context: context)
            do {
                let (_, token) = try await operations.signIn(
                    email: form["email"] ?? "", password: form["password"] ?? "", address: context.remoteAddress)
                var response = PageSupport.redirect("/samples")
                response.setCookie(support.sessionCookie(token))
                return response
            } catch let error as ServiceError {
                return support.render(
                    "sign-in", title: "Sign in", values: ["email": form["email"] ?? ""], request: request, context: context,
                    error: error.message, status: error.status)
            }
        }
        router.post("sign-out") { request, context in
            let form = try await FormBody.read(request)
            try support.checkCSRF(form["csrf"], request: request, context: context)
            if let account = support.signedIn(context), let token = context.accessToken {
                _ = try await support.environment.store.deleteToken(id: token.id, accountID: account.id)
            }
            var response = PageSupport.redirect("/sign-in")
            response.setCookie(support.clearedSessionCookie)
            return response
        }
    }
}
