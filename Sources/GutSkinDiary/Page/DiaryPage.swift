import GutSkinAxis

/// The diary analysis as one self-contained HTML page: the caution, the notes, the ranked table of
/// candidates with a sentence each, adjusted models, overlapping exposures, phases and a challenge,
/// and per symptom a calendar heat map and the daily line with its strongest exposure marked.
public enum DiaryPage {
    /// Candidates shown in the ranked table (tested ones, best first).
    public static let tableRows = 20

    public static let caution = "These are associations in your own diary, not diagnoses, allergies or causes. A suspected food "
        + "allergy (hives, swelling of the lips or throat, breathing trouble, vomiting after eating) needs a clinician, and so do "
        + "lasting skin or gut symptoms. Do not cut out whole food groups without advice; gutskin recommends no products."

    public static func html(_ result: DiaryAnalysisResult, diary: Diary, vocabulary: TagVocabulary = .standard) -> String {
        let series = DailySeries(diary: diary, vocabulary: vocabulary)
        var body = "<h1>Food, product and skin diary</h1>\n"
        let span = result.firstDay.map { first in "\(first) to \(result.lastDay ?? first)" } ?? "no days"
        body += "<p class=\"muted\">\(result.days) days (\(HTMLText.escape(span))), \(result.symptoms.count) symptoms, "
            + "\(result.exposures.count) foods and products (tags and items), \(result.testsRun) comparisons tested.</p>\n"
        body += "<div class=\"warning\"><strong>Caution.</strong> \(HTMLText.escape(caution))</div>\n"
        body += "<div class=\"summary\"><ul>" + result.notes.dropLast().map { "<li>\(HTMLText.escape($0))</li>" }.joined() + "</ul></div>\n"
        body += candidateTable(result)
        body += adjustedSection(result) + coExposureSection(result) + phaseSection(result) + challengeSection(result)
        body += "<h2>Your symptoms day by day</h2>\n"
        for (s, name) in series.symptomNames.enumerated() {
            let scale = SymptomScale.of(name)
            let best = result.candidates.first { $0.symptom == name && $0.pValue != nil }
            let exposure = best.flatMap { candidate in series.exposures.first { $0.name == candidate.exposure } }
            body += "<h3>\(HTMLText.escape(name))</h3>\n<figure>"
                + DiaryCalendar.render(name: name, values: series.symptoms[s], firstDay: series.firstDay, scale: scale)
                + "<figcaption>Each square is a day (\(HTMLText.escape(scale.label))); grey: not logged.</figcaption></figure>\n"
            body += "<figure>" + DiarySymptomLine.render(name: name, values: series.symptoms[s], scale: scale,
                                                         exposure: exposure.map { ($0.name, $0.present) })
            body += "<figcaption>" + (exposure.map { "Marks: days with \(HTMLText.escape($0.name)), the exposure most associated with \(HTMLText.escape(name)) here." } ?? "No exposure tested yet.") + "</figcaption></figure>\n"
        }
        body += "<h2>How this was worked out</h2>\n<p class=\"note\">For each food or product (grouped by tag) and each symptom, "
            + "the mean symptom on days \(lagText(result)) after it is compared with other logged days, after removing drift slower than "
            + "\(HTMLText.number(result.trendPeriodDays)) days. p-values come from \(result.permutations) block permutations (blocks of "
            + "\(result.blockLength) days, which keep day-to-day patterns), q-values from Benjamini–Hochberg across all "
            + "\(result.testsRun) comparisons; intervals from Newey–West standard errors. Comparisons with fewer than 7 days with or "
            + "without the item get no p-value. Seed \(result.seed). See gutskin's docs/diary.md.</p>\n"
        return HTMLPage.render(title: "Diary analysis", body: body)
    }

    static func lagText(_ result: DiaryAnalysisResult) -> String {
        let lags = Array(Set(result.candidates.map(\.lag))).sorted().map(String.init)
        return lags.isEmpty ? "0" : lags.joined(separator: ", ")
    }

    static func candidateTable(_ result: DiaryAnalysisResult) -> String {
        let tested = result.candidates.filter { $0.pValue != nil }.prefix(tableRows)
        var html = "<h2>Candidates, strongest evidence first</h2>\n"
        guard !tested.isEmpty else {
            let closest = result.candidates.sorted { max($0.moreExposedDaysNeeded, $0.moreUnexposedDaysNeeded) < max($1.moreExposedDaysNeeded, $1.moreUnexposedDaysNeeded) }.prefix(5)
            return html + "<p>Nothing could be tested yet.</p><ul>" + closest.map { "<li>\(HTMLText.escape(DiarySentence.candidate($0, tests: 0)))</li>" }.joined() + "</ul>\n"
        }
        html += "<div class=\"table-scroll wide\"><table><thead><tr><th>Exposure</th><th>Symptom</th><th class=\"number\">Lag (days)</th>"
            + "<th class=\"number\">Effect</th><th class=\"number\">95% interval</th><th class=\"number\">p</th><th class=\"number\">q</th>"
            + "<th class=\"number\">Days with / without</th><th>In plain words</th></tr></thead><tbody>\n"
        for c in tested {
            let interval = c.ciLow.map { "\(HTMLText.number($0, decimals: 1)) to \(HTMLText.number(c.ciHigh ?? .nan, decimals: 1))" } ?? "–"
            html += "<tr><td>\(HTMLText.escape(c.exposure))</td><td>\(HTMLText.escape(c.symptom))</td><td class=\"number\">\(c.lag)</td>"
                + "<td class=\"number\">\(signed(c.effect))</td><td class=\"number\">\(interval)</td>"
                + "<td class=\"number\">\(c.pValue.map { HTMLText.number($0, decimals: 4) } ?? "–")</td>"
                + "<td class=\"number\">\(c.qValue.map { HTMLText.number($0, decimals: 3) } ?? "–")</td>"
                + "<td class=\"number\">\(c.nExposed) / \(c.nUnexposed)</td>"
                + "<td>\(HTMLText.escape(DiarySentence.candidate(c, tests: result.testsRun)))</td></tr>\n"
        }
        html += "</tbody></table></div>\n"
        let tooFew = result.candidates.filter(\.tooFew)
        if !tooFew.isEmpty {
            html += "<p class=\"note\">\(tooFew.count) comparisons had too few days for a p-value, for example: "
                + tooFew.prefix(3).map { HTMLText.escape(DiarySentence.candidate($0, tests: 0)) }.joined(separator: " ") + "</p>\n"
        }
        return html
    }

