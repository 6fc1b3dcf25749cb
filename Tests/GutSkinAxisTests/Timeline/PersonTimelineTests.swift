import Foundation
import GutSkinAxis
import Testing

/// A person's timeline: points by date, each event paired with the last sample on or before its
/// day and the first after, every score judged against the usual change; dates and events parsed
/// with one-line errors.
@Suite struct PersonTimelineTests {
    static func day(_ text: String) -> TimelineDay { TimelineDay(parsing: text)! }

    static func point(_ id: String, _ date: String, shannon: Double?, butyrate: Double?) -> PersonTimeline.Point {
        .init(
            sampleId: id, date: day(date),
            scores: [.init(id: .shannonEntropy, value: shannon), .init(id: .butyrateProducers, value: butyrate)])
    }

    /// Healthy people's Shannon changed by at most 0.4 bits in 95% of 20 people (changes ±0.01…±0.4, no butyrate).
    static let usual = UsualChangeSummary(
        subjectColumn: "subject", visitColumn: "visit", matchColumn: nil, people: 20,
        scores: [UsualScoreChange(score: .shannonEntropy, changes: (1...20).map { Double($0) * ($0 % 2 == 0 ? 0.02 : -0.02) })!])

    @Test func eventsArePairedWithTheSamplesAroundThem() throws {
        let timeline = PersonTimeline(
            subject: "ana", site: .gut, reference: "HMP stool",
            points: [
                Self.point("s3", "2026-04-20", shannon: 3.1, butyrate: 0.05),
                Self.point("s1", "2026-01-10", shannon: 4.0, butyrate: 0.04),
                Self.point("s2", "2026-03-01", shannon: 4.1, butyrate: nil),
            ],
            events: [
                TimelineEvent(label: "after every sample", date: Self.day("2026-05-01")),
                TimelineEvent(label: "probiotic started", date: Self.day("2026-03-01")),
            ],
            usual: Self.usual)
        #expect(timeline.points.map(\.sampleId) == ["s1", "s2", "s3"])
        #expect(timeline.events.map(\.label) == ["probiotic started", "after every sample"])
        #expect(timeline.eventsWithoutChange == ["after every sample"])
        let change = try #require(timeline.changes.first)
        #expect(change.beforeSample == "s2", "a sample on the event's day counts as before it")
        #expect(change.afterSample == "s3")
        let bound = try #require(Self.usual.score(.shannonEntropy)?.bound)
        #expect(bound > 0.37 && bound < 0.4)
        let shannon = try #require(change.scores.first { $0.id == .shannonEntropy })
        #expect(abs(shannon.change! - (3.1 - 4.1)) < 1e-12)
        #expect(shannon.verdict == "changed beyond usual variation" && shannon.people == 20 && shannon.usualBound95 == bound)
        let butyrate = try #require(change.scores.first { $0.id == .butyrateProducers })
        #expect(butyrate.change == nil && butyrate.verdict == nil, "no value before, and no usual change for butyrate")

        let json = try JSONSerialization.jsonObject(with: try PersonReport.json(Self.report(with: timeline))) as! [String: Any]
        let written = try #require(json["timeline"] as? [String: Any])
        #expect(json["schema_version"] as? Int == 2)
        #expect(written["usual_change_people"] as? Int == 20)
        let scores = try #require(((written["changes"] as? [[String: Any]])?.first?["scores"]) as? [[String: Any]])
        #expect(scores.contains { $0["id"] as? String == "butyrate_producers" && $0["verdict"] is NSNull && $0["usual_bound95"] is NSNull })
        #expect((written["points"] as? [[String: Any]])?.first?["date"] as? String == "2026-01-10")
    }

    @Test func smallChangesAreWithinUsualVariation() throws {
        let timeline = PersonTimeline(
            subject: "ana", site: .gut, reference: "HMP stool",
            points: [
                Self.point("s1", "2026-01-10", shannon: 4.0, butyrate: 0.04), Self.point("s2", "2026-02-10", shannon: 4.2, butyrate: 0.05),
            ],
            events: [TimelineEvent(label: "new diet", date: Self.day("2026-01-20"))], usual: Self.usual)
        #expect(timeline.changes.first?.scores.first?.verdict == "within usual variation")
        let unknown = PersonTimeline(
            subject: "ana", site: .gut, reference: "mine", points: timeline.points, events: timeline.events, usual: nil)
        #expect(unknown.usualChangePeople == nil && unknown.changes.first?.scores.allSatisfy { $0.verdict == nil } == true)
    }

    @Test func daysAndEventsParseOrSayWhyNot() throws {
        #expect(TimelineDay(parsing: "2026-03-01T08:30:00Z") == Self.day("2026-03-01"))
        #expect(TimelineDay(parsing: "2028-02-29") != nil && TimelineDay(parsing: "2026-02-29") == nil)
        #expect(TimelineDay(parsing: "1/3/2026") == nil && TimelineDay(parsing: "") == nil)
        #expect(Self.day("1970-01-02").ordinal == 1 && Self.day("2000-03-01").ordinal == 11_017)
        let event = try TimelineEvent(parsing: "probiotic started=2026-03-01")
        #expect(event.label == "probiotic started" && event.date == Self.day("2026-03-01"))
        #expect(throws: TimelineError.eventWithoutDate("probiotic started 2026-03-01")) {
            try TimelineEvent(parsing: "probiotic started 2026-03-01")
        }
        #expect(throws: TimelineError.badEventDate(event: "x=2026-02-30", value: "2026-02-30")) {
            try TimelineEvent(parsing: "x=2026-02-30")
        }
        #expect(throws: TimelineError.eventWithoutLabel("=2026-02-01")) { try TimelineEvent(parsing: "=2026-02-01") }
        for error in [TimelineError.eventWithoutDate("a"), .badDate(file: "m.tsv", column: "d", sample: "s", value: "x")] {
            #expect(!error.description.contains("\n"))
        }
        // Found by the `timeline` fuzz target: a date cell holding a form feed made a two-line error.
        let formFeed = TimelineError.badDate(file: "m.tsv", column: "day", sample: "B", value: "202\u{1}\u{0C}3-02-29")
        #expect(!formFeed.description.contains(where: \.isNewline) && formFeed.description.hasPrefix("m.tsv: column 'day'"))
    }

    static func report(with timeline: PersonTimeline) -> GutSkinReport {
        var report = ReportBuilder(gut: nil, skin: nil, generatedBy: "test").build()
        report.timeline = timeline
        return report
    }
}
