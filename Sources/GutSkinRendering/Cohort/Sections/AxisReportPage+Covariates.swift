import GutSkinAxis

extension AxisReportPage {
    /// The diet and lifestyle panel: each covariate against each gut outcome.
    static func covariateSection(_ result: CohortAnalysisResult) -> String {
        var html = "<h2>Diet and lifestyle</h2>\n"
        guard !result.covariates.isEmpty else {
            return html + "<p>No --covariate columns were named.</p>\n"
        }
        if result.covariateTests.isEmpty { return html + "<p>No gut site, so there is no diet panel.</p>\n" }
        let note = "<p class=\"note\">q: Benjamini–Hochberg over every row of this table (covariate-tests.tsv).</p>"
        html += note
        html += table(
            [
                "covariate", "site", "outcome", "test", "n", "groups", "median per group", "statistic", "effect size", "p",
                "q", "note",
            ],
            result.covariateTests.map {
                [
                    $0.covariate, $0.site, $0.outcome, $0.test, "\($0.count)", $0.groups, $0.medians, num($0.statistic),
                    $0.effectName.isEmpty ? "–" : "\($0.effectName) \(num($0.effect))", p($0.pValue), p($0.qValue), $0.note,
                ]
            },
            numeric: [4, 7, 9, 10], wide: true)
        return html
    }

    static func methodsSection(_ result: CohortAnalysisResult) -> String {
        """
        <h2>Methods and files</h2>
        <ul>
        <li>Alpha diversity (Shannon, observed features, Faith's PD) and distances (Bray–Curtis, unweighted and \
        weighted UniFrac) as scikit-bio 0.7.4; Mann–Whitney U and Spearman as SciPy 1.17.</li>
        <li>PERMANOVA, PERMDISP (spatial median) and Mantel as scikit-bio; adonis as vegan's adonis2 (by terms, \
        covariates first); Procrustes as scipy.spatial.procrustes, PROTEST as vegan's protest.</li>
        <li>ANCOM-BC as scikit-bio's ancombc (pseudocount 1, Benjamini–Hochberg); the ALDEx2-style method: \
        \(result.settings.aldexInstances) Dirichlet Monte Carlo CLR instances, Welch t.</li>
        <li>Every number on this page is in a TSV of this folder; README.txt says which.</li>
        </ul>

        """
    }
}
