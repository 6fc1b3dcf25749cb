import Foundation
import GutSkinCore

/// Random variates drawn from `SeededRandomNumberGenerator`, so Monte Carlo results are reproducible.
public enum RandomVariates {
    /// A uniform double in the open interval (0, 1): 53 random bits, offset by half a step.
    public static func openUniform(_ generator: inout SeededRandomNumberGenerator) -> Double {
        (Double(generator.next() >> 11) + 0.5) * 0x1p-53
    }

    /// A standard normal variate by Marsaglia's polar method (Marsaglia & Bray 1964,
    /// doi:10.1137/1006063); one of the pair is used, so each call's consumption is self-contained.
    public static func standardNormal(_ generator: inout SeededRandomNumberGenerator) -> Double {
        while true {
            let u = 2 * openUniform(&generator) - 1
            let v = 2 * openUniform(&generator) - 1
            let s = u * u + v * v
            if s > 0 && s < 1 { return u * (-2 * log(s) / s).squareRoot() }
        }
    }

    /// A Gamma(shape, 1) variate by Marsaglia & Tsang (2000), doi:10.1145/358407.358414:
    /// for shape α ≥ 1, d = α − ⅓, c = 1/√(9d), repeat x ~ N(0,1), v = (1+cx)³ until
    /// ln u < ½x² + d(1 − v + ln v) (with the squeeze u < 1 − 0.0331x⁴), return d·v.
    /// For α < 1, Gamma(α+1)·u^(1/α) (their §6). A shape ≤ 0 or NaN gives NaN.
    public static func gamma(shape: Double, _ generator: inout SeededRandomNumberGenerator) -> Double {
        guard shape > 0, shape.isFinite else { return .nan }
        if shape < 1 {
            let boosted = gamma(shape: shape + 1, &generator)
            return boosted * pow(openUniform(&generator), 1 / shape)
        }
        let d = shape - 1.0 / 3
        let c = 1 / (9 * d).squareRoot()
        while true {
            let x = standardNormal(&generator)
            let root = 1 + c * x
            if root <= 0 { continue }
            let v = root * root * root
            let u = openUniform(&generator)
            let xSquared = x * x
            if u < 1 - 0.0331 * xSquared * xSquared { return d * v }
            if log(u) < 0.5 * xSquared + d * (1 - v + log(v)) { return d * v }
        }
    }
}
