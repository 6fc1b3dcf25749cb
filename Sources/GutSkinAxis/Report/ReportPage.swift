/// The gut–skin report as one self-contained HTML page: summary first, in plain words; then
/// each section with its plots; then the references used and the sources cited. No scripts
/// and no network requests, so it works offline and prints as it looks.
public enum ReportPage {
    /// Section ids every page has, in order (a browser check looks for each).
    public static let sectionIDs = ["summary", "gut", "skin", "breath-test", "questionnaire", "about", "sources"]

    public static func render(_ report: GutSkinReport, gutReference: GutSkinReference?, skinReference: GutSkinReference?) -> String {
        var sourceNumber = [String: Int]()
        for (index, citation) in report.citations.enumerated() { sourceNumber[citation.key] = index + 1 }
        func cite(_ keys: [String]) -> String {
            let links = keys.compactMap { key in sourceNumber[key].map { "<a href=\"#source-\(key)\">\($0)</a>" } }
            return links.isEmpty ? "" : "<sup>[\(links.joined(separator: ", "))]</sup>"
        }
        var html = ""
        let names = [report.gut.map { "gut sample \($0.sampleId)" }, report.skin.map { "skin sample \($0.sampleId)" }].compactMap { $0 }
        html += "<header><p class=\"muted\">gutskin report · \(HTMLText.escape(names.joined(separator: " · ")))</p><h1>Your gut–skin report</h1></header>\n"

        html += "<section id=\"summary\" class=\"summary\"><h2 style=\"border:0;margin-top:0\">Summary</h2><ul>"
        for sentence in report.summary { html += "<li>\(HTMLText.escape(sentence))</li>" }
        html += "</ul><p class=\"note\">\(HTMLText.escape(report.disclaimer))</p></section>\n"
        for warning in report.warnings { html += "<p class=\"warning\"><strong>Note:</strong> \(HTMLText.escape(warning))</p>\n" }

        var sectionsWithAnswers = Set<ScoreKind.Section>()
        func answers(for section: ScoreKind.Section) -> String {
            let related = report.questionnaire?.answers.filter { $0.relatesTo == section } ?? []
            // Each answer once: beside the first section it relates to.
            guard !related.isEmpty, sectionsWithAnswers.insert(section).inserted else { return "" }
            var text = "<div class=\"answers\"><h4>What you told us</h4><ul>"
            for answer in related {
                text += "<li><strong>\(HTMLText.escape(answer.question)):</strong> \(HTMLText.escape(answer.answer))"
                for note in answer.literature { text += "<br><span class=\"note\">\(HTMLText.escape(note.statement)) (\(HTMLText.escape(note.strength)))\(cite([note.citation]))</span>" }
                text += "</li>"
            }
            return text + "</ul></div>"
        }

        func siteSection(_ result: GutSkinReport.SiteResult?, reference: GutSkinReference?, id: String, title: String, missing: String) -> String {
            var text = "<section id=\"\(id)\"><h2>\(title)</h2>"
            guard let result else { return text + "<p class=\"muted\">\(missing)</p></section>\n" }
            text += "<p class=\"muted\">Sample \(HTMLText.escape(result.sampleId)) from \(HTMLText.escape(result.table)), \(HTMLText.number(result.reads, decimals: 0)) reads"
            text += result.rarefiedTo.map { ", rarefied to \($0) reads" } ?? ", not rarefied (too shallow)"
            text += ", compared with \(result.reference.samples) samples of \(HTMLText.escape(result.reference.name)) (\(HTMLText.escape(result.reference.siteDetail))).</p>"
            for section in ScoreKind.Section.allCases {
                let scores = result.scores.filter { $0.section == section }
                guard !scores.isEmpty else { continue }
                text += "<h3>\(HTMLText.escape(section.title))</h3>"
                if section == .metabolism {
                    text += "<p class=\"note\">Shares of reads from genera that a cited study shows can make each compound. 16S reads name many bacteria only to family (shown as “unresolved genus”), and those are not counted, so these shares are lower bounds. Being able to make a compound is not the same as making it.</p>"
                }
                text += "<div class=\"scores\">"
                for score in scores {
                    func show(_ value: Double?) -> String {
                        guard let value else { return "–" }
                        return score.id.formatted(value)
                    }
                    let band = score.percentile.map { _ in "<span class=\"band band-\(score.band.rawValue)\">\(score.band.rawValue)</span>" } ?? "<span class=\"band band-none\">no percentile</span>"
                    let place = score.percentile.map { "\(HTMLText.ordinal($0)) percentile · " } ?? ""
                    text += "<div class=\"score\" id=\"score-\(result.site.rawValue)-\(score.id.rawValue)\"><div class=\"score-head\"><span><strong>\(HTMLText.escape(score.title))</strong>\(cite(score.citations))</span><span class=\"value\">\(show(score.value))\(score.id.isShare ? "" : " <small>\(HTMLText.escape(score.unit))</small>")</span></div>"
                    text += PercentileGauge.svg(percentile: score.percentile, title: "\(score.title): \(score.percentile.map { HTMLText.ordinal($0) + " percentile" } ?? "no percentile")")
                    text += "<div class=\"score-place\">\(band) \(place)healthy reference 10th–90th percentile: \(show(score.referenceP10)) to \(show(score.referenceP90))</div>"
                    var explanation = score.explanation
                    if let trait = score.id.trait {
                        explanation += " Genera counted: \(TraitTable.standard.genera(for: trait).joined(separator: ", "))."
                    }
                    text += "<p class=\"note\">\(HTMLText.escape(explanation))\(score.note.map { " <strong>" + HTMLText.escape($0) + "</strong>" } ?? "")</p></div>"
                }
                text += "</div>"
                if section == .balance || (section == .skin) {
                    text += "<figure>\(GenusBars.svg(genera: result.topGenera, title: "Most abundant genera in your \(result.site.rawValue) sample beside the reference median"))\(GenusBars.legend(genera: result.topGenera))<figcaption>Your most abundant genera (share of reads) beside each genus's median share among the healthy reference samples. The reference bar stacks medians of separate genera, so it is not one person's profile.\(cite(["hmp-2012"]))</figcaption></figure>"
                }
                text += answers(for: section)
            }
            if result.site == .gut, let gmhi = result.gmhi {
                text += "<h3>Gut Microbiome Health Index</h3><p>GMHI = <strong>\(HTMLText.number(gmhi, decimals: 3))</strong>\(cite(["gupta-2020"])). Above 0 resembles the healthy profiles of Gupta et al. (2020); below 0, profiles from people with disease.</p>"
            }
            if let reference {
                text += "<h3>Where you sit among the reference</h3><figure>\(ReferenceMapPlot.svg(map: reference.map, person: result.mapPosition, label: "You", title: "Your \(result.site.rawValue) sample on a PCoA map of \(reference.name)"))<figcaption>Each blue dot is a reference sample; the orange dot is you, placed by Gower's add-a-point method\(cite(["gower-1968"])) on a PCoA of \(HTMLText.escape(reference.map.distance)). Dots close together have similar communities.</figcaption></figure>"
            }
            return text + "</section>\n"
        }
        html += siteSection(report.gut, reference: gutReference, id: "gut", title: "Gut", missing: "No gut sample was given.")
        html += siteSection(report.skin, reference: skinReference, id: "skin", title: "Skin", missing: "No skin sample was given (add one with --skin-table and --skin-sample).")
        if let skinPh = report.skinPh {
            html += "<p>\(HTMLText.escape(skinPh.sentence))\(cite([skinPh.citation]))</p>"
        }

        html += "<section id=\"breath-test\"><h2>Breath test (small-intestinal overgrowth)</h2>"
        if let test = report.breathTest {
            let hydrogen = test.hydrogenPositive ? "positive" : "negative"
            let methane = test.methanePositive.map { $0 ? "positive" : "negative" } ?? "not measured"
            html += "<p>Hydrogen: <strong>\(hydrogen)</strong> — largest rise by 90 minutes \(test.maximumHydrogenRiseBy90MinutesPPM.map { HTMLText.number($0, decimals: 1) + " ppm" } ?? "–") over a baseline of \(HTMLText.number(test.baselineHydrogenPPM, decimals: 1)) ppm. Methane: <strong>\(methane)</strong>\(test.maximumMethanePPM.map { " — highest \(HTMLText.number($0, decimals: 1)) ppm" } ?? "").\(cite([test.citation]))</p>"
            html += "<figure>\(BreathTestChart.svg(test))<figcaption>\(HTMLText.escape(test.criteria))</figcaption></figure>"
            html += "<p class=\"note\">Rosacea has been associated with small-intestinal bacterial overgrowth in one clinical study (52 of 113 patients vs 3 of 60 controls)\(cite(["parodi-2008"])). A breath test result is not a diagnosis; discuss it with a clinician.</p>"
        } else {
            html += "<p class=\"muted\">No breath test was given (add one with --breath-test readings.tsv).</p>"
        }
        html += "</section>\n"

        html += "<section id=\"questionnaire\"><h2>Your answers and what the literature says</h2>"
        if let questionnaire = report.questionnaire, !questionnaire.answers.isEmpty {
            html += "<div class=\"table-scroll\"><table><thead><tr><th>Question</th><th>Your answer</th><th>Associations reported in the literature</th></tr></thead><tbody>"
            for answer in questionnaire.answers {
                let notes = answer.literature.map { "\(HTMLText.escape($0.statement)) <span class=\"note\">(\(HTMLText.escape($0.strength)))</span>\(cite([$0.citation]))" }
                html += "<tr><td>\(HTMLText.escape(answer.question))</td><td>\(HTMLText.escape(answer.answer))</td><td>\(notes.isEmpty ? "<span class=\"muted\">–</span>" : notes.joined(separator: "<br>"))</td></tr>"
            }
            html += "</tbody></table></div><p class=\"note\">Associations describe groups of people in studies; they do not say what causes what for you.</p>"
        } else {
            html += "<p class=\"muted\">No questionnaire was given (add one with --questionnaire answers.json).</p>"
        }
        html += "</section>\n"

