import Foundation
import GutSkinAxis
import GutSkinDiary
import GutSkinFormats

/// A report's page, and writing it beside its JSON, both or neither.
extension PersonReport {
    /// The report page (one file, no scripts, nothing fetched).
    public func html() -> String {
        ReportPage.render(report, gutReference: gutReference, skinReference: skinReference)
    }

    /// The report page with the diary's candidates beside it (a "From your diary" section before
    /// "How this report was made"; DiaryReportLinks says which belong to which part).
    public func html(diary: DiaryAnalysisResult?) -> String {
        let page = html()
        guard let diary else { return page }
        let section = DiaryReportLinks.html(diary)
        guard !section.isEmpty, let about = page.range(of: "<section id=\"about\">") else { return page }
        return page.replacingCharacters(in: about.lowerBound..<about.lowerBound, with: section)
    }

    /// Writes the page (with the diary's candidates when given) to `html` and the JSON beside it
    /// (`out/ana.html` → `out/ana.json`).
    public func write(html path: String, diary: DiaryAnalysisResult? = nil) throws {
        // Both or neither: a failure never leaves a report's JSON without its page.
        try AtomicFileWriter.write([(Data(html(diary: diary).utf8), path), (try json(), Self.jsonPath(forHTML: path))])
    }
}
