import Foundation

/// Cumulative distribution and survival functions of the reference distributions the tests use.
/// SF values are computed directly (never 1 − CDF), so small p-values keep relative accuracy.
/// Invalid parameters (non-positive degrees of freedom, NaN) give NaN.
public enum Distributions {
    /// Standard normal CDF Φ(z), as Cephes/SciPy `ndtr`: t = z/√2; for |t| < 1/√2 it is
    /// ½ + ½ erf(t), otherwise ½ erfc(|t|) (complemented for t > 0). Abramowitz & Stegun 26.2.29.
    public static func normalCDF(_ z: Double) -> Double {
        if z.isNaN { return .nan }
        let t = z * 0.707_106_781_186_547_524_40
        let magnitude = abs(t)
        if magnitude < 0.707_106_781_186_547_524_40 { return 0.5 + 0.5 * erf(t) }
        let half = 0.5 * erfc(magnitude)
        return t > 0 ? 1 - half : half
    }

    /// Standard normal survival 1 − Φ(z) = Φ(−z).
    public static func normalSF(_ z: Double) -> Double { normalCDF(-z) }

    /// Student t CDF with ν > 0 degrees of freedom (ν may be fractional, e.g. Welch–Satterthwaite):
    /// for t < 0, F(t) = ½ I_{ν/(ν+t²)}(ν/2, ½) (DLMF 8.17 / Abramowitz & Stegun 26.5.27), and
    /// 1 − F(−t) for t > 0. x = ν/(ν+t²) and 1 − x = t²/(ν+t²) are formed separately.
    public static func studentTCDF(_ t: Double, degreesOfFreedom nu: Double) -> Double {
        guard nu > 0, !t.isNaN, !nu.isNaN else { return .nan }
        if t.isInfinite { return t > 0 ? 1 : 0 }
        if nu.isInfinite { return normalCDF(t) }
        let tail = studentTailBelow(-abs(t), nu)
        return t <= 0 ? tail : 1 - tail
    }

    /// Student t survival 1 − F(t) = F(−t).
    public static func studentTSF(_ t: Double, degreesOfFreedom nu: Double) -> Double {
        studentTCDF(-t, degreesOfFreedom: nu)
    }

    /// P(T ≤ t) for t ≤ 0 as ½ I_x(ν/2, ½), x = ν/(ν+t²) and y = 1 − x = t²/(ν+t²) each formed
    /// directly; for t² ≥ ν through r = ν/t², so that a huge t (t² overflowing) still gives x = 0, y = 1.
    private static func studentTailBelow(_ t: Double, _ nu: Double) -> Double {
        let tSquared = t * t
        let x: Double
        let y: Double
        if tSquared < nu {
            x = nu / (nu + tSquared)
            y = tSquared / (nu + tSquared)
        } else {
            let ratio = nu / tSquared
            x = ratio / (1 + ratio)
            y = 1 / (1 + ratio)
        }
        return 0.5 * IncompleteBeta.regularized(a: nu / 2, b: 0.5, x: x, y: y).lower
    }

    /// χ² survival with k > 0 degrees of freedom: Q(k/2, x/2) (SciPy `chdtrc`). x ≤ 0 gives 1.
    public static func chiSquaredSF(_ x: Double, degreesOfFreedom k: Double) -> Double {
        guard k > 0, !x.isNaN else { return .nan }
        if x <= 0 { return 1 }
        return IncompleteGamma.upper(a: k / 2, x: x / 2)
    }

    /// F(d₁, d₂) survival: 1 − I_{d₁x/(d₁x+d₂)}(d₁/2, d₂/2) = I_{d₂/(d₂+d₁x)}(d₂/2, d₁/2)
    /// (Abramowitz & Stegun 26.6.2; SciPy `fdtrc`). x ≤ 0 gives 1.
    public static func fSF(_ x: Double, numeratorDegreesOfFreedom d1: Double, denominatorDegreesOfFreedom d2: Double) -> Double {
        guard d1 > 0, d2 > 0, !x.isNaN else { return .nan }
        if x <= 0 { return 1 }
        if x.isInfinite { return 0 }
        let scaled = d1 * x
        if scaled.isInfinite { return 0 }
        let lowerArgument = scaled / (scaled + d2)
        let upperArgument = d2 / (scaled + d2)
        return IncompleteBeta.regularized(a: d1 / 2, b: d2 / 2, x: lowerArgument, y: upperArgument).upper
    }
}
