import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// A browser's part in page tests: keeps cookies (session and CSRF), reads each form's CSRF field
/// from the page it got, and posts URL-encoded or multipart forms.
final class Browser: @unchecked Sendable {
    private(set) var cookies = [String: String]()
    let password = "correct horse battery"
    var email = ""

    var cookieHeader: HTTPFields {
        cookies.isEmpty ? [:] : [.cookie: cookies.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: "; ")]
    }

    func get(_ uri: String, _ client: some TestClientProtocol) async throws -> TestResponse {
        let response = try await client.execute(uri: uri, method: .get, headers: cookieHeader)
        keepCookies(response)
        return response
    }

    /// Posts a URL-encoded form; `csrf` nil sends the form without the token field.
    func post(_ uri: String, _ fields: [String: String], csrf: String?, _ client: some TestClientProtocol) async throws -> TestResponse {
        var fields = fields
        if let csrf { fields["csrf"] = csrf }
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-._~"))
        let body = fields.map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: allowed)!)" }.joined(separator: "&")
        var headers = cookieHeader
        headers[.contentType] = "application/x-www-form-urlencoded"
        let response = try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body))
        keepCookies(response)
        return response
    }

    func postMultipart(_ uri: String, _ form: Multipart, _ client: some TestClientProtocol) async throws -> TestResponse {
        let response = try await client.execute(
            uri: uri, method: .post, headers: form.headers(cookieHeader), body: ByteBuffer(bytes: form.body))
        keepCookies(response)
        return response
    }

    /// The CSRF token the page put in its forms.
    static func csrf(in page: TestResponse) throws -> String {
        let html = String(buffer: page.body)
        let marker = "name=\"csrf\" value=\""
        let start = try #require(html.range(of: marker), "no CSRF field in the page")
        return String(html[start.upperBound...].prefix { $0 != "\"" })
    }

    private func keepCookies(_ response: TestResponse) {
        for field in response.headers where field.name == .setCookie {
            let pair = field.value.split(separator: ";").first.map(String.init) ?? ""
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { continue }
            if parts[1].isEmpty || field.value.contains("Max-Age=0") { cookies[parts[0]] = nil } else { cookies[parts[0]] = parts[1] }
        }
    }

    /// A browser that signed up and signed in through the pages.
    static func signedUp(_ client: some TestClientProtocol) async throws -> Browser {
        let browser = Browser()
        browser.email = "browser-\(UUID().uuidString.prefix(8).lowercased())@example.org"
        let form = try await browser.get("/sign-up", client)
        let csrf = try csrf(in: form)
        let signedUp = try await browser.post(
            "/sign-up", ["email": browser.email, "password": browser.password, "kind": "person"], csrf: csrf, client)
        #expect(signedUp.status == .ok)
        let signedIn = try await browser.post("/sign-in", ["email": browser.email, "password": browser.password], csrf: csrf, client)
        #expect(signedIn.status == .seeOther)
        #expect(browser.cookies["gutskin_session"] != nil)
        return browser
    }
}
