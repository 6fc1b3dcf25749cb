import GutSkinAxis
import Testing

/// The reference's usual visit-to-visit change on a hand-made cohort: who is paired (earliest two
/// visits, one sample each, same match key), and the percentiles against NumPy 2.4.6:
/// `c = [b - a for a, b in pairs]` with the pairs below; `numpy.percentile(abs(c), 95)` =
/// 0.6299999999999999, `numpy.percentile(abs(c), 50)` = 0.25, `numpy.percentile(c, [0, 5, 37, 50, 95, 100])` =
/// [-0.3999999999999999, -0.3299999999999999, -0.032, 0.07499999999999998, 0.6299999999999999, 0.7].
@Suite struct UsualScoreChangeTests {
    /// (sample, person, visit, side, value); p4 has both sides at both visits, p5's visits are out
    /// of order in the table, p9 has one visit, p10 a value missing at its first visit.
    static let samples: [(String, String, Double, String?, Double)] = [
        ("a1", "p1", 1, "L", 1.0), ("a2", "p1", 2, "L", 1.3),
        ("b1", "p2", 1, nil, 2.0), ("b2", "p2", 2, nil, 1.8),
        ("c1", "p3", 1, nil, 0.5), ("c3", "p3", 3, nil, 0.6),
        ("d1", "p4", 1, "L", 3.0), ("d1r", "p4", 1, "R", 9.0), ("d2", "p4", 2, "L", 2.6), ("d2r", "p4", 2, "R", 9.9),
        ("e2", "p5", 2, nil, 1.0), ("e1", "p5", 1, nil, 0.5),
        ("f1", "p6", 1, nil, 0.25), ("f2", "p6", 2, nil, 0.3),
        ("g1", "p7", 1, nil, 1.15), ("g2", "p7", 2, nil, 1.0),
        ("h1", "p8", 1, nil, 0.0), ("h2", "p8", 2, nil, 0.7),
        ("i1", "p9", 1, nil, 5.0),
        ("j1", "p10", 1, nil, .nan), ("j2", "p10", 2, nil, 1.0),
    ]

    static func summary(matching: Bool) -> UsualChangeSummary? {
        let ids = samples.map(\.0)
        let visits = ReferenceVisits(
            visitOf: Dictionary(uniqueKeysWithValues: samples.map { ($0.0, $0.2) }),
            matchOf: matching ? Dictionary(uniqueKeysWithValues: samples.compactMap { s in s.3.map { (s.0, $0) } }) : nil,
            subjectColumn: "person", visitColumn: "visit", matchColumn: matching ? "side" : nil)
        return visits.usualChange(
            samples: ids, subjects: Dictionary(uniqueKeysWithValues: samples.map { ($0.0, $0.1) }), scores: [.shannonEntropy]
        ) { sample, _ in samples[sample].4 }
    }

    @Test func percentilesAgreeWithNumPy() throws {
        let summary = try #require(Self.summary(matching: true))
        #expect(summary.people == 9, "p1–p8 and p10 are paired; p9 has one visit")
        let shannon = try #require(summary.score(.shannonEntropy))
        #expect(shannon.people == 8, "p10's change is undefined")
        #expect(abs(shannon.bound - 0.6299999999999999) < 1e-12)
        #expect(abs(shannon.absoluteChangeMedian - 0.25) < 1e-12)
        let numpy: [(Int, Double)] = [
            (0, -0.3999999999999999), (5, -0.3299999999999999), (37, -0.032), (50, 0.07499999999999998), (95, 0.6299999999999999),
            (100, 0.7),
        ]
        for (percentile, expected) in numpy {
            #expect(abs(shannon.changeQuantiles[percentile: percentile] - expected) < 1e-12, "percentile \(percentile)")
        }
    }

    @Test func withoutAMatchKeyTwoSamplesAtOneVisitLeaveThePersonOut() throws {
        let summary = try #require(Self.summary(matching: false))
        #expect(summary.people == 8, "p4 has two samples at each visit")
        #expect(summary.score(.shannonEntropy)?.people == 7)
    }

    @Test func judgementSaysHowLargeNotWhy() {
        let beyond = ScoreChangeJudgement(score: "shannon_entropy", before: 3.0, after: 3.7, bound: 0.63, people: 8)
        #expect(beyond.beyondUsualVariation && beyond.verdict == "changed beyond usual variation")
        let within = ScoreChangeJudgement(score: "shannon_entropy", before: 3.0, after: 2.5, bound: 0.63, people: 8)
        #expect(!within.beyondUsualVariation && within.verdict == "within usual variation")
        let atTheBound = ScoreChangeJudgement(score: "x", before: 0, after: 0.5, bound: 0.5, people: 8)
        #expect(atTheBound.verdict == "within usual variation", "only a change larger than the bound is beyond it")
    }
}
