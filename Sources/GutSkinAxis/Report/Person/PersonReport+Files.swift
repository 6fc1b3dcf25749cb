import Foundation
import GutSkinFormats

/// A report's two forms — the self-contained HTML page and the `gutskin-report` JSON — and
/// writing them side by side, both or neither.
extension PersonReport {
    /// The report page (one file, no scripts, nothing fetched).
    public func html() -> String {
        ReportPage.render(report, gutReference: gutReference, skinReference: skinReference)
    }

    /// The report JSON (schema `gutskin-report` v1, docs/report-schema.md).
    public func json() throws -> Data { try Self.json(report) }

    /// Writes the page to `html` and the JSON beside it (`out/ana.html` → `out/ana.json`).
    public func write(html path: String) throws {
        // Both or neither: a failure never leaves a report's JSON without its page.
        try AtomicFileWriter.write([(Data(html().utf8), path), (try json(), Self.jsonPath(forHTML: path))])
    }

    /// `out/ana.html` → `out/ana.json`.
    public static func jsonPath(forHTML path: String) -> String {
        (path.lowercased().hasSuffix(".html") ? String(path.dropLast(5)) : path) + ".json"
    }

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
}
