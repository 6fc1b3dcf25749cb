import Foundation
import Hummingbird
import HummingbirdTesting
import TestSupport
import Testing

@testable import GutSkinService

/// The web pages as a person uses them: sign up and in, upload through the form, see the report in
/// the site's frame and in the history, the account page; cookies and CSRF as a browser sends them.
@Suite struct PageTests {
    @Test func personUploadsThroughThePagesAndReadsTheReport() async throws {
        guard SharedData.builtInReferences() else { return }
        let harness = try await ServiceHarness()
        try await harness.test { client in
            let browser = try await Browser.signedUp(client)
            let samples = try await browser.get("/samples", client)
            #expect(samples.status == .ok)
            let html = String(buffer: samples.body)
            #expect(html.contains("enctype=\"multipart/form-data\""))
            #expect(html.contains("name=\"viewport\""), "usable at phone width")
            #expect(!html.contains("<script"), "no scripts")

            var upload = try Multipart.demoPerson(folder: harness.environment.storage.stagingFolder)
            upload.field("csrf", try Browser.csrf(in: samples))
            let uploaded = try await browser.postMultipart("/samples", upload, client)
            #expect(uploaded.status == .accepted)
            #expect(String(buffer: uploaded.body).contains("Uploaded 1 sample"))
            #expect(String(buffer: uploaded.body).contains("http-equiv=\"refresh\""), "the page refreshes while the report is made")
            #expect(await harness.runJobs() == 1)

            let after = String(buffer: try await browser.get("/samples", client).body)
            let link = try #require(after.range(of: "/reports/")).upperBound
            let reportID = String(after[link...].prefix(36))
            let frame = try await browser.get("/reports/\(reportID)/view", client)
            #expect(frame.status == .ok)
            #expect(String(buffer: frame.body).contains("<iframe src=\"/reports/\(reportID)\""))
            let page = try await browser.get("/reports/\(reportID)", client)
            #expect(page.status == .ok)
            #expect(String(buffer: page.body).contains("demo-person-gut"))

            let history = String(buffer: try await browser.get("/history", client).body)
            #expect(history.contains("Shannon"))
            #expect(history.contains("/reports/\(reportID)/view"))

            let account = String(buffer: try await browser.get("/account", client).body)
            #expect(account.contains(browser.email))
            #expect(account.contains("/api/v1/export"))
            let export = try await browser.get("/api/v1/export", client)
            #expect(export.status == .ok, "GET through the API with the session cookie")
        }
    }

    @Test func sessionCookieIsHttpOnlyAndSameSite() async throws {
        let harness = try await ServiceHarness()
        try await harness.test { client in
            let browser = Browser()
            browser.email = "cookie@example.org"
            let form = try await browser.get("/sign-up", client)
            let csrf = try Browser.csrf(in: form)
            _ = try await browser.post("/sign-up", ["email": browser.email, "password": browser.password], csrf: csrf, client)
            let signedIn = try await browser.post("/sign-in", ["email": browser.email, "password": browser.password], csrf: csrf, client)
            let cookie = try #require(signedIn.headers[values: .setCookie].first { $0.hasPrefix("gutskin_session=") })
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Lax"))
        }
    }

    @Test func formPostsWithoutTheCSRFTokenAreRefused() async throws {
        guard SharedData.builtInReferences() else { return }
        let harness = try await ServiceHarness()
        try await harness.test { client in
            let browser = try await Browser.signedUp(client)
            let account = try await browser.get("/account", client)
            let csrf = try Browser.csrf(in: account)
            let posts: [(String, [String: String])] = [
                ("/account/tokens", ["label": "x"]), ("/account/delete", ["confirm": "yes"]), ("/account/claim", ["code": "x"]),
                ("/sign-out", [:]), ("/sign-in", ["email": browser.email, "password": browser.password]),
                ("/sign-up", ["email": "new@example.org", "password": "correct horse battery"]),
            ]
            for (uri, fields) in posts {
                for token in [nil, "forged-\(csrf)"] {
                    let refused = try await browser.post(uri, fields, csrf: token, client)
                    #expect(refused.status == .forbidden, "\(uri) with token \(token ?? "none") answered \(refused.status)")
                    #expect(String(buffer: refused.body).contains("did not come from this site"))
                }
            }
            var upload = try Multipart.demoPerson(folder: harness.environment.storage.stagingFolder)
            let refusedUpload = try await browser.postMultipart("/samples", upload, client)
            #expect(refusedUpload.status == .forbidden)
            upload.field("csrf", "wrong")
            #expect(try await browser.postMultipart("/samples", upload, client).status == .forbidden)
            // Nothing happened: the account, its session and no samples remain.
            #expect(try await browser.get("/account", client).status == .ok)
            #expect(await harness.runJobs() == 0)
            // With the token the same post works.
            let made = try await browser.post("/account/tokens", ["label": "x"], csrf: csrf, client)
            #expect(made.status == .created)
        }
    }

    @Test func pagesNeedASignIn() async throws {
        let harness = try await ServiceHarness()
        try await harness.test { client in
            for uri in ["/samples", "/history", "/account", "/reports/\(UUID())/view"] {
                let answer = try await client.execute(uri: uri, method: .get)
                #expect(answer.status == .seeOther, "\(uri)")
                #expect(answer.headers[.location] == "/sign-in")
            }
        }
    }
}
