import GutSkinCore

/// ANOSIM (Clarke 1993, doi:10.1111/j.1442-9993.1993.tb00438.x): whether distances within
/// groups are smaller than between them, by
///
///     R = (r̄_B − r̄_W) / (M / 2),   M = N (N − 1) / 2,
///
/// where r̄_B and r̄_W are the mean ranks (ties averaged) of the between- and within-group
/// distances — exactly as `skbio.stats.distance.anosim` (0.7.4) computes it. The p-value is
/// (permuted R ≥ observed R, + 1) / (permutations + 1) over seeded permutations of the labels,
/// permutation `k` drawn from (seed, k) so the result does not depend on the thread count.
/// Labels are compared as strings (numeric metadata is treated as categories, as in scikit-bio).
public func anosim(
    _ matrix: DistanceMatrix, grouping: [String], permutations: Int = 999, seed: UInt64 = 0, threads: Int? = nil
) throws(PermutationTestError) -> PermutationTestResult {
    guard permutations >= 0 else { throw .negativePermutations(permutations) }
    let coding = try GroupCoding(grouping, sampleCount: matrix.count)
    let n = matrix.count
    let ranks = Ranking.averageRanks(matrix.condensed).ranks
    let totalRank = NumPySum.sum(ranks)
    let pairs = Double(ranks.count)
    let withinPairs = Double(coding.sizes.reduce(0) { $0 + $1 * ($1 - 1) / 2 })
    let divisor = Double(n) * (Double(n - 1) / 4)
    let codes = coding.codes
    // Labelling 0 is the observed one; labelling k + 1 is permutation k.
    let withinRankSums = WithinGroupSums.sums(
        condensed: ranks, count: n, labellings: permutations + 1,
        divisors: [Double](repeating: 1, count: coding.labels.count), threads: threads
    ) { index in
        index == 0 ? codes : PermutationStreams.shuffled(codes, seed: seed, permutation: index - 1)
    }
    func statistic(_ withinRankSum: Double) -> Double {
        let meanWithin = withinRankSum / withinPairs
        let meanBetween = (totalRank - withinRankSum) / (pairs - withinPairs)
        return (meanBetween - meanWithin) / divisor
    }
    let observed = statistic(withinRankSums[0])
    let permuted = withinRankSums.dropFirst().map(statistic)
    return PermutationTestResult(
        method: "ANOSIM", testStatisticName: "R", sampleSize: n, numberOfGroups: coding.labels.count,
        testStatistic: observed, pValue: PermutationStreams.pValue(observed: observed, permuted) { $0 >= observed },
        permutations: permutations)
}
