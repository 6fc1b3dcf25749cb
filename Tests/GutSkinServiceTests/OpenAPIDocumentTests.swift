import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import GutSkinService

/// The served OpenAPI document is the repository's one copy (the GutSkinService resource, linked
/// from docs/openapi.yaml), and it names every /api/v1 route the router has.
@Suite struct OpenAPIDocumentTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let documentPath = repository.appendingPathComponent("Sources/GutSkinService/Resources/openapi.yaml")

    @Test func servedDocumentIsTheRepositorysFile() async throws {
        let harness = try await ServiceHarness()
        let file = try String(contentsOf: Self.documentPath, encoding: .utf8)
        #expect(OpenAPIDocument.loaded.source != nil, "the document was not found; the stub is served")
        try await harness.test { client in
            let answer = try await client.execute(uri: "/api/v1/openapi.yaml", method: .get)
            #expect(answer.status == .ok)
            #expect(String(buffer: answer.body) == file, "the served document and \(Self.documentPath.path) differ")
        }
        let linked = try String(contentsOf: Self.repository.appendingPathComponent("docs/openapi.yaml"), encoding: .utf8)
        #expect(linked == file, "docs/openapi.yaml is not the same document")
    }

    /// The build's resource bundle holds the document, so an installed binary (bundle beside it) serves it.
    @Test func buildCopiesTheDocumentBesideTheExecutable() throws {
        let bundled = OpenAPIDocument.candidates.dropLast().first { FileManager.default.fileExists(atPath: $0.path) }
        let found = try #require(bundled, "no \(OpenAPIDocument.resourceBundle)/openapi.yaml beside the test binary")
        #expect(try String(contentsOf: found, encoding: .utf8) == String(contentsOf: Self.documentPath, encoding: .utf8))
    }

    /// Without the document the service still starts: the stub is valid OpenAPI with no routes.
    @Test func fallbackIsAnEmptyDocument() {
        #expect(OpenAPIDocument.fallback.hasPrefix("openapi: 3.1.0\n"))
        #expect(APIRouteTable(openAPI: OpenAPIDocument.fallback).routes.isEmpty)
    }

    @Test func documentNamesEveryAPIRoute() throws {
        let file = try String(contentsOf: Self.documentPath, encoding: .utf8)
        let paths = [
            "/accounts:", "/accounts/me:", "/accounts/me/settings:", "/sessions:", "/sessions/current:", "/tokens:", "/tokens/{id}:",
            "/subjects:", "/subjects/{id}:", "/subjects/{id}/claim-code:", "/claims:", "/samples:", "/samples/{id}:", "/jobs/{id}:",
            "/reports:", "/reports/{id}:", "/export:", "/openapi.yaml:", "/ask:", "/events:", "/events/{id}:", "/diary:",
            "/diary/analysis:", "/timeline:",
        ]
        for path in paths { #expect(file.contains("\n  \(path)\n"), "\(path) is not documented") }
    }

    @Test func documentedPathWithAnotherMethodIs405() async throws {
        let harness = try await ServiceHarness()
        try await harness.test { client in
            let answer = try await client.execute(uri: "/api/v1/reports/\(UUID())", method: .put)
            #expect(answer.status == .methodNotAllowed)
            #expect(answer.headers[.allow] == "GET")
            _ = try JSON.error(answer.body)
            let tokens = try await client.execute(uri: "/api/v1/tokens", method: .patch)
            #expect(tokens.headers[.allow] == "GET, POST")
            #expect(try await client.execute(uri: "/api/v1/no/such/route", method: .put).status == .notFound)
        }
    }

    @Test func routeTableIsReadFromTheDocument() {
        let table = APIRouteTable.documented
        #expect(table.routes.count == 24)  // + GET /timeline
        #expect(table.allowedMethods(apiPath: "/accounts/me") == ["DELETE", "GET"])
        #expect(table.allowedMethods(apiPath: "/subjects/123/claim-code") == ["POST"])
        #expect(table.allowedMethods(apiPath: "/nothing") == nil)
    }
}
