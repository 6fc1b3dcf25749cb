import GutSkinAxis
import GutSkinDiary

extension DiaryReportLinks {
    /// The report page's "From your diary" section (for `gutskin report --diary`): per part of the
    /// report, its diary candidates with effect, 95% interval, q and the plain sentence, and the
    /// caution; empty when nothing in the diary relates to the report.
    public static func html(_ result: DiaryAnalysisResult, vocabulary: TagVocabulary = .standard) -> String {
        let grouped = candidates(result.candidates, vocabulary: vocabulary)
        guard !grouped.isEmpty else { return "" }
        var html = "<section id=\"diary\"><h2>From your diary</h2>"
        html += "<div class=\"warning\"><strong>Caution.</strong> \(HTMLText.escape(DiaryPage.caution))</div>"
        for (section, candidates) in grouped {
            html += "<h3>\(HTMLText.escape(section.title))</h3>"
            html += "<p class=\"muted\">Beside <a href=\"#\(section.anchor)\">\(HTMLText.escape(section.reportPart))</a>.</p>"
            html += "<div class=\"table-scroll\"><table><thead><tr><th>Food or product</th><th>Symptom</th><th>Lag (days)</th>"
            html += "<th class=\"number\">Effect (points)</th><th class=\"number\">95% interval</th><th class=\"number\">q</th>"
            html += "<th>In words</th></tr></thead><tbody>"
            for candidate in candidates {
                let interval = candidate.ciLow.flatMap { low in
                    candidate.ciHigh.map { "\(HTMLText.number(low, decimals: 1)) to \(HTMLText.number($0, decimals: 1))" }
                }
                html += "<tr><td>\(HTMLText.escape(candidate.exposure))</td><td>\(HTMLText.escape(candidate.symptom))</td>"
                html += "<td class=\"number\">\(candidate.lag)</td>"
                html += "<td class=\"number\">\(candidate.effect >= 0 ? "+" : "")\(HTMLText.number(candidate.effect, decimals: 1))</td>"
                html += "<td class=\"number\">\(interval ?? "–")</td>"
                html += "<td class=\"number\">\(candidate.qValue.map { HTMLText.number($0, decimals: 3) } ?? "–")</td>"
                html +=
                    "<td>\(HTMLText.escape(DiarySentence.candidate(candidate, tests: result.testsRun, permutations: result.permutations)))</td></tr>"
            }
            html += "</tbody></table></div>"
        }
        return html + "</section>\n"
    }
}