    static func signed(_ value: Double) -> String { (value > 0 ? "+" : "") + HTMLText.number(value, decimals: 2) }

    static func adjustedSection(_ result: DiaryAnalysisResult) -> String {
        guard !result.adjusted.isEmpty else { return "" }
        var html = "<h2>Candidates side by side</h2>\n<p class=\"note\">Each symptom's leading candidates fitted together (a regression "
            + "with Newey–West standard errors), so an exposure that only travels with another loses its effect here.</p>\n"
        for model in result.adjusted {
            html += "<h3>\(HTMLText.escape(model.symptom)) (\(model.days) days)</h3><table><thead><tr><th>Exposure</th><th class=\"number\">Lag</th>"
                + "<th class=\"number\">Alone</th><th class=\"number\">Together</th><th class=\"number\">95% interval</th><th class=\"number\">p</th></tr></thead><tbody>"
            for term in model.terms {
                html += "<tr><td>\(HTMLText.escape(term.exposure))</td><td class=\"number\">\(term.lag)</td><td class=\"number\">\(signed(term.unadjustedEffect))</td>"
                    + "<td class=\"number\">\(signed(term.effect))</td><td class=\"number\">\(HTMLText.number(term.ciLow, decimals: 1)) to "
                    + "\(HTMLText.number(term.ciHigh, decimals: 1))</td><td class=\"number\">\(HTMLText.number(term.pValue, decimals: 4))</td></tr>"
            }
            html += "</tbody></table>\n"
        }
        return html
    }

    static func coExposureSection(_ result: DiaryAnalysisResult) -> String {
        guard !result.coExposures.isEmpty else { return "" }
        return "<h2>Exposures that travel together</h2>\n<ul>" + result.coExposures.prefix(10).map { pair in
            "<li>\(HTMLText.escape(pair.first)) and \(HTMLText.escape(pair.second)): \(pair.daysBoth) days with both, "
                + "\(pair.daysFirst) with \(HTMLText.escape(pair.first)), \(pair.daysSecond) with \(HTMLText.escape(pair.second)) "
                + "(overlap \(HTMLText.percent(pair.overlap)))</li>"
        }.joined() + "</ul>\n"
    }

    static func phaseSection(_ result: DiaryAnalysisResult) -> String {
        guard !result.phases.isEmpty else { return "" }
        var html = "<h2>Elimination and reintroduction</h2>\n<table><thead><tr><th>Item</th><th>Symptom</th><th class=\"number\">Reintroduction − elimination</th>"
            + "<th class=\"number\">Days (elim. / reintr.)</th><th class=\"number\">p</th></tr></thead><tbody>"
        for phase in result.phases {
            html += "<tr><td>\(HTMLText.escape(phase.item))</td><td>\(HTMLText.escape(phase.symptom))</td><td class=\"number\">\(signed(phase.effect))</td>"
                + "<td class=\"number\">\(phase.nElimination) / \(phase.nReintroduction)</td><td class=\"number\">"
                + (phase.pValue.map { HTMLText.number($0, decimals: 4) } ?? "too few days") + "</td></tr>"
        }
        return html + "</tbody></table><p class=\"note\">A phase comparison cannot separate the item from anything else that changed over the same weeks.</p>\n"
    }

    static func challengeSection(_ result: DiaryAnalysisResult) -> String {
        guard let challenge = result.challenge else { return "" }
        var html = "<h2>Your \(HTMLText.escape(challenge.item)) challenge</h2>\n<p>\(challenge.days) days from \(challenge.start) in blocks of "
            + "\(challenge.blockDays) days; symptoms \(challenge.lag) day\(challenge.lag == 1 ? "" : "s") later compared between eating and "
            + "avoiding blocks against all \(challenge.schedulesCompared) schedules the draw could have given (smallest possible p "
            + "\(HTMLText.number(challenge.smallestPossiblePValue, decimals: 4))).</p>"
        if let adherence = challenge.adherence { html += "<p class=\"note\">The diary matched the plan on \(HTMLText.percent(adherence)) of logged days.</p>" }
        html += "<table><thead><tr><th>Symptom</th><th class=\"number\">Eating − avoiding</th><th class=\"number\">Days</th><th class=\"number\">p</th></tr></thead><tbody>"
        for test in challenge.symptoms {
            html += "<tr><td>\(HTMLText.escape(test.symptom))</td><td class=\"number\">\(signed(test.effect))</td><td class=\"number\">\(test.nEat) / \(test.nAvoid)</td>"
                + "<td class=\"number\">\(test.pValue.map { HTMLText.number($0, decimals: 4) } ?? "too few days")</td></tr>"
        }
        return html + "</tbody></table>\n"
    }
}
