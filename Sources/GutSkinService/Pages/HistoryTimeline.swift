import Foundation
import GutSkinAxis
import GutSkinStore

/// The person's timeline on the history page and at `GET /api/v1/timeline`: the gut scores of
/// their stored reports by date, their events, and for each event the change from the last report
/// on or before its day to the first after, judged against the built-in gut reference's usual
/// visit-to-visit change — the same `PersonTimeline` as `gutskin report --timeline` makes.
enum HistoryTimeline {
    /// One point per sample (a re-run report replaces the scores, the sample keeps the day of its
    /// first report); events as the person added them.
    static func make(reports: [ReportSummary], events: [Event], subject: String) -> PersonTimeline {
        var order = [UUID]()
        var first = [UUID: Date]()
        var latest = [UUID: ReportSummary]()
        for report in reports {
            if first[report.sampleID] == nil { order.append(report.sampleID) }
            first[report.sampleID] = min(first[report.sampleID] ?? report.createdAt, report.createdAt)
            if latest[report.sampleID].map({ $0.createdAt <= report.createdAt }) ?? true { latest[report.sampleID] = report }
        }
        let points = order.compactMap { sampleID -> PersonTimeline.Point? in
            guard let report = latest[sampleID], let day = TimelineDay(parsing: EventOperation.day(first[sampleID]!)) else { return nil }
            let summary = ReportSummaryScores(json: report.summaryJSON)
            let scores = summary.scores.filter { $0.site == "gut" }.compactMap { score in
                ScoreKind(rawValue: score.id).map { PersonTimeline.ScoreValue(id: $0, value: score.value) }
            }
            guard !scores.isEmpty else { return nil }
            return PersonTimeline.Point(sampleId: summary.sample, date: day, scores: scores)
        }
        let marked = events.compactMap { event in
            TimelineDay(parsing: EventOperation.day(event.date)).map { TimelineEvent(label: event.text, date: $0) }
        }
        let reference = try? DefaultReferences.reference(named: "gut")
        return PersonTimeline(
            subject: subject, site: .gut, reference: reference?.name ?? "HMP stool", points: points, events: marked,
            usual: reference?.usualChange)
    }

    /// The timeline as JSON (snake_case keys, as the report's `timeline`).
    static func json(_ timeline: PersonTimeline) throws -> Data {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        return try encoder.encode(timeline)
    }
}
