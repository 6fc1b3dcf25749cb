import GutSkinAxis

/// The gut–skin report as one self-contained HTML page: summary first, in plain words; then
/// each section with its plots; then the references used and the sources cited. No scripts
/// and no network requests, so it works offline and prints as it looks.
///
/// Each section is drawn by its own function, one file per group of sections in `Page/`:
/// header and summary, the gut and skin sections (score cards, genus bars, map), the breath test,
/// the questionnaire, and how the report was made with its sources. `Context` carries what they
/// share: citation numbers and which answers have been shown.
public enum ReportPage {
    /// Section ids every page has, in order (a browser check looks for each).
    public static let sectionIDs = ["summary", "gut", "skin", "breath-test", "questionnaire", "about", "sources"]

    public static func render(
        _ report: GutSkinReport, gutReference: GutSkinReference?, skinReference: GutSkinReference?
    ) -> String {
        var context = Context(report: report)
        var html = header(report)
        html += summarySection(report)
        if let timeline = report.timeline { html += TimelineSection.html(timeline) }
        html += siteSection(
            report.gut, reference: gutReference, id: "gut", title: "Gut",
            missing: "No gut sample was given.", context: &context)
        html += siteSection(
            report.skin, reference: skinReference, id: "skin", title: "Skin",
            missing: "No skin sample was given.", context: &context)
        html += skinPHParagraph(report.skinPh, context)
        html += breathTestSection(report.breathTest, context)
        html += questionnaireSection(report.questionnaire, context)
        html += aboutSection(report, context)
        html += sourcesSection(report.citations)
        return HTMLPage.render(title: "Gut–skin report — \(sampleNames(report).joined(separator: ", "))", body: html)
    }
}
