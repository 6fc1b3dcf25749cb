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
            "/reports:", "/reports/{id}:", "/export:", "/openapi.yaml:",
        ]
        for path in paths { #expect(file.contains("\n  \(path)\n"), "\(path) is not documented") }
    }
}
