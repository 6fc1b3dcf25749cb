/// Each reference sample's visit (and optionally a match key, such as the body side), so a
/// reference learns how much each score moves between two visits within a healthy person
/// (`UsualChangeSummary`). Pairing follows `VisitPairing`.
public struct ReferenceVisits: Sendable {
    /// Sample id → visit number (or day).
    public var visitOf: [String: Double]
    /// Sample id → match key, or nil to pair any two samples of a person.
    public var matchOf: [String: String]?
    public var subjectColumn: String
    public var visitColumn: String
    public var matchColumn: String?

    public init(
        visitOf: [String: Double], matchOf: [String: String]?, subjectColumn: String, visitColumn: String, matchColumn: String?
    ) {
        self.visitOf = visitOf
        self.matchOf = matchOf
        self.subjectColumn = subjectColumn
        self.visitColumn = visitColumn
        self.matchColumn = matchColumn
    }

    /// Per score, one change (later − earlier visit) per paired person; `value(sample, score)`
    /// reads the scored reference samples. Nil when nobody has two visits.
    public func usualChange(
        samples: [String], subjects: [String: String], scores: [ScoreKind], value: (Int, ScoreKind) -> Double
    ) -> UsualChangeSummary? {
        let pairs = VisitPairing.pairs(
            samples.map { id in
                guard let person = subjects[id], let visit = visitOf[id] else { return nil }
                return VisitPairing.Visit(person: person, visit: visit, match: matchOf?[id])
            })
        guard !pairs.isEmpty else { return nil }
        let distributions = scores.compactMap { score in
            UsualScoreChange(score: score, changes: pairs.map { value($0.later, score) - value($0.earlier, score) })
        }
        return UsualChangeSummary(
            subjectColumn: subjectColumn, visitColumn: visitColumn, matchColumn: matchColumn, people: pairs.count,
            scores: distributions)
    }
}
