import Foundation
import GutSkinStore
import Hummingbird
import Mustache

/// Renders the site's pages: a template's content inside the layout (title, navigation, the
/// error or notice line, the CSRF token for the sign-out form).
struct PageRenderer: Sendable {
    let library: MustacheLibrary

    init() throws {
        var library = MustacheLibrary()
        for (name, text) in PageTemplates.all { try library.register(text, named: name) }
        self.library = library
    }

    /// A page: `template` rendered with `values`, inside the layout.
    func page(
        _ template: String, title: String, values: [String: Any] = [:], account: Account?, csrf: String?,
        error: String? = nil, notice: String? = nil, refresh: Int? = nil, status: HTTPResponse.Status = .ok
    ) -> Response {
        var values = values
        values["csrf"] = csrf ?? ""
        let content = library.render(values, withTemplate: template) ?? ""
        var layout: [String: Any] = ["title": title, "content": content, "signedIn": account != nil, "csrf": csrf ?? ""]
        if let error { layout["error"] = error }
        if let notice { layout["notice"] = notice }
        if let refresh { layout["refresh"] = refresh }
        let html = library.render(layout, withTemplate: "layout") ?? ""
        return Response(
            status: status,
            headers: [
                .contentType: "text/html; charset=utf-8",
                .contentSecurityPolicy:
                    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-src 'self'; form-action 'self'; frame-ancestors 'none'",
                .cacheControl: "no-store",
            ],
            body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
    }

    /// A page that says what went wrong (404, 403 for a form without its CSRF token, …).
    func errorPage(status: HTTPResponse.Status, message: String, account: Account?) -> Response {
        let values: [String: Any] = [
            "heading": status == .notFound ? "Not found" : status == .forbidden ? "Refused" : "Something went wrong",
            "text": message, "link": "/", "linkText": "Back to the start",
        ]
        return page("message", title: "\(status.code)", values: values, account: account, csrf: nil, status: status)
    }
}

/// An error a page handler answers with an HTML page (the API's errors are JSON).
struct PageError: HTTPResponseError {
    let status: HTTPResponse.Status
    let message: String
    let pages: PageRenderer
    let account: Account?

    func response(from request: Request, context: some RequestContext) throws -> Response {
        pages.errorPage(status: status, message: message, account: account)
    }
}
