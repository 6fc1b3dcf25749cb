import Foundation

/// Pieces that let tail probabilities keep full *relative* accuracy when their prefactors
/// (xᵃe⁻ˣ/Γ(a+1), xᵃ(1−x)ᵇ/B(a,b)) are far below 1: the exponent is assembled from terms that are
/// each computed to relative accuracy, never as a difference of large logarithms.
///
/// Reference: C. Loader (2000), "Fast and accurate computation of binomial probabilities"
/// (the `stirlerr` and `bd0` functions, also used by R's `dbinom`/`dpois`).
enum LogGammaCorrections {
    static let halfLogTwoPi = 0.918_938_533_204_672_741_78

    /// Stirling's error δ(a) = ln Γ(a+1) − (a + ½) ln a + a − ½ ln 2π, for a > 0.
    /// Asymptotic series for a > 15 (error < 1e-17), the definition through `lgamma` below.
    static func stirlingError(_ a: Double) -> Double {
        if a > 15 {
            let inverse = 1 / a
            let inverseSquared = inverse * inverse
            // 1/12, 1/360, 1/1260, 1/1680, 1/1188, 691/360360, 1/156 (Bernoulli-number series).
            let series =
                1.0 / 12 - inverseSquared
                * (1.0 / 360 - inverseSquared
                    * (1.0 / 1260 - inverseSquared
                        * (1.0 / 1680 - inverseSquared
                            * (1.0 / 1188 - inverseSquared
                                * (691.0 / 360_360
                                    - inverseSquared / 156)))))
            return series * inverse
        }
        return lgamma(a + 1) - (a + 0.5) * log(a) + a - halfLogTwoPi
    }

    /// The deviance term bd0(x, m) = x ln(x/m) + m − x ≥ 0, accurate also when x ≈ m
    /// (then through the series 2x Σ v^(2j+1)/(2j+1), v = (x−m)/(x+m)).
    static func deviance(_ x: Double, _ m: Double) -> Double {
        if x == 0 { return m }
        if m == 0 { return .infinity }
        if abs(x - m) < 0.1 * (x + m) {
            var v = (x - m) / (x + m)
            var sum = (x - m) * v
            var term = 2 * x * v
            v *= v
            var j = 1.0
            while j < 1000 {
                term *= v
                let next = sum + term / (2 * j + 1)
                if next == sum { return next }
                sum = next
                j += 1
            }
            return sum
        }
        return x * log(x / m) + m - x
    }

    /// xᵃ e⁻ˣ / Γ(a + 1) (the Poisson "density" at a with mean x), to full relative accuracy.
    static func poissonTerm(_ a: Double, _ x: Double) -> Double {
        if x == 0 { return a == 0 ? 1 : 0 }
        if a == 0 { return exp(-x) }
        if a < 1 { return exp(a * log(x) - x - lgamma(a + 1)) }
        return exp(-stirlingError(a) - deviance(a, x)) / (2 * Double.pi * a).squareRoot()
    }

    /// xᵃ yᵇ / B(a, b) with y = 1 − x supplied separately (so it keeps its own accuracy).
    static func betaTerm(a: Double, b: Double, x: Double, y: Double) -> Double {
        if x == 0 || y == 0 { return 0 }
        if a < 1 && b < 1 {
            // Both parameters small: every logarithm is moderate, the direct form is accurate.
            let logBeta = lgamma(a) + lgamma(b) - lgamma(a + b)
            return exp(a * log(x) + b * log(y) - logBeta)
        }
        if a < 1 { return smallLargeBetaTerm(small: a, large: b, smallX: x, largeX: y) }
        if b < 1 { return smallLargeBetaTerm(small: b, large: a, smallX: y, largeX: x) }
        let n = a + b
        let exponent =
            stirlingError(n) - stirlingError(a) - stirlingError(b)
            - deviance(a, n * x) - deviance(b, n * y)
        return (a * b / (2 * Double.pi * n)).squareRoot() * exp(exponent)
    }

    /// xᵃ yᵇ / B(a, b) for a < 1 ≤ b. ln Γ(b) − ln Γ(a+b) is not formed as a difference (it loses
    /// ~|ln Γ(b)|·ε); with n = a + b, Stirling's form gives the exponent
    /// a ln(nx) − nx − ln Γ(a) − ½ ln(1 + a/b) − bd0(b, ny) + δ(n) − δ(b).
    private static func smallLargeBetaTerm(small a: Double, large b: Double, smallX x: Double, largeX y: Double) -> Double {
        let n = a + b
        let exponent =
            a * log(n * x) - n * x - lgamma(a) - 0.5 * log1p(a / b) - deviance(b, n * y)
            + stirlingError(n) - stirlingError(b)
        return exp(exponent)
    }
}
