import Foundation
import GutSkinKernels

/// Ordinary least squares with heteroscedasticity- and autocorrelation-consistent (HAC) standard
/// errors (Newey & West 1987, doi:10.2307/1913610): cov = (X'X)⁻¹ S (X'X)⁻¹ with
/// S = Σₜ uₜ² xₜxₜ' + Σₗ₌₁..ₘ (1 − l/(m+1)) Σₜ uₜuₜ₋ₗ (xₜxₜ₋ₗ' + xₜ₋ₗxₜ'), Bartlett weights, as
/// statsmodels' `OLS(...).fit(cov_type="HAC", cov_kwds={"maxlags": m})` computes it (no small-sample
/// correction, its default for HAC); intervals and p-values from the normal distribution,
/// as statsmodels gives for HAC. Rows are taken as consecutive in time.
public struct NeweyWestRegression: Sendable, Equatable, Codable {
    public let coefficients: [Double]
    public let standardErrors: [Double]
    public let maxLags: Int
    public let observations: Int

    /// The Newey–West (1994) rule of thumb for the truncation lag: ⌊4 (n/100)^(2/9)⌋.
    public static func defaultMaxLags(observations n: Int) -> Int {
        Int((4 * pow(Double(n) / 100, 2.0 / 9.0)).rounded(.down))
    }

    /// Fits `y` on the columns of `x` (rows are observations; include a constant column yourself);
    /// nil when there are no more rows than columns or X'X is singular.
    public init?(y: [Double], x: [[Double]], maxLags: Int? = nil) {
        let n = y.count
        let k = x.first?.count ?? 0
        guard n > k, k > 0, x.count == n else { return nil }
        var xtx = [[Double]](repeating: [Double](repeating: 0, count: k), count: k)
        var xty = [Double](repeating: 0, count: k)
        for t in 0..<n {
            for i in 0..<k {
                xty[i] += x[t][i] * y[t]
                for j in 0..<k { xtx[i][j] += x[t][i] * x[t][j] }
            }
        }
        guard let bread = SmallLinearAlgebra.inverse(xtx) else { return nil }
        let beta = SmallLinearAlgebra.multiply(bread, xty)
        let residuals = (0..<n).map { t in y[t] - (0..<k).reduce(0) { $0 + x[t][$1] * beta[$1] } }
        let lags = min(maxLags ?? Self.defaultMaxLags(observations: n), n - 1)
        let scores = (0..<n).map { t in x[t].map { $0 * residuals[t] } }
        var meat = [[Double]](repeating: [Double](repeating: 0, count: k), count: k)
        for lag in 0...lags {
            let weight = lag == 0 ? 1 : 1 - Double(lag) / Double(lags + 1)
            for t in lag..<n {
                for i in 0..<k {
                    for j in 0..<k {
                        let term = scores[t][i] * scores[t - lag][j]
                        meat[i][j] += lag == 0 ? term : weight * (term + scores[t - lag][i] * scores[t][j])
                    }
                }
            }
        }
        let covariance = SmallLinearAlgebra.multiply(SmallLinearAlgebra.multiply(bread, meat), bread)
        coefficients = beta
        standardErrors = (0..<k).map { max(0, covariance[$0][$0]).squareRoot() }
        self.maxLags = lags
        observations = n
    }

    /// The two-sided p-value of coefficient `index` from the normal distribution.
    public func pValue(_ index: Int) -> Double {
        guard standardErrors[index] > 0 else { return coefficients[index] == 0 ? 1 : 0 }
        return 2 * Distributions.normalSF(abs(coefficients[index] / standardErrors[index]))
    }

    /// The 95% normal interval of coefficient `index`.
    public func interval(_ index: Int, z: Double = 1.959_963_984_540_054) -> (low: Double, high: Double) {
        (coefficients[index] - z * standardErrors[index], coefficients[index] + z * standardErrors[index])
    }
}
