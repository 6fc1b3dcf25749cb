import Foundation

/// How `wilcoxonSignedRank` treats zero differences (SciPy's `zero_method`).
public enum WilcoxonZeroMethod: String, Sendable {
    /// Drop zero differences before ranking (Wilcoxon 1945; SciPy's default).
    case wilcox
    /// Rank zeros with the others, then drop them; adjust mean and variance (Pratt 1959).
    case pratt
    /// Rank zeros with the others and split their ranks evenly between the signs.
    case zsplit
}

/// The Wilcoxon signed-rank test of paired samples (differences d = x − y), as
/// `scipy.stats.wilcoxon(x, y, zero_method, correction=False, alternative, method="auto")` in SciPy 1.17.
///
/// R⁺ (R⁻) is the sum of ranks of |d| over positive (negative) d. Statistic: min(R⁺, R⁻) for the
/// two-sided test, R⁺ for one-sided ones. p-value, by SciPy 1.17's "auto" rule on n = len(d):
/// - n ≤ 50, no ties and no zeros: exact null distribution of R⁺ (counts of subset sums of 1…n);
/// - n ≤ 13 with ties or zeros: SciPy's exact permutation test (all 2ⁿ sign flips, values within a
///   relative 100ε of the observed R⁺ count as equal);
/// - otherwise the normal approximation z = (R⁺ − μ)/σ, μ = m(m+1)/4, σ² = [m(m+1)(2m+1) − Σ(t³−t)/2]/24
///   (m the number of differences ranked), with an optional continuity correction of ½.
/// Reference: Wilcoxon (1945), doi:10.2307/3001968; SciPy `_wilcoxon.py`.
///
/// Throws on differing lengths, empty input or NaN. If every difference is zero, p is NaN.
public func wilcoxonSignedRank(
    _ x: [Double], _ y: [Double], alternative: Alternative = .twoSided,
    zeroMethod: WilcoxonZeroMethod = .wilcox, correction: Bool = false
) throws(StatisticsError) -> TestResult {
    guard x.count == y.count else { throw .lengthMismatch("Wilcoxon signed-rank: x and y must have the same length") }
    return try wilcoxonSignedRank(
        differences: zip(x, y).map { $0 - $1 }, alternative: alternative,
        zeroMethod: zeroMethod, correction: correction)
}

/// The one-sample form: the signed-rank test that the differences `d` are symmetric about 0.
public func wilcoxonSignedRank(
    differences d: [Double], alternative: Alternative = .twoSided,
    zeroMethod: WilcoxonZeroMethod = .wilcox, correction: Bool = false
) throws(StatisticsError) -> TestResult {
    guard !d.isEmpty else { throw .emptySample("Wilcoxon signed-rank needs at least one difference") }
    guard !d.contains(where: { $0.isNaN }) else { throw .notANumber("Wilcoxon signed-rank: a difference is NaN") }
    let signed = WilcoxonSignedRanks(d, zeroMethod: zeroMethod)
    let zeroCount = d.filter { $0 == 0 }.count
    let statistic = alternative == .twoSided ? min(signed.rPlus, signed.rMinus) : signed.rPlus
    guard signed.count > 0 else { return TestResult(statistic: statistic, pValue: .nan) }

    var p: Double
    if d.count <= 50 && !signed.hasTies && zeroCount == 0 {
        let distribution = WilcoxonExactDistribution(n: signed.count)
        switch alternative {
        case .less: p = distribution.cdf(Int(signed.rPlus.rounded(.up)))
        case .greater: p = distribution.sf(Int(signed.rPlus.rounded(.down)))
        case .twoSided:
            p = 2 * min(distribution.sf(Int(signed.rPlus.rounded(.down))), distribution.cdf(Int(signed.rPlus.rounded(.up))))
        }
    } else if d.count <= 13 {
        p = signFlipPermutationPValue(d, zeroMethod: zeroMethod, observed: signed.rPlus, alternative: alternative)
    } else {
        var z = (signed.rPlus - signed.mean) / signed.standardDeviation
        if correction {
            let sign: Double = alternative == .greater ? 1 : alternative == .less ? -1 : (z > 0 ? 1 : z < 0 ? -1 : 0)
            z -= sign * 0.5 / signed.standardDeviation
        }
        switch alternative {
        case .less: p = Distributions.normalCDF(z)
        case .greater: p = Distributions.normalSF(z)
        case .twoSided: p = 2 * Distributions.normalSF(abs(z))
        }
    }
    return TestResult(statistic: statistic, pValue: min(max(p, 0), 1))
}

