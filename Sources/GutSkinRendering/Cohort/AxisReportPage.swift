import Foundation
import GutSkinAxis
import GutSkinKernels

/// The cohort report (`index.html`): one self-contained page with the cohort summary, a section
/// per condition (box plots, PCoA by group, volcano plot, tables with n, p and q), the gut–skin
/// links (heat map) and the diet panel.
///
/// Each section is drawn by its own functions, one file per section in `Page/`: cohort,
/// condition (with its differential genera), links (with the genus heat map), covariates and
/// methods. The formatting helpers below are what they share.
public enum AxisReportPage {
    static let caseColour = Palette.person, controlColour = Palette.reference

    public static func render(_ result: CohortAnalysisResult, commandLine: String, version: String) -> String {
        var body = "<h1>Gut–skin axis: cohort analysis</h1>\n"
        body += "<p class=\"muted\">gutskin \(esc(version)) · <code>\(esc(commandLine))</code></p>\n"
        body += cohortSection(result)
        for condition in result.design.conditions { body += conditionSection(condition, result) }
        if result.design.conditions.isEmpty {
            body += """
                <h2>Conditions</h2><p>No conditions were named, so there are no case–control comparisons; \
                the per-site measures are in per-person.tsv.</p>

                """
        }
        body += linksSection(result)
        body += covariateSection(result)
        body += methodsSection(result)
        return HTMLPage.render(title: "Gut–skin axis cohort analysis", body: body)
    }

    static func esc(_ text: String) -> String { HTMLText.escape(text) }
    static func num(_ value: Double, _ decimals: Int = 3) -> String { HTMLText.number(value, decimals: decimals) }
    static func p(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        return value < 0.001 ? String(format: "%.1e", value) : HTMLText.number(value, decimals: 3)
    }

    /// `wide`: a table with many columns — smaller type and wrapping text cells, so p and q stay in
    /// view at laptop widths; it still scrolls sideways on narrow screens.
    static func table(_ header: [String], _ rows: [[String]], numeric: Set<Int> = [], wide: Bool = false) -> String {
        func cellClass(_ index: Int) -> String { numeric.contains(index) ? " class=\"number\"" : "" }
        var html = "<div class=\"table-scroll\(wide ? " wide" : "")\"><table><thead><tr>"
        for (index, cell) in header.enumerated() { html += "<th\(cellClass(index))>\(esc(cell))</th>" }
        html += "</tr></thead><tbody>"
        for row in rows {
            html += "<tr>"
            for (index, cell) in row.enumerated() { html += "<td\(cellClass(index))>\(esc(cell))</td>" }
            html += "</tr>"
        }
        return html + "</tbody></table></div>\n"
    }
}
