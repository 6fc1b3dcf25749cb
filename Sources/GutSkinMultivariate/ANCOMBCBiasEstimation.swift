import Foundation
import GutSkinKernels

/// The sampling-fraction bias of one coefficient, estimated by ANCOM-BC's EM algorithm.
///
/// Each feature's uncorrected coefficient β̂ᵢ is modelled as a three-component Gaussian mixture
/// around the common bias δ (Lin & Peddada 2020, Nat Commun 11:3514, Methods,
/// doi:10.1038/s41467-020-17041-7):
///
///   f(β̂ᵢ) = π₀ φ(β̂ᵢ; δ, νᵢ) + π₁ φ(β̂ᵢ; δ + l₁, νᵢ + κ₁) + π₂ φ(β̂ᵢ; δ + l₂, νᵢ + κ₂),
///
/// with νᵢ the coefficient's variance, l₁ ≤ 0 ≤ l₂. The E-step gives responsibilities; the M-step
/// updates π (means of responsibilities), δ (precision-weighted), l₁, l₂, and κ₁, κ₂ by
/// Nelder–Mead on the weighted negative log-likelihood. Iteration stops when the Euclidean change
/// of (π₀, π₁, π₂, δ, l₁, l₂, κ₁, κ₂) is ≤ `tolerance` or after `maximumIterations`.
/// A port of scikit-bio 0.7.4 `_estimate_bias_em` and `_init_bias_params` (its `_estimate_bias_var`
/// result is not used by `ancombc`'s output, so it is not computed).
public struct ANCOMBCBias: Sendable, Equatable {
    /// δ̂ from the EM algorithm: subtracted from the coefficient of every feature.
    public let emEstimate: Double

    /// Runs the EM algorithm on one coefficient's estimates and variances (same length, ≥ 1).
    public init(coefficients beta: [Double], variances varHat: [Double], tolerance: Double = 1e-5, maximumIterations: Int = 100) {
        let n = beta.count
        let sortedBeta = beta.sorted()
        // Initial parameters (_init_bias_params).
        let edges = [0.125, 0.25, 0.75, 0.875].map { NumPyStatistics.quantile(sorted: sortedBeta, $0) }
        let middle = beta.filter { $0 >= edges[1] && $0 <= edges[2] }
        var delta = middle.isEmpty ? NumPySum.mean(beta) : NumPySum.mean(middle)
        func tail(_ values: [Double], fallback: Double) -> (mean: Double, variance: Double) {
            guard !values.isEmpty else { return (fallback, 1) }
            let mean = NumPySum.mean(values)
            guard values.count > 1 else { return (mean, 1) }
            let squares = values.map { ($0 - mean) * ($0 - mean) }
            let variance = NumPySum.sum(squares) / Double(values.count - 1)
            return (mean, variance == 0 ? 1 : variance)
        }
        let lower = tail(beta.filter { $0 < edges[0] }, fallback: sortedBeta.first ?? .nan)
        let upper = tail(beta.filter { $0 > edges[3] }, fallback: sortedBeta.last ?? .nan)
        var params: [Double] = [0.75, 0.125, 0.125, delta, lower.mean, upper.mean, lower.variance, upper.variance]

        let nuInverse0 = varHat.map { 1 / $0 }
        let sdInverse0 = nuInverse0.map { $0.squareRoot() }
        let ratios0 = zip(beta, varHat).map { $0 / $1 }
        var nuInverse = [[Double]](repeating: [Double](repeating: 0, count: n), count: 2)
        var sdInverse = nuInverse
        var ratios = nuInverse
        var resp = [[Double]](repeating: [Double](repeating: 0, count: n), count: 3)
        var squaredDifference = nuInverse
        let optimizer = BoundedNelderMead()

        var loss = Double.infinity
        var iteration = 0
        while loss > tolerance && iteration < maximumIterations {
            for c in 0..<2 {
                for i in 0..<n {
                    let nu = varHat[i] + params[6 + c]
                    nuInverse[c][i] = 1 / nu
                    sdInverse[c][i] = nuInverse[c][i].squareRoot()
                    ratios[c][i] = (beta[i] - params[4 + c]) * nuInverse[c][i]
                }
            }
            // E-step.
            delta = params[3]
            let means = [delta, params[4] + delta, params[5] + delta]
            for i in 0..<n {
                var total = 0.0
                for c in 0..<3 {
                    let difference = beta[i] - means[c]
                    let precision = c == 0 ? nuInverse0[i] : nuInverse[c - 1][i]
                    let scale = c == 0 ? sdInverse0[i] : sdInverse[c - 1][i]
                    resp[c][i] = exp(difference * difference * precision * -0.5) * scale * params[c]
                }
                total = resp[0][i] + resp[1][i] + resp[2][i]
                for c in 0..<3 { resp[c][i] /= total }
            }
            // M-step.
            var updated = [Double](repeating: 0, count: 8)
            for c in 0..<3 { updated[c] = NumPySum.mean(resp[c]) }
            var numerator = 0.0
            var denominator = 0.0
            for i in 0..<n {
                numerator += resp[0][i] * ratios0[i] + resp[1][i] * ratios[0][i] + resp[2][i] * ratios[1][i]
                denominator += resp[0][i] * nuInverse0[i] + resp[1][i] * nuInverse[0][i] + resp[2][i] * nuInverse[1][i]
            }
            updated[3] = numerator / denominator
            for c in 0..<2 {
                var weighted = 0.0
                var weights = 0.0
                for i in 0..<n {
                    let w = resp[c + 1][i] * nuInverse[c][i]
                    weights += w
                    weighted += w * (beta[i] - delta)
                }
                let l = weighted / weights
                updated[4 + c] = c == 0 ? (l.isNaN ? l : min(l, 0)) : (l.isNaN ? l : max(l, 0))
            }
            for c in 0..<2 {
                for i in 0..<n {
                    let difference = beta[i] - means[c + 1]
                    squaredDifference[c][i] = difference * difference
                }
            }
            for c in 0..<2 {
                let sq = squaredDifference[c]
                let weights = resp[c + 1]
                updated[6 + c] = optimizer.minimize(startingAt: params[6 + c]) { x in
                    var sum = 0.0
                    for i in 0..<n {
                        let nu = varHat[i] + x
                        sum += weights[i] * (sq[i] / nu + log(nu))
                    }
                    return 0.5 * sum
                }
            }
            var squares = 0.0
            for k in 0..<8 { squares += (updated[k] - params[k]) * (updated[k] - params[k]) }
            loss = squares.squareRoot()
            params = updated
            iteration += 1
        }

        emEstimate = params[3]
    }
}
