import GutSkinAxis

extension ReportPage {
    /// One score's card: title and value, percentile gauge, band and the reference's
    /// 10th–90th percentiles, and the explanation (with the genera counted, for trait shares).
    static func scoreCard(_ score: GutSkinReport.ScoreResult, site: BodySite, _ context: Context) -> String {
        func show(_ value: Double?) -> String {
            guard let value else { return "–" }
            return score.id.formatted(value)
        }
        let band =
            score.percentile.map { _ in "<span class=\"band band-\(score.band.rawValue)\">\(score.band.rawValue)</span>" }
            ?? "<span class=\"band band-none\">no percentile</span>"
        let place = score.percentile.map { "\(HTMLText.ordinal($0)) percentile · " } ?? ""
        let unit = score.id.isShare ? "" : " <small>\(HTMLText.escape(score.unit))</small>"
        var html = "<div class=\"score\" id=\"score-\(site.rawValue)-\(score.id.rawValue)\">"
        html += "<div class=\"score-head\"><span><strong>\(HTMLText.escape(score.title))</strong>"
        html += "\(context.cite(score.citations))</span><span class=\"value\">\(show(score.value))\(unit)</span></div>"
        let gaugeTitle = "\(score.title): \(score.percentile.map { HTMLText.ordinal($0) + " percentile" } ?? "no percentile")"
        html += PercentileGauge.svg(percentile: score.percentile, title: gaugeTitle)
        html += "<div class=\"score-place\">\(band) \(place)healthy reference 10th–90th percentile: "
        html += "\(show(score.referenceP10)) to \(show(score.referenceP90))</div>"
        var explanation = score.explanation
        if let trait = score.id.trait {
            let genera = TraitTable.standard.assignments(for: trait).map { "\($0.genus) (\($0.grade.words))" }
            explanation += " Genera counted, with the evidence grade that each carries the trait: \(genera.joined(separator: ", "))."
        }
        let note = score.note.map { " <strong>" + HTMLText.escape($0) + "</strong>" } ?? ""
        html += "<p class=\"note\">\(HTMLText.escape(explanation))\(note)</p></div>"
        return html
    }
}
