import Foundation
import GutSkinStore
import Hummingbird

/// What page handlers share: rendering with the CSRF token (setting its cookie when new), the
/// session cookie, redirects, and the checks every form post goes through.
struct PageSupport {
    let environment: ServiceEnvironment
    var pages: PageRenderer { environment.pages }

    func render(
        _ template: String, title: String, values: [String: Any] = [:], request: Request, context: ServiceRequestContext,
        error: String? = nil, notice: String? = nil, refresh: Int? = nil, status: HTTPResponse.Status = .ok
    ) -> Response {
        let csrf = CSRFToken.current(request, secure: environment.configuration.secureCookies)
        var response = pages.page(
            template, title: title, values: values, account: signedIn(context), csrf: csrf.token, error: error, notice: notice,
            refresh: refresh, status: status)
        if let cookie = csrf.cookie { response.setCookie(cookie) }
        return response
    }

    /// The page's account when signed in through the session cookie (pages ignore bearer tokens).
    func signedIn(_ context: ServiceRequestContext) -> Account? {
        context.credential == .cookie ? context.account : nil
    }

    /// The signed-in account, or a redirect to the sign-in page.
    func requireAccount(_ context: ServiceRequestContext) throws -> Account {
        guard let account = signedIn(context) else { throw RedirectError(location: "/sign-in") }
        return account
    }

    /// Refuses a form post whose CSRF field does not match the cookie (403 page).
    func checkCSRF(_ field: String?, request: Request, context: ServiceRequestContext) throws {
        guard CSRFToken.isValid(field: field, request: request) else {
            throw PageError(
                status: .forbidden,
                message: "This form has expired or did not come from this site. Go back, reload the page and try again.",
                pages: pages, account: signedIn(context))
        }
    }

    static func redirect(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }

    func sessionCookie(_ token: String) -> Cookie {
        Cookie(
            name: AccountAuthenticator.sessionCookie, value: token, maxAge: Int(environment.configuration.sessionLifetime), path: "/",
            secure: environment.configuration.secureCookies, httpOnly: true, sameSite: .lax)
    }

    /// The session cookie emptied and expired (signing out, deleting the account).
    var clearedSessionCookie: Cookie {
        Cookie(
            name: AccountAuthenticator.sessionCookie, value: "", maxAge: 0, path: "/", secure: environment.configuration.secureCookies,
            httpOnly: true, sameSite: .lax)
    }

    static func date(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_GB")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "d MMM yyyy HH:mm 'UTC'"
        return formatter.string(from: date)
    }
}

/// A page that needs a signed-in person sends the browser to the sign-in page.
struct RedirectError: HTTPResponseError {
    let location: String
    var status: HTTPResponse.Status { .seeOther }
    func response(from request: Request, context: some RequestContext) throws -> Response { PageSupport.redirect(location) }
}