        html += "<section id=\"about\"><h2>How this report was made</h2><ul>"
        for result in [report.gut, report.skin].compactMap({ $0 }) {
            let reference = result.reference
            html += "<li><strong>\(HTMLText.escape(reference.name))</strong> (\(result.site.rawValue), \(HTMLText.escape(reference.siteDetail))): \(reference.samples) samples rarefied to \(reference.depth) reads; \(HTMLText.escape(reference.platform)); \(HTMLText.escape(reference.taxonomy)); built from \(HTMLText.escape(reference.builtFrom)).\(cite(["hmp-2012"]))</li>"
        }
        html += "<li>The built-in references come from one study and sequencing method (\(HTMLText.escape(report.gut?.reference.platform ?? report.skin?.reference.platform ?? "16S rRNA amplicons"))); values measured with other primers, platforms or laboratories shift systematically, so compare like with like (a service can build its own reference with gutskin reference build).</li>"
        html += "<li>Percentiles place your value among the reference samples' values; low means below their 10th percentile and high above their 90th. Shares are of reads after rarefaction; 16S amplicon reads name genera, not species or strains.</li>"
        html += "<li>Generated by \(HTMLText.escape(report.generatedBy)); the same numbers are in the report's JSON file (schema \(GutSkinReport.schemaName) version \(report.schemaVersion)).</li></ul></section>\n"

        html += "<section id=\"sources\"><h2>Sources</h2><ol class=\"sources\">"
        for citation in report.citations {
            let link = citation.link.map { " <a href=\"\($0)\">\($0)</a>" } ?? ""
            html += "<li id=\"source-\(citation.key)\">\(HTMLText.escape(citation.reference))\(link)</li>"
        }
        html += "</ol></section>\n"
        return HTMLPage.render(title: "Gut–skin report — \(names.joined(separator: ", "))", body: html)
    }
}
