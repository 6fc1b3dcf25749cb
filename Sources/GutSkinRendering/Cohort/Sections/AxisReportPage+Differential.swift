import GutSkinAxis

extension AxisReportPage {
    /// The differential genera of a condition at a site: the ANCOM-BC volcano plot, the 10
    /// genera with the smallest p per method, and the methods skipped with the reason.
    static func differentialGenera(_ group: ConditionAtSite, _ result: CohortAnalysisResult) -> String {
        let tested = result.differential.filter { group.holds(condition: $0.condition, site: $0.site) && !$0.genus.isEmpty }
        let ancom = tested.filter { $0.method == "ANCOM-BC" }
        let aldex = tested.filter { $0.method == "ALDEx2" }
        var html = ""
        if !ancom.isEmpty { html += volcanoFigure(ancom, group) }
        for rows in [ancom, aldex] where !rows.isEmpty { html += smallestP(rows) }
        for skipped in result.skippedDifferential where group.holds(condition: skipped.condition, site: skipped.site) {
            html += "<p class=\"note\">\(esc(skipped.method)) (\(skipped.caseCount) cases, \(skipped.controlCount) controls): "
            html += "\(esc(skipped.reason)).</p>\n"
        }
        return html
    }

    static func volcanoFigure(_ ancom: [DifferentialRow], _ group: ConditionAtSite) -> String {
        let plot = VolcanoPlot(
            title: "ANCOM-BC, \(group.condition) vs controls, \(group.site)", xLabel: "natural-log fold change (ANCOM-BC)",
            points: ancom.map { .init(label: $0.genus, effect: $0.logFoldChange, pValue: $0.pValue, qValue: $0.qValue) })
        return """
            <figure>\(plot.render())<figcaption>Cases vs controls. Coloured: q &lt; 0.05 (ANCOM-BC, \
            Benjamini–Hochberg over the genera tested for this condition at this site).</figcaption></figure>

            """
    }

    /// The 10 genera with the smallest p of one method's rows.
    static func smallestP(_ rows: [DifferentialRow]) -> String {
        let top = rows.sorted { ($0.pValue.isNaN ? 2 : $0.pValue) < ($1.pValue.isNaN ? 2 : $1.pValue) }.prefix(10)
        let method = rows[0].method
        let unit = method == "ALDEx2" ? "log2 fold change" : "natural-log fold change"
        var html = """
            <p class="note">\(esc(method)): the 10 genera with the smallest p of \(rows.count) tested (all in \
            differential-genera.tsv). q: Benjamini–Hochberg over the genera tested by \(esc(method)) for this \
            condition at this site.</p>
            """
        html += table(
            ["genus", "n cases", "n controls", unit, method == "ANCOM-BC" ? "W" : "effect", "p", "q"],
            top.map {
                [
                    $0.genus, "\($0.caseCount)", "\($0.controlCount)", num($0.logFoldChange), num($0.statistic),
                    p($0.pValue), p($0.qValue),
                ]
            },
            numeric: [1, 2, 3, 4, 5, 6])
        return html
    }
}
