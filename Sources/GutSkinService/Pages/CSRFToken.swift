import Foundation
import Hummingbird

/// Double-submit CSRF protection for the site's forms: a random token in an HttpOnly, SameSite=Lax
/// cookie, repeated in every form's hidden `csrf` field. Another site can make a browser post a form,
/// but cannot read the cookie to fill in the field, so a post without the matching field is refused.
enum CSRFToken {
    static let cookieName = "gutskin_csrf"

    /// The browser's token, or a new one (then `cookie` must be set on the response; `Secure` when
    /// the service is reached over https).
    static func current(_ request: Request, secure: Bool) -> (token: String, cookie: Cookie?) {
        if let value = request.cookies[cookieName]?.value, value.count >= 32, value.count <= 64 { return (value, nil) }
        let token = SecretToken.make()
        return (token, Cookie(name: cookieName, value: token, path: "/", secure: secure, httpOnly: true, sameSite: .lax))
    }

    /// True when the form's field matches the cookie.
    static func isValid(field: String?, request: Request) -> Bool {
        guard let field, let cookie = request.cookies[cookieName]?.value, !cookie.isEmpty else { return false }
        return SecretToken.constantTimeEqual(field, cookie)
    }
}

/// An `application/x-www-form-urlencoded` body (at most 64 KB), as name → value.
enum FormBody {
    static func read(_ request: Request) async throws -> [String: String] {
        let buffer: ByteBuffer
        do { buffer = try await request.body.collect(upTo: 64 * 1024) } catch {
            throw ServiceError(.contentTooLarge, "the form is larger than 64 KB")
        }
        var fields = [String: String]()
        for pair in String(buffer: buffer).split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ text: Substring) -> String {
                String(text).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
            }
            let name = decode(parts[0])
            if fields[name] == nil { fields[name] = parts.count > 1 ? decode(parts[1]) : "" }
        }
        return fields
    }
}
