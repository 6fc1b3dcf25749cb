import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import GutSkinService

/// The served OpenAPI document is docs/openapi.yaml, and it names every /api/v1 route the router has.
@Suite struct OpenAPIDocumentTests {
    static let documentPath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/openapi.yaml")

    @Test func servedDocumentIsTheRepositorysFile() async throws {
        let harness = try await ServiceHarness()
        let file = try String(contentsOf: Self.documentPath, encoding: .utf8)
        try await harness.test { client in
            let answer = try await client.execute(uri: "/api/v1/openapi.yaml", method: .get)
            #expect(answer.status == .ok)
            #expect(String(buffer: answer.body) == file, "docs/openapi.yaml and OpenAPIDocument.yaml differ")
        }
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
