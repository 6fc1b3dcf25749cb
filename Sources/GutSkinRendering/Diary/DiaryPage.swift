import GutSkinAxis
import GutSkinDiary

/// The diary analysis as one self-contained HTML page: the caution, the notes, the ranked table of
/// candidates with a sentence each, adjusted models, overlapping exposures, phases and a challenge,
/// and per symptom a calendar heat map and the daily line with its strongest exposure marked.
public enum DiaryPage {
    /// Candidates shown in the ranked table (tested ones, best first).
    public static let tableRows = 20

    public static let caution =
        "These are associations in your own diary, not diagnoses, allergies or causes. A suspected food "
        + "allergy (hives, swelling of the lips or throat, breathing trouble, vomiting after eating) needs a clinician, and so do "
        + "lasting skin or gut symptoms. Do not cut out whole food groups without advice; gutskin recommends no products."

    public static func html(_ result: DiaryAnalysisResult, diary: Diary, vocabulary: TagVocabulary = .standard) -> String {
        let series = DailySeries(diary: diary, vocabulary: vocabulary)
        var body = "<h1>Food, product and skin diary</h1>\n"
        let span = result.firstDay.map { first in "\(first) to \(result.lastDay ?? first)" } ?? "no days"
        body +=
            "<p class=\"muted\">\(result.days) days (\(HTMLText.escape(span))), \(result.symptoms.count) symptoms, "
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
            body +=
                "<h3>\(HTMLText.escape(name))</h3>\n<figure>"
                + DiaryCalendar.render(name: name, values: series.symptoms[s], firstDay: series.firstDay, scale: scale)
                + "<figcaption>Each square is a day (\(HTMLText.escape(scale.label))); grey: not logged.</figcaption></figure>\n"
            body +=
                "<figure>"
                + DiarySymptomLine.render(
                    name: name, values: series.symptoms[s], firstDay: series.firstDay, scale: scale,
                    exposure: exposure.map { ($0.name, $0.present) })
            body +=
                "<figcaption>"
                + (exposure.map {
                    "Marks: days with \(HTMLText.escape($0.name)), the exposure most associated with \(HTMLText.escape(name)) here."
                } ?? "No exposure tested yet.") + "</figcaption></figure>\n"
        }
        body +=
            "<h2>How this was worked out</h2>\n<p class=\"note\">For each food or product (grouped by tag) and each symptom, "
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
}
