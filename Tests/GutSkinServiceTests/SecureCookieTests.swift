import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import GutSkinService

/// Cookies are `Secure` when the service is reached over https (`--public-url https://…`), and
/// stay usable over plain http on loopback otherwise.
@Suite struct SecureCookieTests {
    /// Every Set-Cookie line of the sign-in flow (CSRF cookie, session cookie, sign-out's clearing).
    static func cookieLines(_ harness: ServiceHarness) async throws -> [String] {
        try await harness.test { client in
            let browser = Browser()
            browser.email = "cookie-\(UUID().uuidString.prefix(8).lowercased())@example.org"
            var lines = [String]()
            func keep(_ response: TestResponse) {
                lines += response.headers.filter { $0.name == .setCookie }.map(\.value)
            }
            let form = try await browser.get("/sign-up", client)
            keep(form)
            let csrf = try Browser.csrf(in: form)
            keep(
                try await browser.post(
                    "/sign-up", ["email": browser.email, "password": browser.password, "kind": "person"], csrf: csrf, client))
            let signedIn = try await browser.post("/sign-in", ["email": browser.email, "password": browser.password], csrf: csrf, client)
            #expect(signedIn.status == .seeOther)
            keep(signedIn)
            keep(try await browser.post("/sign-out", [:], csrf: csrf, client))
            return lines
        }
    }

    @Test func cookiesAreSecureBehindHTTPS() async throws {
        let harness = try await ServiceHarness(publicURL: URL(string: "https://gutskin.example.org"))
        let lines = try await Self.cookieLines(harness)
        for name in ["gutskin_csrf=", "gutskin_session="] {
            #expect(lines.contains { $0.hasPrefix(name) }, "no \(name) cookie was set")
        }
        #expect(lines.count >= 3)
        for line in lines {
            #expect(line.contains("; Secure"), "not Secure: \(line)")
            #expect(line.contains("HttpOnly") && line.contains("SameSite=Lax"))
        }
    }

    @Test func cookiesWorkOverPlainHTTPByDefault() async throws {
        let harness = try await ServiceHarness()
        let lines = try await Self.cookieLines(harness)
        #expect(lines.contains { $0.hasPrefix("gutskin_session=") })
        for line in lines { #expect(!line.contains("Secure"), "Secure over plain http: \(line)") }
    }
}
