import Foundation

/// Welch's unequal-variance t-test, as `scipy.stats.ttest_ind(x, y, equal_var=False)`.
///
/// t = (x̄ − ȳ)/√(s²ₓ/n₁ + s²ᵧ/n₂) with sample variances (n − 1 denominators); degrees of freedom by
/// Welch–Satterthwaite ν = (vₓ + vᵧ)² / (vₓ²/(n₁−1) + vᵧ²/(n₂−1)), vₓ = s²ₓ/n₁. Two-sided p = 2·T_ν(−|t|).
/// Reference: Welch (1947), doi:10.1093/biomet/34.1-2.28.
///
/// Fewer than two values in a sample, or both samples constant, give NaN (statistic and p).
public func welchT(_ x: [Double], _ y: [Double], alternative: Alternative = .twoSided) -> TestResult {
    guard x.count >= 2, y.count >= 2 else { return TestResult(statistic: .nan, pValue: .nan) }
    let n1 = Double(x.count)
    let n2 = Double(y.count)
    let xMean = NumPySum.sum(x) / n1
    let yMean = NumPySum.sum(y) / n2
    let xVariance = NumPySum.sum(x.map { ($0 - xMean) * ($0 - xMean) }) / (n1 - 1)
    let yVariance = NumPySum.sum(y.map { ($0 - yMean) * ($0 - yMean) }) / (n2 - 1)
    let vx = xVariance / n1
    let vy = yVariance / n2
    let degrees = (vx + vy) * (vx + vy) / (vx * vx / (n1 - 1) + vy * vy / (n2 - 1))
    let t = (xMean - yMean) / (vx + vy).squareRoot()
    guard t.isFinite, degrees.isFinite else { return TestResult(statistic: t, pValue: .nan) }
    let p: Double
    switch alternative {
    case .less: p = Distributions.studentTCDF(t, degreesOfFreedom: degrees)
    case .greater: p = Distributions.studentTSF(t, degreesOfFreedom: degrees)
    case .twoSided: p = 2 * Distributions.studentTSF(abs(t), degreesOfFreedom: degrees)
    }
    return TestResult(statistic: t, pValue: min(p, 1))
}
