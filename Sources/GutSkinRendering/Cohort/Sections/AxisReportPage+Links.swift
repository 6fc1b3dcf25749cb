import GutSkinAxis

extension AxisReportPage {
    /// Gut–skin links within people: notes, diversity correlations (table and Shannon scatter
    /// plots), Mantel and Procrustes, and per gut site × skin site the genus heat map.
    static func linksSection(_ result: CohortAnalysisResult) -> String {
        var html = "<h2>Gut–skin links within people</h2>\n"
        for note in result.linkNotes { html += "<p class=\"warning\">\(esc(note))</p>\n" }
        if !result.linkAlpha.isEmpty {
            html += alphaLinks(result)
        }
        if !result.linkBeta.isEmpty {
            html += betaLinks(result)
        }
        let pairs = Array(Set(result.linkGenera.map { "\($0.gutSite)\u{1}\($0.skinSite)" })).sorted()
        for pair in pairs {
            let rows = result.linkGenera.filter { "\($0.gutSite)\u{1}\($0.skinSite)" == pair }
            html += genusLinks(rows)
        }
        return html
    }

    static func alphaLinks(_ result: CohortAnalysisResult) -> String {
        var html = """
            <h3>Gut vs skin diversity (Spearman)</h3>
            <p class="note">q: Benjamini–Hochberg over every row of this table (links-alpha.tsv).</p>

            """
        html += table(
            ["gut site", "skin site", "metric", "n", "rho", "p", "q"],
            result.linkAlpha.map {
                [$0.gutSite, $0.skinSite, $0.metric, "\($0.count)", num($0.rho), p($0.pValue), p($0.qValue)]
            },
            numeric: [3, 4, 5, 6], wide: true)
        for gut in result.profiles where gut.site.role == .gut {
            for skin in result.profiles where skin.site.role == .skin {
                html += shannonScatterPlot(gut: gut, skin: skin, minimumPeople: result.settings.minimumGroupSize)
            }
        }
        return html
    }

    /// Gut Shannon against skin Shannon for the people with both; empty with too few of them.
    static func shannonScatterPlot(gut: SiteProfile, skin: SiteProfile, minimumPeople: Int) -> String {
        guard let x = gut.alphaValues(.shannon), let y = skin.alphaValues(.shannon) else { return "" }
        let index = Dictionary(uniqueKeysWithValues: skin.subjects.enumerated().map { ($1, $0) })
        let points = gut.subjects.enumerated().compactMap { person, subject in
            index[subject].map { ScatterPlot.Point(x: x[person], y: y[$0], group: "people", label: subject) }
        }
        guard points.count >= minimumPeople else { return "" }
        let plot = ScatterPlot(
            title: "Shannon: \(gut.site.value) vs \(skin.site.value)", xLabel: "gut Shannon", yLabel: "skin Shannon",
            points: points, groups: [("people", Palette.reference)])
        return "<figure>\(plot.render())</figure>\n"
    }

    static func betaLinks(_ result: CohortAnalysisResult) -> String {
        var html = """
            <h3>Gut vs skin communities: Mantel and Procrustes</h3>
            <p class="note">q: Benjamini–Hochberg over every row of this table (links-beta.tsv).</p>

            """
        html += table(
            ["gut × skin site", "metric", "test", "n", "statistic", "p", "q", "disparity"],
            result.linkBeta.map {
                [
                    "\($0.gutSite) × \($0.skinSite)", $0.metric, $0.test, "\($0.count)", "\($0.statisticName) \(num($0.statistic))",
                    p($0.pValue), p($0.qValue), num($0.disparity),
                ]
            },
            numeric: [3, 5, 6, 7], wide: true)
        return html
    }
}
