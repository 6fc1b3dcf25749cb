import Foundation

/// Pearson's product-moment correlation with its two-sided p-value, as `scipy.stats.pearsonr(x, y)`.
///
/// r = Σ(x−x̄)(y−ȳ) / (‖x−x̄‖‖y−ȳ‖), clipped to [−1, 1]. Under independence of bivariate normals,
/// (r+1)/2 ~ Beta(n/2−1, n/2−1), so p = 2·I_{(1−|r|)/2}(n/2−1, n/2−1) (SciPy's beta-distribution p).
/// Reference: Fisher (1915), doi:10.2307/2331838.
///
/// Throws on differing lengths, fewer than two pairs or NaN. A constant input gives NaN r and p
/// (SciPy warns and returns NaN); n = 2 gives p = 1.
public func pearson(_ x: [Double], _ y: [Double]) throws(StatisticsError) -> TestResult {
    guard x.count == y.count else { throw .lengthMismatch("Pearson correlation: x and y must have the same length") }
    guard x.count >= 2 else { throw .emptySample("Pearson correlation needs at least two pairs") }
    guard !(x.contains { $0.isNaN } || y.contains { $0.isNaN }) else { throw .notANumber("Pearson correlation: NaN in input") }
    let r = pearsonCoefficient(x, y)
    guard !r.isNaN else { return TestResult(statistic: .nan, pValue: .nan) }
    return TestResult(statistic: r, pValue: correlationPValue(r, count: x.count))
}

/// Spearman's rank correlation with its two-sided p-value, as `scipy.stats.spearmanr(x, y)`.
///
/// ρ is Pearson's r of the average ranks; p from Student's t with n − 2 degrees of freedom at
/// t = ρ·√((n−2)/((1+ρ)(1−ρ))) (so |ρ| = 1 gives p = 0). Reference: Spearman (1904), doi:10.2307/1412159.
///
/// Throws like `pearson`. A constant input gives NaN; n = 2 gives p NaN (no degrees of freedom).
public func spearman(_ x: [Double], _ y: [Double]) throws(StatisticsError) -> TestResult {
    guard x.count == y.count else { throw .lengthMismatch("Spearman correlation: x and y must have the same length") }
    guard x.count >= 2 else { throw .emptySample("Spearman correlation needs at least two pairs") }
    guard !(x.contains { $0.isNaN } || y.contains { $0.isNaN }) else { throw .notANumber("Spearman correlation: NaN in input") }
    let rho = covarianceCorrelation(Ranking.averageRanks(x).ranks, Ranking.averageRanks(y).ranks)
    guard !rho.isNaN else { return TestResult(statistic: .nan, pValue: .nan) }
    let degrees = Double(x.count - 2)
    guard degrees > 0 else { return TestResult(statistic: rho, pValue: .nan) }
    let t = rho * max(degrees / ((rho + 1) * (1 - rho)), 0).squareRoot()
    let p = 2 * Distributions.studentTSF(abs(t), degreesOfFreedom: degrees)
    return TestResult(statistic: rho, pValue: p)
}

/// r of two equal-length vectors, NaN when either is constant.
private func pearsonCoefficient(_ x: [Double], _ y: [Double]) -> Double {
    let n = Double(x.count)
    let xMean = NumPySum.sum(x) / n
    let yMean = NumPySum.sum(y) / n
    let xCentred = x.map { $0 - xMean }
    let yCentred = y.map { $0 - yMean }
    guard x.contains(where: { $0 != x[0] }), y.contains(where: { $0 != y[0] }) else { return .nan }
    let xNorm = NumPySum.sum(xCentred.map { $0 * $0 }).squareRoot()
    let yNorm = NumPySum.sum(yCentred.map { $0 * $0 }).squareRoot()
    let products = zip(xCentred, yCentred).map { ($0 / xNorm) * ($1 / yNorm) }
    return min(max(NumPySum.sum(products), -1), 1)
}

/// r as `numpy.corrcoef` forms it (what `spearmanr` uses): c = cov/(n−1), r = c_xy/√c_xx/√c_yy,
/// clipped to [−1, 1]. Keeping NumPy's order makes a perfect rank agreement exactly ±1 (p = 0).
private func covarianceCorrelation(_ x: [Double], _ y: [Double]) -> Double {
    guard x.contains(where: { $0 != x[0] }), y.contains(where: { $0 != y[0] }) else { return .nan }
    let n = Double(x.count)
    let xMean = NumPySum.sum(x) / n
    let yMean = NumPySum.sum(y) / n
    let xCentred = x.map { $0 - xMean }
    let yCentred = y.map { $0 - yMean }
    var xx = 0.0
    var yy = 0.0
    var xy = 0.0
    for (a, b) in zip(xCentred, yCentred) {
        xx += a * a
        yy += b * b
        xy += a * b
    }
    let r = (xy / (n - 1)) / (xx / (n - 1)).squareRoot() / (yy / (n - 1)).squareRoot()
    return min(max(r, -1), 1)
}

/// Two-sided p of a Pearson r from n pairs: 2·I_{(1−|r|)/2}(n/2−1, n/2−1).
private func correlationPValue(_ r: Double, count: Int) -> Double {
    if count <= 2 { return 1 }
    let shape = Double(count) / 2 - 1
    let magnitude = abs(r)
    let tail = IncompleteBeta.regularized(a: shape, b: shape, x: (1 - magnitude) / 2, y: (1 + magnitude) / 2).lower
    return min(2 * tail, 1)
}
