/// How much one score moved between two visits in the reference's healthy people, who did
/// nothing in particular between them: the yardstick a person's before/after is judged against.
/// A change whose size exceeds `bound` (the 95th percentile of |change|, NumPy's default linear
/// percentile, Hyndman & Fan 1996 type 7, doi:10.2307/2684934) is "beyond usual variation".
public struct UsualScoreChange: Sendable, Codable, Equatable {
    public var score: ScoreKind
    /// People with a defined value at both visits: the number the bound rests on.
    public var people: Int
    /// The 95th percentile of |later − earlier|.
    public var absoluteChangeP95: Double
    /// The median of |later − earlier|.
    public var absoluteChangeMedian: Double
    /// 101 percentiles (0th…100th) of the signed change later − earlier, to redraw the distribution.
    public var changeQuantiles: Quantiles

    public var bound: Double { absoluteChangeP95 }

    /// From one signed change per person (NaNs left out); nil with fewer than 2 people.
    public init?(score: ScoreKind, changes: [Double]) {
        let defined = changes.filter { !$0.isNaN }
        guard defined.count >= 2, let quantiles = Quantiles(of: defined) else { return nil }
        let sizes = defined.map(abs).sorted()
        self.score = score
        people = defined.count
        absoluteChangeP95 = Quantiles.linear(sizes, 0.95)
        absoluteChangeMedian = Quantiles.linear(sizes, 0.5)
        changeQuantiles = quantiles
    }
}

/// The reference's within-person visit-to-visit changes (reference format version 2): which
/// columns defined people and visits, how many people had a pair, and each score's distribution.
public struct UsualChangeSummary: Sendable, Codable, Equatable {
    public var subjectColumn: String
    public var visitColumn: String
    /// Column whose values must match for two samples to pair (e.g. the body side), or nil.
    public var matchColumn: String?
    /// People with one sample at each of their two earliest visits.
    public var people: Int
    public var rule: String
    public var scores: [UsualScoreChange]

    public static let standardRule =
        "each person's two earliest visits with one sample at each (same match-column value when one is named); change = later − earlier"

    public init(subjectColumn: String, visitColumn: String, matchColumn: String?, people: Int, scores: [UsualScoreChange]) {
        self.subjectColumn = subjectColumn
        self.visitColumn = visitColumn
        self.matchColumn = matchColumn
        self.people = people
        self.rule = Self.standardRule
        self.scores = scores
    }

    public func score(_ kind: ScoreKind) -> UsualScoreChange? { scores.first { $0.score == kind } }
}
