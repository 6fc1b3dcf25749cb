import Foundation

/// The regularized incomplete beta function Iₓ(a, b) and its complement 1 − Iₓ(a, b) = I₁₋ₓ(b, a),
/// for a, b > 0 and 0 ≤ x ≤ 1.
///
/// Method: the continued fraction of DLMF 8.17.22,
/// Iₓ(a,b) = xᵃ(1−x)ᵇ/(a B(a,b)) · 1/(1+ d₁/(1+ d₂/(1+ …))),
/// d₂ₘ₊₁ = −(a+m)(a+b+m)x / ((a+2m)(a+2m+1)), d₂ₘ = m(b−m)x / ((a+2m−1)(a+2m)),
/// evaluated by modified Lentz for whichever tail is smaller (x below or above (a+1)/(a+b+2));
/// the other is the complement. The prefactor xᵃyᵇ/B(a,b) is assembled with Loader's (2000)
/// Stirling-error and deviance terms (`LogGammaCorrections.betaTerm`), which is what keeps deep tails
/// accurate to relative ≈ ε·|ln I| — the usual exp(ln Γ sums) prefactor loses digits there.
/// `y` = 1 − x is passed separately so callers (t, F, correlation) can supply it without
/// cancellation.
///
/// The fraction needs O(√max(a, b)) steps near the mean; at most 10⁷ are taken.
/// Invalid arguments give NaN.
public enum IncompleteBeta {
    /// (Iₓ(a,b), 1 − Iₓ(a,b)) with y = 1 − x given separately.
    public static func regularized(a: Double, b: Double, x: Double, y: Double) -> (lower: Double, upper: Double) {
        guard a > 0, b > 0, a.isFinite, b.isFinite, x >= 0, y >= 0, x <= 1, y <= 1 else { return (.nan, .nan) }
        if x == 0 { return (0, 1) }
        if y == 0 { return (1, 0) }
        if x < (a + 1) / (a + b + 2) {
            let lower = continuedFraction(a: a, b: b, x: x, y: y)
            return (lower, 1 - lower)
        }
        let upper = continuedFraction(a: b, b: a, x: y, y: x)
        return (1 - upper, upper)
    }

    /// Iₓ(a, b) (scipy.special.betainc).
    public static func lower(a: Double, b: Double, x: Double) -> Double {
        regularized(a: a, b: b, x: x, y: 1 - x).lower
    }

    /// 1 − Iₓ(a, b) (scipy.special.betaincc).
    public static func upper(a: Double, b: Double, x: Double) -> Double {
        regularized(a: a, b: b, x: x, y: 1 - x).upper
    }

    private static func continuedFraction(a: Double, b: Double, x: Double, y: Double) -> Double {
        let prefactor = LogGammaCorrections.betaTerm(a: a, b: b, x: x, y: y) / a
        if prefactor == 0 { return 0 }
        let tiny = 1e-300
        var c = 1.0
        var d = 1 - (a + b) * x / (a + 1)
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var fraction = d
        var m = 1.0
        while m < 10_000_000 {
            let twoM = 2 * m
            // Even step.
            var numerator = m * (b - m) * x / ((a + twoM - 1) * (a + twoM))
            d = 1 + numerator * d
            if abs(d) < tiny { d = tiny }
            c = 1 + numerator / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            fraction *= d * c
            // Odd step.
            numerator = -(a + m) * (a + b + m) * x / ((a + twoM) * (a + twoM + 1))
            d = 1 + numerator * d
            if abs(d) < tiny { d = tiny }
            c = 1 + numerator / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            fraction *= delta
            if abs(delta - 1) < 1e-16 { break }
            m += 1
        }
        return prefactor * fraction
    }
}
