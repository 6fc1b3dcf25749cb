import Foundation

/// How `mannWhitneyU` computes its p-value (SciPy's `method`).
public enum MannWhitneyMethod: String, Sendable {
    /// SciPy 1.17's rule: exact when either sample has at most 8 values and there are no ties,
    /// otherwise asymptotic.
    case automatic = "auto"
    /// The exact null distribution of U (valid without ties).
    case exact
    /// Normal approximation with tie correction (and continuity correction if requested).
    case asymptotic
}

/// The Mann–Whitney U test (Wilcoxon rank-sum) of two independent samples, as
/// `scipy.stats.mannwhitneyu(x, y, use_continuity, alternative, method)` in SciPy 1.17.
///
/// Statistic: U₁ = R₁ − n₁(n₁+1)/2, U of the *first* sample (R₁ its rank sum, average ranks for ties).
/// "greater" tests whether `x` tends to exceed `y` using U₁; "less" uses U₂ = n₁n₂ − U₁; two-sided
/// doubles the survival function at max(U₁, U₂), clipped to 1.
/// Asymptotic: z = (U − n₁n₂/2 − ½[continuity]) / σ, σ² = n₁n₂/12 · ((n+1) − Σ(t³−t)/(n(n−1))), p = Φ(−z).
/// Exact: the null distribution of U from the generating function Πᵢ (1 − q^{n₂+i})/(1 − qᵢ),
/// i = 1…n₁ (Mann & Whitney 1947); SciPy's sf uses the symmetric complement the same way.
/// References: Mann & Whitney (1947), doi:10.1214/aoms/1177730491; SciPy `_mannwhitneyu.py`.
///
/// Throws on an empty sample or a NaN value (SciPy raises too).
public func mannWhitneyU(
    _ x: [Double], _ y: [Double], alternative: Alternative = .twoSided,
    method: MannWhitneyMethod = .automatic, useContinuity: Bool = true
) throws(StatisticsError) -> TestResult {
    guard !x.isEmpty, !y.isEmpty else { throw .emptySample("Mann–Whitney U needs at least one value in each sample") }
    guard !(x.contains { $0.isNaN } || y.contains { $0.isNaN }) else {
        throw .notANumber("Mann–Whitney U: the samples contain NaN")
    }
    let n1 = x.count
    let n2 = y.count
    let (ranks, ties) = Ranking.averageRanks(x + y)
    let rankSum = NumPySum.sum(Array(ranks[0..<n1]))
    let u1 = rankSum - Double(n1 * (n1 + 1)) / 2
    let u2 = Double(n1) * Double(n2) - u1
    let (u, factor): (Double, Double)
    switch alternative {
    case .greater: (u, factor) = (u1, 1)
    case .less: (u, factor) = (u2, 1)
    case .twoSided: (u, factor) = (max(u1, u2), 2)
    }
    var chosen = method
    if chosen == .automatic {
        chosen = (n1 > 8 && n2 > 8) || ties.contains { $0 > 1 } ? .asymptotic : .exact
    }
    var p: Double
    if chosen == .exact {
        // SciPy casts U to int64 (truncation), which matters only for an exact test forced on ties.
        p = MannWhitneyExactDistribution(n1, n2).survival(atLeast: Int(u.rounded(.towardZero)))
    } else {
        let n = Double(n1 + n2)
        let mean = Double(n1) * Double(n2) / 2
        let sigma = (Double(n1) * Double(n2) / 12 * ((n + 1) - Ranking.tieSum(ties) / (n * (n - 1)))).squareRoot()
        var numerator = u - mean
        if useContinuity { numerator -= 0.5 }
        p = Distributions.normalCDF(-(numerator / sigma))
    }
    p *= factor
    return TestResult(statistic: u1, pValue: min(max(p, 0), 1))
}

/// The null distribution of the Mann–Whitney U statistic for sample sizes (n₁, n₂) without ties.
struct MannWhitneyExactDistribution {
    let small: Int, large: Int
    /// Probability of each U = 0 … small·large.
    let probabilities: [Double]

    init(_ n1: Int, _ n2: Int) {
        small = min(n1, n2)
        large = max(n1, n2)
        let maxU = small * large
        // Counts of U: coefficients of Πᵢ₌₁..small (1 − q^{large+i}) / (1 − q^i), a Gaussian binomial.
        var counts = [Double](repeating: 0, count: maxU + 1)
        counts[0] = 1
        for i in 1...max(small, 1) where small > 0 {
            // Multiply by (1 − q^{large+i}) from the top down, then divide by (1 − q^i) (a running sum).
            let shift = large + i
            if shift <= maxU {
                for k in stride(from: maxU, through: shift, by: -1) { counts[k] -= counts[k - shift] }
            }
            if i <= maxU { for k in i...maxU { counts[k] += counts[k - i] } }
        }
        let total = counts.reduce(0, +)
        probabilities = counts.map { $0 / total }
    }

    /// P(U ≥ k), SciPy's way: for k below the centre, 1 − cdf(k) + pmf(k); otherwise cdf(n₁n₂ − k).
    func survival(atLeast k: Int) -> Double {
        let complement = small * large - k
        if k < complement {
            return 1 - cumulative(k) + probabilities[k]
        }
        return cumulative(max(complement, 0))
    }

    private func cumulative(_ k: Int) -> Double {
        var sum = 0.0
        for index in 0...min(k, probabilities.count - 1) { sum += probabilities[index] }
        return sum
    }
}
