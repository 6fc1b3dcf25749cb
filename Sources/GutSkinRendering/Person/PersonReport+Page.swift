import Foundation
import GutSkinAxis
import GutSkinFormats

/// A report's page, and writing it beside its JSON, both or neither.
extension PersonReport {
    /// The report page (one file, no scripts, nothing fetched).
    public func html() -> String {
        ReportPage.render(report, gutReference: gutReference, skinReference: skinReference)
    }

    /// Writes the page to `html` and the JSON beside it (`out/ana.html` → `out/ana.json`).
    public func write(html path: String) throws {
        // Both or neither: a failure never leaves a report's JSON without its page.
        try AtomicFileWriter.write([(Data(html().utf8), path), (try json(), Self.jsonPath(forHTML: path))])
    }
}
