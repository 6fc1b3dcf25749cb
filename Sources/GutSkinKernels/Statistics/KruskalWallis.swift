import Foundation

/// The Kruskal–Wallis H test that k ≥ 2 independent groups share a distribution, as
/// `scipy.stats.kruskal(*groups)`.
///
/// H = [12/(N(N+1)) Σᵢ Rᵢ²/nᵢ − 3(N+1)] / C, with Rᵢ the rank sum of group i (average ranks over all
/// N values) and tie correction C = 1 − Σ(t³−t)/(N³−N); p = χ²ₖ₋₁ survival at H.
/// Reference: Kruskal & Wallis (1952), doi:10.1080/01621459.1952.10483441.
///
/// Throws with fewer than two groups, an empty group or NaN. When every value is tied (C = 0)
/// H and p are NaN, as in SciPy.
public func kruskalWallis(_ groups: [[Double]]) throws(StatisticsError) -> TestResult {
    guard groups.count >= 2 else { throw .invalidArgument("Kruskal–Wallis needs at least two groups") }
    guard groups.allSatisfy({ !$0.isEmpty }) else { throw .emptySample("Kruskal–Wallis: a group is empty") }
    guard !groups.contains(where: { $0.contains { $0.isNaN } }) else {
        throw .notANumber("Kruskal–Wallis: a group contains NaN")
    }
    let all = groups.flatMap { $0 }
    let (ranks, ties) = Ranking.averageRanks(all)
    let total = Double(all.count)
    let correction = 1 - Ranking.tieSum(ties) / (total * total * total - total)
    var sumOfSquares = 0.0
    var start = 0
    for group in groups {
        let rankSum = NumPySum.sum(Array(ranks[start..<(start + group.count)]))
        sumOfSquares += rankSum * rankSum / Double(group.count)
        start += group.count
    }
    guard correction > 0 else { return TestResult(statistic: .nan, pValue: .nan) }
    let h = (12.0 / (total * (total + 1)) * sumOfSquares - 3 * (total + 1)) / correction
    return TestResult(statistic: h, pValue: Distributions.chiSquaredSF(h, degreesOfFreedom: Double(groups.count - 1)))
}
