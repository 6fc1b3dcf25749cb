import GutSkinAxis
import GutSkinDiary

/// The page's tables: ranked candidates, adjusted models, travelling exposures, phases, a challenge.
extension DiaryPage {
    /// A table row; `numeric` cells are right-aligned. Cells are already escaped HTML.
    static func row(_ cells: [String], numeric: Set<Int> = [], header: Bool = false) -> String {
        let tag = header ? "th" : "td"
        return "<tr>"
            + cells.enumerated().map { index, cell in
                "<\(tag)\(numeric.contains(index) ? " class=\"number\"" : "")>\(cell)</\(tag)>"
            }.joined() + "</tr>\n"
    }

    static func table(_ headers: [String], numeric: Set<Int>, rows: [[String]], wide: Bool = false) -> String {
        "<div class=\"table-scroll\(wide ? " wide" : "")\"><table><thead>" + row(headers, numeric: numeric, header: true)
            + "</thead><tbody>\n" + rows.map { row($0, numeric: numeric) }.joined() + "</tbody></table></div>\n"
    }

    static func signed(_ value: Double) -> String { (value > 0 ? "+" : "") + HTMLText.number(value, decimals: 2) }

    static func interval(_ low: Double?, _ high: Double?) -> String {
        guard let low, let high else { return "–" }
        return "\(HTMLText.number(low, decimals: 1)) to \(HTMLText.number(high, decimals: 1))"
    }

    static func p(_ value: Double?, decimals: Int = 4, missing: String = "–") -> String {
        value.map { HTMLText.number($0, decimals: decimals) } ?? missing
    }

    static func candidateTable(_ result: DiaryAnalysisResult) -> String {
        let tested = result.candidates.filter { $0.pValue != nil }.prefix(tableRows)
        var html = "<h2>Candidates, strongest evidence first</h2>\n"
        guard !tested.isEmpty else {
            let closest = result.candidates.sorted {
                max($0.moreExposedDaysNeeded, $0.moreUnexposedDaysNeeded) < max($1.moreExposedDaysNeeded, $1.moreUnexposedDaysNeeded)
            }.prefix(5)
            return html + "<p>Nothing could be tested yet.</p><ul>"
                + closest.map { "<li>\(HTMLText.escape(DiarySentence.candidate($0, tests: 0)))</li>" }.joined() + "</ul>\n"
        }
        let headers = ["Exposure", "Symptom", "Lag (days)", "Effect", "95% interval", "p", "q", "Days with / without", "In plain words"]
        html += table(
            headers, numeric: [2, 3, 4, 5, 6, 7],
            rows: tested.map { c in
                [
                    HTMLText.escape(c.exposure), HTMLText.escape(c.symptom), "\(c.lag)", signed(c.effect), interval(c.ciLow, c.ciHigh),
                    p(c.pValue), p(c.qValue, decimals: 3), "\(c.nExposed) / \(c.nUnexposed)",
                    HTMLText.escape(DiarySentence.candidate(c, tests: result.testsRun, permutations: result.permutations)),
                ]
            }, wide: true)
        let tooFew = result.candidates.filter(\.tooFew)
        if !tooFew.isEmpty {
            html +=
                "<p class=\"note\">\(tooFew.count) comparisons had too few days for a p-value, for example: "
                + tooFew.prefix(3).map { HTMLText.escape(DiarySentence.candidate($0, tests: 0)) }.joined(separator: " ") + "</p>\n"
        }
        return html
    }

    static func adjustedSection(_ result: DiaryAnalysisResult) -> String {
        guard !result.adjusted.isEmpty else { return "" }
        var html =
            "<h2>Candidates side by side</h2>\n<p class=\"note\">Each symptom's leading candidates fitted together (a "
            + "regression with Newey–West standard errors), so an exposure that only travels with another loses its effect here.</p>\n"
        for model in result.adjusted {
            html += "<h3>\(HTMLText.escape(model.symptom)) (\(model.days) days)</h3>\n"
            let headers = ["Exposure", "Lag", "Alone", "Together", "95% interval", "p"]
            html += table(
                headers, numeric: [1, 2, 3, 4, 5],
                rows: model.terms.map { term in
                    [
                        HTMLText.escape(term.exposure), "\(term.lag)", signed(term.unadjustedEffect), signed(term.effect),
                        interval(term.ciLow, term.ciHigh), p(term.pValue),
                    ]
                })
        }
        return html
    }

    static func coExposureSection(_ result: DiaryAnalysisResult) -> String {
        guard !result.coExposures.isEmpty else { return "" }
        return "<h2>Exposures that travel together</h2>\n<ul>"
            + result.coExposures.prefix(10).map { pair in
                let first = HTMLText.escape(pair.first)
                let second = HTMLText.escape(pair.second)
                return "<li>\(first) and \(second): \(pair.daysBoth) days with both, \(pair.daysFirst) with \(first), "
                    + "\(pair.daysSecond) with \(second) (overlap \(HTMLText.percent(pair.overlap)))</li>"
            }.joined() + "</ul>\n"
    }

    static func phaseSection(_ result: DiaryAnalysisResult) -> String {
        guard !result.phases.isEmpty else { return "" }
        let headers = ["Item", "Symptom", "Reintroduction − elimination", "Days (elimination / reintroduction)", "p"]
        return "<h2>Elimination and reintroduction</h2>\n"
            + table(
                headers, numeric: [2, 3, 4],
                rows: result.phases.map { phase in
                    [
                        HTMLText.escape(phase.item), HTMLText.escape(phase.symptom), signed(phase.effect),
                        "\(phase.nElimination) / \(phase.nReintroduction)", p(phase.pValue, missing: "too few days"),
                    ]
                })
            + "<p class=\"note\">A phase comparison cannot separate the item from anything else that changed over the same weeks.</p>\n"
    }

    static func challengeSection(_ result: DiaryAnalysisResult) -> String {
        guard let challenge = result.challenge else { return "" }
        var html =
            "<h2>Your \(HTMLText.escape(challenge.item)) challenge</h2>\n<p>\(challenge.days) days from \(challenge.start) "
            + "in blocks of \(challenge.blockDays) days; symptoms \(challenge.lag) day\(challenge.lag == 1 ? "" : "s") later compared "
            + "between eating and avoiding blocks against all \(challenge.schedulesCompared) schedules the draw could have given "
            + "(smallest possible p \(HTMLText.number(challenge.smallestPossiblePValue, decimals: 4))).</p>\n"
        if let adherence = challenge.adherence {
            html += "<p class=\"note\">The diary matched the plan on \(HTMLText.percent(adherence)) of logged days.</p>\n"
        }
        let headers = ["Symptom", "Eating − avoiding", "Days (eating / avoiding)", "p"]
        return html
            + table(
                headers, numeric: [1, 2, 3],
                rows: challenge.symptoms.map {
                    [HTMLText.escape($0.symptom), signed($0.effect), "\($0.nEat) / \($0.nAvoid)", p($0.pValue, missing: "too few days")]
                })
    }
}
