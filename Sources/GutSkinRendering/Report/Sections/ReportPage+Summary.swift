import GutSkinAxis

extension ReportPage {
    /// "gut sample …" and "skin sample …", for the samples the report has.
    static func sampleNames(_ report: GutSkinReport) -> [String] {
        [report.gut.map { "gut sample \($0.sampleId)" }, report.skin.map { "skin sample \($0.sampleId)" }]
            .compactMap { $0 }
    }

    static func header(_ report: GutSkinReport) -> String {
        let names = HTMLText.escape(sampleNames(report).joined(separator: " · "))
        return "<header><p class=\"muted\">gutskin report · \(names)</p><h1>Your gut–skin report</h1></header>\n"
    }

    /// The summary sentences and the disclaimer, then the report's warnings.
    static func summarySection(_ report: GutSkinReport) -> String {
        var html = "<section id=\"summary\" class=\"summary\"><h2 style=\"border:0;margin-top:0\">Summary</h2><ul>"
        for sentence in report.summary { html += "<li>\(HTMLText.escape(sentence))</li>" }
        html += "</ul><p class=\"note\">\(HTMLText.escape(report.disclaimer))</p></section>\n"
        for warning in report.warnings {
            html += "<p class=\"warning\"><strong>Note:</strong> \(HTMLText.escape(warning))</p>\n"
        }
        return html
    }
}
