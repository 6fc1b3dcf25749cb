import GutSkinCore
import Testing

@Suite struct PairSelectionPlanTests {
    /// Pairs in a range of stripes, counted stripe by stripe.
    func pairs(_ range: Range<Int>, sampleCount n: Int) -> Int {
        range.reduce(0) { $0 + PairSelection.pairCount(inStripe: $1, sampleCount: n) }
    }

    /// A plan's ranges lie end to end over every stripe, none empty, and their pair counts differ
    /// by at most one stripe's n pairs.
    @Test(arguments: [(4, 1), (4, 2), (7, 3), (10, 5), (11, 2), (100, 7), (101, 50), (5452, 4), (5452, 64)])
    func rangesCoverTheStripesWithNearlyEqualPairs(sampleCount n: Int, parts: Int) throws {
        let plan = try PairSelection.plan(parts: parts, sampleCount: n)
        #expect(plan.count == parts)
        #expect(plan.first?.lowerBound == 0 && plan.last?.upperBound == PairSelection.stripeCount(n))
        for (previous, next) in zip(plan, plan.dropFirst()) { #expect(previous.upperBound == next.lowerBound) }
        #expect(plan.allSatisfy { !$0.isEmpty })
        let counts = plan.map { pairs($0, sampleCount: n) }
        #expect(counts.reduce(0, +) == n * (n - 1) / 2)
        #expect(counts.max()! - counts.min()! <= n, "\(counts)")
        // Each range is accepted as --stripes accepts it.
        for range in plan { _ = try PairSelection(sampleCount: n, stripes: range) }
    }

    /// For an even n the last stripe holds n/2 pairs. 10 samples: stripes of 10, 10, 10, 10, 5
    /// pairs (45); the boundary nearest 22 pairs is after stripe 2 (20 pairs, then 25), not 3 (30).
    @Test func theHalfStripeCountsAsHalf() throws {
        #expect(try PairSelection.plan(parts: 2, sampleCount: 10) == [0..<2, 2..<5])
        #expect(try PairSelection.plan(parts: 2, sampleCount: 4) == [0..<1, 1..<2])
    }

    @Test func impossiblePlansAreRefused() {
        #expect(throws: PairSelectionError.cannotPlan(parts: 4, stripeCount: 3)) { try PairSelection.plan(parts: 4, sampleCount: 7) }
        #expect(throws: PairSelectionError.cannotPlan(parts: 0, stripeCount: 3)) { try PairSelection.plan(parts: 0, sampleCount: 7) }
    }

    /// Striped UniFrac's 32-bit indices overflowed on a 113,000-sample run (6.4 × 10⁹ pairs);
    /// here every count, slot and stripe boundary at that size is exact, without a matrix.
    @Test func indexArithmeticAt113000Samples() throws {
        let n = 113_000
        let total = n * (n - 1) / 2  // 6,384,443,500 > 2³²
        #expect(total > Int(UInt32.max))
        let all = PairSelection.all(n)
        #expect(all.pairCount == total)
        #expect(all.slot(n - 2, n - 1) == total - 1)
        #expect(all.slot(n - 1, n - 2) == total - 1)
        #expect(all.slot(0, 1) == 0)
        #expect(DistanceMatrix.condensedIndex(n - 2, n - 1, count: n) == total - 1)
        #expect(PairSelection.pairsBefore(stripe: PairSelection.stripeCount(n), sampleCount: n) == total)

        // The last quarter of the stripes: slots run 0..<pairCount and invert.
        let plan = try PairSelection.plan(parts: 4, sampleCount: n)
        #expect(plan.map { pairs($0, sampleCount: n) }.reduce(0, +) == total)
        let last = try PairSelection(sampleCount: n, stripes: plan[3])
        #expect(last.pairCount == pairs(plan[3], sampleCount: n))
        #expect(last.pairCount > Int(Int32.max) / 2)
        let lastStripe = plan[3].upperBound - 1  // the half stripe of an even n: (i, i + n/2), i < n/2
        #expect(last.slot(n / 2 - 1, n - 1) == last.pairCount - 1)
        #expect(last.slot(n - 1, n / 2 - 1) == last.pairCount - 1)
        #expect(PairSelection.stripe(n / 2 - 1, n - 1, sampleCount: n) == lastStripe)
        let (i, j) = last.pair(atSlot: last.pairCount - 1)
        #expect(Set([i, j]) == [n / 2 - 1, n - 1])
        let first = try PairSelection(sampleCount: n, stripes: plan[0])
        #expect(first.slot(n - 1, 0) == n - 1)  // stripe 0 wraps: (n − 1, 0)
        let (a, b) = first.pair(atSlot: first.pairCount - 1)  // stripe s's last pair: (n − 1, s)
        #expect(a == n - 1 && b == plan[0].upperBound - 1)
        // The later samples a row pairs with in the last quarter: two windows, within 0..<n.
        for row in [0, n / 2 - 1, n / 2, n - 2] {
            for window in last.laterSampleIntervals(row: row) {
                #expect(window.lowerBound > row && window.upperBound <= n)
            }
        }
        // 64-bit plan at a 300,000-sample cohort (4.5 × 10¹⁰ pairs).
        let big = 300_000
        let bigPlan = try PairSelection.plan(parts: 1000, sampleCount: big)
        #expect(bigPlan.last?.upperBound == big / 2)
    }
}
