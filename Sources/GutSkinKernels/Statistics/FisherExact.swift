import Foundation

/// Fisher's exact test of a 2×2 contingency table [[a, b], [c, d]], as
/// `scipy.stats.fisher_exact(table, alternative)`.
///
/// Statistic: the sample (unconditional) odds ratio ad/(bc) (∞ when bc = 0 and ad > 0; NaN with
/// p = 1 when a row or column sums to zero). With row sums n₁ = a+b, n₂ = c+d and first-column sum
/// n = a+c, a follows the hypergeometric distribution H(N = n₁+n₂, n₁, n). "less" is P(X ≤ a),
/// "greater" P(X ≥ a); two-sided sums the probabilities of all tables no more likely than the
/// observed one, where "no more likely" means pmf ≤ pmf(a)·(1 + 10⁻¹⁴) (SciPy's relative
/// tolerance), found by SciPy's binary search on the far side of the mode.
/// Reference: Fisher (1922), doi:10.2307/2340521. Probabilities use Loader's (2000) saddle-point
/// binomial terms, so they keep relative accuracy for large tables.
///
/// Throws on negative counts.
public func fisherExact(_ table: [[Int]], alternative: Alternative = .twoSided) throws(StatisticsError) -> TestResult {
    guard table.count == 2, table.allSatisfy({ $0.count == 2 }) else {
        throw .invalidArgument("Fisher's exact test needs a 2×2 table")
    }
    let a = table[0][0]
    let b = table[0][1]
    let c = table[1][0]
    let d = table[1][1]
    guard a >= 0, b >= 0, c >= 0, d >= 0 else { throw .invalidArgument("Fisher's exact test: counts must be non-negative") }
    if a + b == 0 || c + d == 0 || a + c == 0 || b + d == 0 { return TestResult(statistic: .nan, pValue: 1) }
    let oddsRatio = (c > 0 && b > 0) ? Double(a) * Double(d) / (Double(c) * Double(b)) : .infinity
    let n1 = a + b
    let n2 = c + d
    let n = a + c
    let distribution = Hypergeometric(population: n1 + n2, successes: n1, draws: n)
    var p: Double
    switch alternative {
    case .less:
        p = distribution.cdf(a)
    case .greater:
        p = Hypergeometric(population: n1 + n2, successes: n1, draws: b + d).cdf(b)
    case .twoSided:
        let mode = Int(Double(n + 1) * Double(n1 + 1) / Double(n1 + n2 + 2))
        let pExact = distribution.pmf(a)
        let pMode = distribution.pmf(mode)
        let epsilon = 1e-14
        let gamma = 1 + epsilon
        if abs(pExact - pMode) / max(pExact, pMode) <= epsilon { return TestResult(statistic: oddsRatio, pValue: 1) }
        if a < mode {
            let lower = distribution.cdf(a)
            if distribution.pmf(n) > pExact * gamma { return TestResult(statistic: oddsRatio, pValue: lower) }
            let guess = binarySearch({ -distribution.pmf($0) }, target: -pExact * gamma, low: mode, high: n)
            p = lower + distribution.sf(guess)
        } else {
            let upper = distribution.sf(a - 1)
            if distribution.pmf(0) > pExact * gamma { return TestResult(statistic: oddsRatio, pValue: upper) }
            let guess = binarySearch({ distribution.pmf($0) }, target: pExact * gamma, low: 0, high: mode)
            p = upper + distribution.cdf(guess)
        }
    }
    return TestResult(statistic: oddsRatio, pValue: min(p, 1))
}

/// SciPy's `_binary_search_for_binom_tst`: the i in [low, high] with f(i) ≤ target < f(i+1), f increasing.
private func binarySearch(_ f: (Int) -> Double, target: Double, low: Int, high: Int) -> Int {
    var low = low
    var high = high
    while low < high {
        let middle = low + (high - low) / 2
        let value = f(middle)
        if value < target {
            low = middle + 1
        } else if value > target {
            high = middle - 1
        } else {
            return middle
        }
    }
    return f(low) <= target ? low : low - 1
}

/// The hypergeometric distribution: draws without replacement from a population with `successes`.
struct Hypergeometric {
    let population: Int, successes: Int, draws: Int
    var support: ClosedRange<Int> { max(0, draws - (population - successes))...min(draws, successes) }

    /// P(X = k) = dbinom(k; K, p)·dbinom(n−k; N−K, p) / dbinom(n; N, p), p = n/N (as R's `dhyper`).
    func pmf(_ k: Int) -> Double {
        guard support.contains(k) else { return 0 }
        let p = Double(draws) / Double(population)
        let q = Double(population - draws) / Double(population)
        let numerator = binomialTerm(k, successes, p, q) * binomialTerm(draws - k, population - successes, p, q)
        return numerator / binomialTerm(draws, population, p, q)
    }

    /// P(X ≤ k).
    func cdf(_ k: Int) -> Double {
        if k < support.lowerBound { return 0 }
        if k >= support.upperBound { return 1 }
        return (support.lowerBound...k).reduce(0.0) { $0 + pmf($1) }
    }

    /// P(X > k).
    func sf(_ k: Int) -> Double {
        if k >= support.upperBound { return 0 }
        if k < support.lowerBound { return 1 }
        return ((k + 1)...support.upperBound).reduce(0.0) { $0 + pmf($1) }
    }
}

/// The binomial probability C(n,x) pˣ qⁿ⁻ˣ with q = 1 − p given, by Loader's saddle-point form.
private func binomialTerm(_ x: Int, _ n: Int, _ p: Double, _ q: Double) -> Double {
    if p == 0 { return x == 0 ? 1 : 0 }
    if q == 0 { return x == n ? 1 : 0 }
    let nn = Double(n)
    let xx = Double(x)
    if x == 0 { return n == 0 ? 1 : exp(nn * (p < 0.1 ? log1p(-p) : log(q))) }
    if x == n { return exp(nn * (q < 0.1 ? log1p(-q) : log(p))) }
    let exponent =
        LogGammaCorrections.stirlingError(nn) - LogGammaCorrections.stirlingError(xx)
        - LogGammaCorrections.stirlingError(nn - xx)
        - LogGammaCorrections.deviance(xx, nn * p) - LogGammaCorrections.deviance(nn - xx, nn * q)
    let logScale = log(2 * Double.pi) + log(xx) + log1p(-xx / nn)
    return exp(exponent - 0.5 * logScale)
}
