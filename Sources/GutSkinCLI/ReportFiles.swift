import Foundation
import GutSkinAxis
import GutSkinFormats

/// Writes a report's HTML and JSON side by side, each atomically.
enum ReportFiles {
    /// `out/ana.html` → `out/ana.json`.
    static func jsonPath(forHTML path: String) -> String {
        (path.lowercased().hasSuffix(".html") ? String(path.dropLast(5)) : path) + ".json"
    }

    static func json(_ report: GutSkinReport) throws -> Data {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        var data = try encoder.encode(report)
        data.append(0x0A)
        return data
    }

    static func write(_ report: GutSkinReport, gutReference: GutSkinReference?, skinReference: GutSkinReference?, html: String) throws {
        let page = ReportPage.render(report, gutReference: gutReference, skinReference: skinReference)
        let json = try json(report)
        // Both or neither: a failure never leaves a report's JSON without its page.
        try AtomicFileWriter.write([(Data(page.utf8), html), (json, jsonPath(forHTML: html))])
    }
}
