/// One person's scores by date, the events they named, and for each event with a sample on or
/// before its day and one after, each score's change from the last sample before to the first
/// after, judged against the reference's usual visit-to-visit change (`ScoreChangeJudgement`).
/// Written into the report JSON as `timeline` (schema version 2) and drawn by the report page and
/// the service's history page. It says how large a change is, never what caused it.
public struct PersonTimeline: Sendable, Codable {
    public var subject: String
    /// The site whose scores are followed (the gut: samples are scored against the gut reference).
    public var site: BodySite
    /// The reference the scores and the usual change come from.
    public var reference: String
    /// People the usual change rests on, or nil when the reference has none (then no judgement).
    public var usualChangePeople: Int?
    public var points: [Point]
    public var events: [TimelineEvent]
    public var changes: [EventChange]
    /// Events without a sample before and after them: no change can be shown for these.
    public var eventsWithoutChange: [String]

    public struct Point: Sendable, Codable {
        public var sampleId: String
        public var date: TimelineDay
        public var scores: [ScoreValue]

        public init(sampleId: String, date: TimelineDay, scores: [ScoreValue]) {
            self.sampleId = sampleId
            self.date = date
            self.scores = scores
        }
    }

    public struct ScoreValue: Sendable, Codable {
        public var id: ScoreKind
        /// nil when undefined for the sample.
        public var value: Double?

        public init(id: ScoreKind, value: Double?) {
            self.id = id
            self.value = value
        }
    }

    /// Before and after one event.
    public struct EventChange: Sendable, Codable {
        public var event: String
        public var eventDate: TimelineDay
        public var beforeSample: String
        public var beforeDate: TimelineDay
        public var afterSample: String
        public var afterDate: TimelineDay
        public var scores: [ScoreChange]
    }

    public struct ScoreChange: Sendable, Codable {
        public var id: ScoreKind
        public var title: String
        public var before: Double?
        public var after: Double?
        public var change: Double?
        /// The 95th percentile of healthy people's |change| between two visits, or nil when unknown
        /// (or resting on fewer than `minimumPeople` people).
        public var usualBound95: Double?
        /// How many people that bound rests on.
        public var people: Int?
        /// "changed beyond usual variation", "within usual variation", or nil (no bound, or no value).
        public var verdict: String?
    }

    /// Sorts the points by date (ties keep their order), pairs each event with the last sample on
    /// or before its day and the first after it, and judges every score against `usual`.
    public init(
        subject: String, site: BodySite, reference: String, points: [Point], events: [TimelineEvent], usual: UsualChangeSummary?
    ) {
        self.subject = subject
        self.site = site
        self.reference = reference
        usualChangePeople = usual?.people
        self.points = points.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
        self.events = events.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
        changes = []
        eventsWithoutChange = []
        for event in self.events {
            guard let before = self.points.last(where: { $0.date <= event.date }),
                let after = self.points.first(where: { $0.date > event.date })
            else {
                eventsWithoutChange.append(event.label)
                continue
            }
            changes.append(Self.change(event: event, before: before, after: after, usual: usual))
        }
    }

    static func change(event: TimelineEvent, before: Point, after: Point, usual: UsualChangeSummary?) -> EventChange {
        let scores = before.scores.compactMap { score -> ScoreChange? in
            guard let later = after.scores.first(where: { $0.id == score.id }) else { return nil }
            var result = ScoreChange(
                id: score.id, title: score.id.title, before: score.value, after: later.value, change: nil, usualBound95: nil,
                people: nil, verdict: nil)
            if let earlier = score.value, let now = later.value { result.change = now - earlier }
            if let yardstick = usual?.score(score.id), yardstick.people >= minimumPeople {
                result.usualBound95 = yardstick.bound
                result.people = yardstick.people
                if let earlier = score.value, let now = later.value {
                    result.verdict =
                        ScoreChangeJudgement(
                            score: score.id.rawValue, before: earlier, after: now, bound: yardstick.bound, people: yardstick.people
                        ).verdict
                }
            }
            return result
        }
        return EventChange(
            event: event.label, eventDate: event.date, beforeSample: before.sampleId, beforeDate: before.date,
            afterSample: after.sampleId, afterDate: after.date, scores: scores)
    }

    /// A bound resting on fewer people (the 95th percentile of 3 changes is nearly their largest)
    /// judges nothing: such scores get no bound and no verdict.
    public static let minimumPeople = 10

    /// The scores followed, in the order of the first point.
    public var scoreIDs: [ScoreKind] { points.first?.scores.map(\.id) ?? [] }

    /// The rule, in words, for the page and the JSON's readers.
    public static let rule =
        "For each event, each score's change from the last sample on or before the event's day to the first sample after it, "
        + "set against how much healthy people's scores moved between two visits when nothing in particular was done: "
        + "larger than 95% of their changes is \"changed beyond usual variation\", otherwise \"within usual variation\". "
        + "This says how large a change is, not what caused it."
}

// Every optional key of the timeline is written, as null when absent, as the rest of the report
// JSON is (docs/report-schema.md): a service can rely on the documented keys being present.
extension PersonTimeline {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(subject, forKey: .subject)
        try container.encode(site, forKey: .site)
        try container.encode(reference, forKey: .reference)
        try container.encode(usualChangePeople, forKey: .usualChangePeople)
        try container.encode(points, forKey: .points)
        try container.encode(events, forKey: .events)
        try container.encode(changes, forKey: .changes)
        try container.encode(eventsWithoutChange, forKey: .eventsWithoutChange)
    }
}

extension PersonTimeline.ScoreValue {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(value, forKey: .value)
    }
}

extension PersonTimeline.ScoreChange {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(before, forKey: .before)
        try container.encode(after, forKey: .after)
        try container.encode(change, forKey: .change)
        try container.encode(usualBound95, forKey: .usualBound95)
        try container.encode(people, forKey: .people)
        try container.encode(verdict, forKey: .verdict)
    }
}
