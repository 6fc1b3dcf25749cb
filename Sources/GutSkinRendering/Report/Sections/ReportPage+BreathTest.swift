import GutSkinAxis

extension ReportPage {
    /// The skin pH sentence, when a pH was given (it follows the skin section).
    static func skinPHParagraph(_ skinPh: SkinPHResult?, _ context: Context) -> String {
        guard let skinPh else { return "" }
        return "<p>\(HTMLText.escape(skinPh.sentence)) \(gradeLabel(skinPh.evidenceGrade))\(context.cite(skinPh.citations))</p>"
    }

    /// Hydrogen and methane results, the breath curve and what a positive test is linked with.
    static func breathTestSection(_ test: BreathTestReport?, _ context: Context) -> String {
        var html = "<section id=\"breath-test\"><h2>Breath test (small-intestinal overgrowth)</h2>"
        if let test {
            html += breathTestResult(test, context)
            html += "<figure>\(BreathTestChart.svg(test))<figcaption>\(HTMLText.escape(test.criteria))</figcaption></figure>"
            for note in context.report.breathTestLiterature {
                html += "<p class=\"note literature\">\(literatureNote(note, context))</p>"
            }
            html += "<p class=\"note\">A breath test result is not a diagnosis; discuss it with a clinician.</p>"
        } else {
            html += "<p class=\"muted\">No breath test was given.</p>"
        }
        return html + "</section>\n"
    }

    static func breathTestResult(_ test: BreathTestReport, _ context: Context) -> String {
        let hydrogen = test.hydrogenPositive ? "positive" : "negative"
        let methane = test.methanePositive.map { $0 ? "positive" : "negative" } ?? "not measured"
        let rise = test.maximumHydrogenRiseBy90MinutesPPM.map { HTMLText.number($0, decimals: 1) + " ppm" } ?? "–"
        let baseline = HTMLText.number(test.baselineHydrogenPPM, decimals: 1)
        let highestMethane = test.maximumMethanePPM.map { " — highest \(HTMLText.number($0, decimals: 1)) ppm" } ?? ""
        return """
            <p>Hydrogen: <strong>\(hydrogen)</strong> — largest rise by 90 minutes \(rise) over a baseline of \
            \(baseline) ppm. Methane: <strong>\(methane)</strong>\(highestMethane).\(context.cite([test.citation]))</p>
            """
    }
}