/// R⁺, R⁻ and the normal-approximation moments for one vector of differences.
struct WilcoxonSignedRanks {
    var rPlus = 0.0, rMinus = 0.0, mean = 0.0, standardDeviation = 0.0
    /// The number of differences ranked (zeros excluded for `wilcox`).
    var count = 0
    var hasTies = false

    init(_ d: [Double], zeroMethod: WilcoxonZeroMethod) {
        let ranked = zeroMethod == .wilcox ? d.filter { $0 != 0 } : d
        count = ranked.count
        let (ranks, ties) = Ranking.averageRanks(ranked.map { abs($0) })
        hasTies = ties.contains { $0 > 1 }
        var zeroRanks = 0.0
        for (value, rank) in zip(ranked, ranks) {
            if value > 0 { rPlus += rank } else if value < 0 { rMinus += rank } else { zeroRanks += rank }
        }
        if zeroMethod == .zsplit {
            rPlus += zeroRanks / 2
            rMinus += zeroRanks / 2
        }
        let m = Double(count)
        mean = m * (m + 1) * 0.25
        var varianceTimes24 = m * (m + 1) * (2 * m + 1)
        var tieSum = Ranking.tieSum(ties)
        if zeroMethod == .pratt {
            let zeros = Double(d.filter { $0 == 0 }.count)
            mean -= zeros * (zeros + 1) * 0.25
            varianceTimes24 -= zeros * (zeros + 1) * (2 * zeros + 1)
            // Zeros, ranked first, form the first tie group; they do not enter the tie correction.
            if zeros > 0, let first = ties.first { tieSum -= Double(first * first * first - first) }
        }
        standardDeviation = ((varianceTimes24 - tieSum / 2) / 24).squareRoot()
    }
}

/// The exact null distribution of R⁺ for n untied, non-zero differences: the number of subsets of
/// {1…n} with each sum, divided by 2ⁿ (exact in doubles up to n = 50, counts < 2⁵³).
struct WilcoxonExactDistribution {
    let n: Int
    let probabilities: [Double]

    init(n: Int) {
        self.n = n
        var counts: [Double] = [1]
        if n > 0 {
            for k in 1...n {
                var next = [Double](repeating: 0, count: k * (k + 1) / 2 + 1)
                for (index, value) in counts.enumerated() {
                    next[index] += value
                    next[index + k] += value
                }
                counts = next
            }
        }
        let scale = pow(2.0, Double(n))
        probabilities = counts.map { $0 / scale }
    }

    private var mean: Double { Double(n * (n + 1)) / 4 }
    private func lowerSum(_ k: Int) -> Double {
        guard k >= 0 else { return 0 }
        return NumPySum.sum(Array(probabilities[0...min(k, probabilities.count - 1)]))
    }
    private func upperSum(_ k: Int) -> Double {
        guard k < probabilities.count else { return 0 }
        return NumPySum.sum(Array(probabilities[max(k, 0)...]))
    }

    /// P(R⁺ ≤ k), summed from the nearer end as SciPy does.
    func cdf(_ k: Int) -> Double { Double(k) <= mean ? lowerSum(k) : 1 - upperSum(k + 1) }
    /// P(R⁺ ≥ k).
    func sf(_ k: Int) -> Double { Double(k) <= mean ? upperSum(k) : 1 - lowerSum(k - 1) }
}

/// SciPy's exact permutation p-value for the signed-rank statistic: every one of the 2ⁿ sign
/// assignments of `d` (n ≤ 13), R⁺ recomputed for each; values within |100ε·observed| of the
/// observed one count as ties (`scipy.stats.permutation_test`, permutation_type="samples").
private func signFlipPermutationPValue(
    _ d: [Double], zeroMethod: WilcoxonZeroMethod, observed: Double, alternative: Alternative
) -> Double {
    let total = 1 << d.count
    let tolerance = abs(Double.ulpOfOne * 100 * observed)
    var atMost = 0
    var atLeast = 0
    var flipped = d
    for pattern in 0..<total {
        for index in d.indices { flipped[index] = (pattern >> index) & 1 == 1 ? -d[index] : d[index] }
        let value = WilcoxonSignedRanks(flipped, zeroMethod: zeroMethod).rPlus
        if value <= observed + tolerance { atMost += 1 }
        if value >= observed - tolerance { atLeast += 1 }
    }
    let less = Double(atMost) / Double(total)
    let greater = Double(atLeast) / Double(total)
    switch alternative {
    case .less: return less
    case .greater: return greater
    case .twoSided: return min(less, greater) * 2
    }
}
