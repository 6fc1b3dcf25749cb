import Foundation

/// The report JSON (schema `gutskin-report`, docs/report-schema.md): what apps and the service
/// store; the page is rendered from the same data (`GutSkinRendering`).
extension PersonReport {
    public func json() throws -> Data { try Self.json(report) }

    /// The JSON text of a report: snake_case keys, sorted, non-finite numbers as strings.
    public static func json(_ report: GutSkinReport) throws -> Data {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        var data = try encoder.encode(report)
        data.append(0x0A)
        return data
    }

    /// `out/ana.html` → `out/ana.json`.
    public static func jsonPath(forHTML path: String) -> String {
        (path.lowercased().hasSuffix(".html") ? String(path.dropLast(5)) : path) + ".json"
    }
}
