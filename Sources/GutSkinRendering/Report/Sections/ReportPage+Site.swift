import GutSkinAxis

extension ReportPage {
    /// The gut or skin section: where the sample came from, then per group of scores its cards,
    /// the genus bars (balance and skin groups) and the answers related to it; then GMHI (gut)
    /// and the person on the reference map. `missing` is the text when there is no sample.
    static func siteSection(
        _ result: GutSkinReport.SiteResult?, reference: GutSkinReference?, id: String, title: String,
        missing: String, context: inout Context
    ) -> String {
        var html = "<section id=\"\(id)\"><h2>\(title)</h2>"
        guard let result else { return html + "<p class=\"muted\">\(missing)</p></section>\n" }
        html += sampleParagraph(result)
        for section in ScoreKind.Section.allCases {
            let scores = result.scores.filter { $0.section == section }
            guard !scores.isEmpty else { continue }
            html += scoreGroup(section, scores: scores, of: result, context)
            html += answers(context.answersNotYetShown(for: section), context)
        }
        if result.site == .gut, let gmhi = result.gmhi {
            html += gmhiParagraph(gmhi, context)
        }
        if let reference {
            html += referenceMap(reference, result: result, context)
        }
        return html + "</section>\n"
    }

    /// Which sample, from which table, how deep, and the reference it is compared with.
    static func sampleParagraph(_ result: GutSkinReport.SiteResult) -> String {
        var html = "<p class=\"muted\">Sample \(HTMLText.escape(result.sampleId)) "
        html += "from \(HTMLText.escape(result.table)), \(HTMLText.number(result.reads, decimals: 0)) reads"
        html += result.rarefiedTo.map { ", rarefied to \($0) reads" } ?? ", not rarefied (too shallow)"
        html += ", compared with \(result.reference.samples) samples of \(HTMLText.escape(result.reference.name)) "
        html += "(\(HTMLText.escape(result.reference.siteDetail))).</p>"
        return html
    }

    /// One group of scores (diversity, balance, metabolism …): heading, cards, and for the
    /// balance and skin groups the genus bars.
    static func scoreGroup(
        _ section: ScoreKind.Section, scores: [GutSkinReport.ScoreResult], of result: GutSkinReport.SiteResult,
        _ context: Context
    ) -> String {
        var html = "<h3>\(HTMLText.escape(section.title))</h3>"
        if section == .metabolism {
            html += """
                <p class="note">Shares of reads from genera that a cited study shows can make each compound. \
                16S reads name many bacteria only to family (shown as “unresolved genus”), and those are not \
                counted, so these shares are lower bounds. Being able to make a compound is not the same as \
                making it.</p>
                """
        }
        html += "<div class=\"scores\">"
        for score in scores { html += scoreCard(score, site: result.site, context) }
        html += "</div>"
        if section == .balance || (section == .skin) {
            html += genusBars(result, context)
        }
        return html
    }
}
