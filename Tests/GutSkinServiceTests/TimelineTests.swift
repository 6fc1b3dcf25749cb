import Foundation
import GutSkinAxis
import GutSkinStore
import Hummingbird
import HummingbirdTesting
import TestSupport
import Testing

@testable import GutSkinService

/// The history page as the person's timeline: gut scores by date across their reports, their
/// events, and each event's before/after against the built-in gut reference's usual change —
/// `PersonTimeline`, as `gutskin report --timeline` judges; per account.
@Suite struct TimelineTests {
    static func summary(sample: String, shannon: Double, butyrate: Double) -> String {
        ReportSummaryScores(
            sample: sample,
            scores: [
                .init(site: "gut", id: "shannon_entropy", title: "Shannon diversity", value: shannon, band: "typical"),
                .init(site: "gut", id: "butyrate_producers", title: "Butyrate producers", value: butyrate, band: "typical"),
                .init(site: "skin", id: "skin_atypicality", title: "Distance from typical skin", value: 0.3, band: "typical"),
            ]
        ).json
    }

    static func report(_ sampleID: UUID, _ date: String, _ summary: String) -> ReportSummary {
        ReportSummary(
            id: UUID(), ownerID: UUID(), sampleID: sampleID, subjectID: nil, jobID: UUID(), referenceNames: ["HMP stool"],
            gutskinVersion: "test", summaryJSON: summary, createdAt: ISO8601DateFormatter().date(from: date + "T12:00:00Z")!)
    }

    /// One point per sample (a re-run replaces the scores, not the day); skin scores left out; a
    /// large Shannon drop is beyond usual variation, a small butyrate change within.
    @Test func reportsBecomePointsAndEventsAreJudged() throws {
        guard SharedData.builtInReferences() else { return }
        let first = UUID()
        let second = UUID()
        let reports = [
            Self.report(first, "2026-01-10", Self.summary(sample: "jan", shannon: 4.0, butyrate: 0.05)),
            Self.report(second, "2026-04-20", Self.summary(sample: "apr", shannon: 1.5, butyrate: 0.052)),
            Self.report(first, "2026-05-01", Self.summary(sample: "jan", shannon: 4.01, butyrate: 0.05)),
        ]
        let event = Event(
            ownerID: UUID(), date: EventOperation.parseDay("2026-03-01")!, text: "probiotic started", createdAt: Date())
        let timeline = HistoryTimeline.make(reports: reports, events: [event], subject: "me")
        #expect(timeline.points.map(\.sampleId) == ["jan", "apr"])
        #expect(timeline.points.map(\.date.description) == ["2026-01-10", "2026-04-20"])
        #expect(timeline.points[0].scores.map(\.id) == [.shannonEntropy, .butyrateProducers])
        let gut = try #require(try DefaultReferences.reference(named: "gut")?.usualChange)
        let change = try #require(timeline.changes.first)
        let shannon = try #require(change.scores.first { $0.id == .shannonEntropy })
        #expect(abs(shannon.change! - (1.5 - 4.01)) < 1e-12)
        #expect(shannon.usualBound95 == gut.score(.shannonEntropy)?.bound && shannon.people == gut.score(.shannonEntropy)?.people)
        #expect(shannon.verdict == "changed beyond usual variation")
        #expect(change.scores.first { $0.id == .butyrateProducers }?.verdict == "within usual variation")
    }

    /// Two demo reports ten days apart with an event between: the page draws the timeline with its
    /// verdicts, `GET /api/v1/timeline` answers the same, and another account sees none of it.
    @Test func historyPageShowsTheTimeline() async throws {
        guard SharedData.builtInReferences() else { return }
        let harness = try await ServiceHarness()
        try await harness.test { client in
            let user = try await APIUser.make(client)
            _ = try await harness.demoReport(for: user, client)
            harness.clock.advance(by: 5 * 24 * 3600)
            let eventDay = EventOperation.day(harness.clock.now)
            let added = try await client.execute(
                uri: "/api/v1/events", method: .post, headers: user.auth, body: JSON.body(["date": eventDay, "text": "kefir started"]))
            #expect(added.status == .created)
            harness.clock.advance(by: 5 * 24 * 3600)
            _ = try await harness.demoReport(for: user, client)

            let answer = try await client.execute(uri: "/api/v1/timeline", method: .get, headers: user.auth)
            #expect(answer.status == .ok)
            let timeline = try JSON.object(answer.body)
            #expect((timeline["points"] as? [Any])?.count == 2)
            let change = try #require((timeline["changes"] as? [[String: Any]])?.first)
            #expect(change["event"] as? String == "kefir started" && change["event_date"] as? String == eventDay)
            let shannon = try #require((change["scores"] as? [[String: Any]])?.first { $0["id"] as? String == "shannon_entropy" })
            #expect(shannon["change"] as? Double == 0 && shannon["verdict"] as? String == "within usual variation", "the same sample twice")
            #expect(timeline["usual_change_people"] as? Int == 56)

            let intruder = try await APIUser.make(client)
            let other = try JSON.object(try await client.execute(uri: "/api/v1/timeline", method: .get, headers: intruder.auth).body)
            #expect(
                (other["points"] as? [Any])?.isEmpty == true && (other["events"] as? [Any])?.isEmpty == true, "another account's nothing")
            let browser = try await Browser.signedUp(client)
            let empty = String(buffer: try await browser.get("/history", client).body)
            #expect(!empty.contains("scores-over-time") && !empty.contains("kefir started"), "no reports, no timeline")
            #expect(try await client.execute(uri: "/api/v1/timeline", method: .get).status == .unauthorized)
        }
    }

    @Test func historyPageDrawsScoresAndVerdicts() async throws {
        guard SharedData.builtInReferences() else { return }
        let harness = try await ServiceHarness()
        try await harness.test { client in
            let user = try await APIUser.make(client)
            let browser = Browser()
            browser.email = user.email
            let signIn = try Browser.csrf(in: try await browser.get("/sign-in", client))
            #expect(
                try await browser.post("/sign-in", ["email": user.email, "password": browser.password], csrf: signIn, client).status
                    == .seeOther)
            _ = try await harness.demoReport(for: user, client)
            let page = try await browser.get("/history", client)
            let csrf = try Browser.csrf(in: page)
            harness.clock.advance(by: 3 * 24 * 3600)
            let day = EventOperation.day(harness.clock.now)
            #expect(
                try await browser.post("/history/events", ["date": day, "text": "new cleanser"], csrf: csrf, client).status == .seeOther)
            harness.clock.advance(by: 3 * 24 * 3600)
            _ = try await harness.demoReport(for: user, client)
            let html = String(buffer: try await browser.get("/history", client).body)
            #expect(html.contains("id=\"scores-over-time\""))
            #expect(html.contains("Shannon diversity by date, with events marked"))
            #expect(html.contains("Around “new cleanser” (\(day))"))
            #expect(html.contains("within usual variation") && html.contains("(56 people)"))
            #expect(html.contains("not what caused it"))
        }
    }
}
