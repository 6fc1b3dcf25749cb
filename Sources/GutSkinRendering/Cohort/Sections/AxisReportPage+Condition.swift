import GutSkinAxis

extension AxisReportPage {
    /// One condition at one site: its cases and controls among the site's people.
    struct ConditionAtSite {
        let condition: String
        let profile: SiteProfile
        let cases: [Int], controls: [Int]
        var site: String { profile.site.value }

        init(_ condition: String, _ profile: SiteProfile) {
            self.condition = condition
            self.profile = profile
            (cases, controls) = profile.groups(for: condition)
        }

        /// Whether a row of results belongs to this condition and site.
        func holds(condition: String, site: String) -> Bool { condition == self.condition && site == self.site }
    }

    /// What the literature reports about the gut and skin microbiome in a condition gutskin has
    /// statements for, each with its grade and sources (the same statements as the person's report).
    static func conditionLiterature(_ condition: String) -> String {
        guard let topic = LiteratureAssociation.Topic(condition: condition) else { return "" }
        let statements = LiteratureAssociation.standard.filter { $0.topic == topic }
        guard !statements.isEmpty else { return "" }
        return "<div class=\"answers\"><h4>What the literature reports (associations, not causes)</h4><ul>"
            + statements.map(EvidenceHTML.statementItem).joined() + "</ul></div>\n"
    }

    /// A condition's section: per site, the group sizes, alpha box plots and tests, the PCoA
    /// and beta tests, and the differential genera.
    static func conditionSection(_ condition: String, _ result: CohortAnalysisResult) -> String {
        var html = "<h2>\(esc(condition))</h2>\n" + conditionLiterature(condition)
        for profile in result.profiles {
            let group = ConditionAtSite(condition, profile)
            let minimum = result.settings.minimumGroupSize
            html += "<h3>\(esc(condition)) at \(esc(group.site)): "
            html += "\(group.cases.count) cases, \(group.controls.count) controls</h3>\n"
            if group.cases.count < minimum || group.controls.count < minimum {
                html += "<p class=\"warning\">Too few people to test (fewer than \(minimum) per group): "
                html += "measures are described, no p-values are given.</p>\n"
            }
            html += alphaBoxPlots(group)
            html += groupTestTables(group, result)
            html += pcoaFigure(group, result)
            html += betaTestTable(group, result)
            html += differentialGenera(group, result)
        }
        return html
    }

    static func alphaBoxPlots(_ group: ConditionAtSite) -> String {
        var html = "<figure>"
        for (metric, values) in group.profile.alpha {
            let plot = BoxPlot(
                title: metric.rawValue, yLabel: metric.rawValue,
                groups: [
                    .init(label: "cases", values: group.cases.map { values[$0] }, colour: caseColour),
                    .init(label: "controls", values: group.controls.map { values[$0] }, colour: controlColour),
                ])
            html += "<div style=\"display:inline-block;width:32%;min-width:220px\">\(plot.render())</div>"
        }
        return html + "<figcaption>Alpha diversity of cases and controls (one sample per person).</figcaption></figure>\n"
    }

    static func groupRows(_ rows: [GroupTestRow]) -> [[String]] {
        rows.map {
            [
                $0.measure, "\($0.caseCount)", "\($0.controlCount)", num($0.caseMedian), num($0.controlMedian),
                $0.note.isEmpty ? num($0.effect, 2) : "–", $0.note.isEmpty ? p($0.pValue) : $0.note, p($0.qValue),
            ]
        }
    }

    /// Mann–Whitney tests of alpha diversity, then of the scores (when there are any).
    static func groupTestTables(_ group: ConditionAtSite, _ result: CohortAnalysisResult) -> String {
        let alphaRows = result.alphaTests.filter { group.holds(condition: $0.condition, site: $0.site) }
        let scoreRows = result.scoreTests.filter { group.holds(condition: $0.condition, site: $0.site) }
        let columns = ["n cases", "n controls", "median cases", "median controls", "rank-biserial r", "p (Mann–Whitney)", "q"]
        var html = """
            <p class="note">q: Benjamini–Hochberg over every alpha-diversity test (all conditions and sites, \
            alpha-tests.tsv); score rows over every score test (score-tests.tsv).</p>
            """
        html += table(["measure"] + columns, groupRows(alphaRows), numeric: [1, 2, 3, 4, 5, 6, 7])
        if !scoreRows.isEmpty {
            let rows = groupRows(scoreRows).map { row in
                [ScoreKind(rawValue: row[0])?.isShare == true ? row[0] + " (fraction 0–1)" : row[0]] + row.dropFirst()
            }
            html += table(["score (shares: fraction of reads, 0–1)"] + columns, rows, numeric: [1, 2, 3, 4, 5, 6, 7])
        }
        return html
    }

    /// Everyone at the site on the Bray–Curtis PCoA, coloured by group.
    static func pcoaFigure(_ group: ConditionAtSite, _ result: CohortAnalysisResult) -> String {
        guard let ordination = result.ordinations["\(group.site)|braycurtis"] else { return "" }
        let caseSet = Set(group.cases)
        let controlSet = Set(group.controls)
        let points = (0..<group.profile.count).map { person in
            ScatterPlot.Point(
                x: ordination.x[person], y: ordination.y[person],
                group: caseSet.contains(person) ? "cases" : (controlSet.contains(person) ? "controls" : "other / unknown"),
                label: group.profile.subjects[person])
        }
        let plot = ScatterPlot(
            title: "PCoA, Bray–Curtis, \(group.site)", xLabel: "PC1 (\(HTMLText.percent(ordination.explained.0)))",
            yLabel: "PC2 (\(HTMLText.percent(ordination.explained.1)))", points: points,
            groups: [("cases", caseColour), ("controls", controlColour)])
        return """
            <figure>\(plot.render())<figcaption>Everyone with a sample at the site; grey: other conditions \
            or unknown.</figcaption></figure>

            """
    }

    /// PERMANOVA, PERMDISP and adonis per metric.
    static func betaTestTable(_ group: ConditionAtSite, _ result: CohortAnalysisResult) -> String {
        let betaRows = result.betaTests.filter { group.holds(condition: $0.condition, site: $0.site) }
        var html = """
            <p class="note">q: Benjamini–Hochberg per test type over all conditions, sites and metrics \
            (PERMANOVA, PERMDISP and adonis are separate families; beta-tests.tsv).</p>
            """
        html += table(
            ["metric", "test", "n cases", "n controls", "statistic", "R²", "p", "q", "note"],
            betaRows.map {
                [
                    $0.metric, $0.test, "\($0.caseCount)", "\($0.controlCount)", num($0.statistic), num($0.rSquared),
                    p($0.pValue), p($0.qValue), $0.note,
                ]
            },
            numeric: [2, 3, 4, 5, 6, 7], wide: true)
        return html
    }
}
