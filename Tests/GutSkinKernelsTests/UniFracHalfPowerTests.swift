import GutSkinCore
import Testing

@testable import GutSkinKernels

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The α = 0.5 terms use a reciprocal square root from Newton steps instead of a square root and a
/// division: it must be within 2 ulp of 1/√s wherever proportions can take s, and the terms must
/// equal the `pow` formula's to rounding.
@Suite struct UniFracHalfPowerTests {
    /// Error of y against 1/√s, in units in the last place of the exact value.
    static func ulpError(_ y: Double, _ s: Double) -> Double {
        #if arch(x86_64) && !os(Windows)
            let exact = 1 / Float80(s).squareRoot()
            return Double(abs(Float80(y) - exact) / Float80(Double(exact).ulp))
        #else
            let exact = 1 / s.squareRoot()  // itself within 1 ulp
            return abs(y - exact) / exact.ulp - 1
        #endif
    }

    @Test func reciprocalSquareRootIsWithinTwoUlp() {
        var generator = SeededRandomNumberGenerator(seed: 5)
        var worst = 0.0
        // Every binade from 2^-60 (a one-read share of 10^18 reads) to 2 (two whole samples).
        for exponent in -60...1 {
            for _ in 0..<20_000 {
                let s = Double.random(in: 1..<2, using: &generator) * pow(2, Double(exponent))
                worst = max(worst, Self.ulpError(UniFracKernel.reciprocalSquareRoot(s), s))
            }
            for s in [pow(2, Double(exponent)), pow(2, Double(exponent)).nextDown] {
                worst = max(worst, Self.ulpError(UniFracKernel.reciprocalSquareRoot(s), s))
            }
        }
        print("UniFracHalfPowerTests: worst error of the Newton reciprocal square root \(worst) ulp")
        #expect(worst <= 2)
        #expect(worst > 0)  // it is an approximation: an exact result everywhere would mean it was not tested
    }

    @Test func termsEqualThePowFormula() {
        var generator = SeededRandomNumberGenerator(seed: 6)
        for _ in 0..<100_000 {
            let b = Double.random(in: 0.001...2, using: &generator)
            let u = Double.random(in: 1e-6...1, using: &generator)
            let w = Double.random(in: 1e-6...1, using: &generator)
            let terms = UniFracKernel.halfPowerTerms(
                b: b, u: u, uPower: b * u.squareRoot(), w: w, wPower: b * w.squareRoot())
            let s = u + w
            let numerator = b * pow(s, -0.5) * abs(u - w) - b * (u.squareRoot() + w.squareRoot())
            let denominator = b * pow(s, 0.5) - b * (u.squareRoot() + w.squareRoot())
            // Both are differences of terms of size b·√2 at most: compare on that scale.
            #expect(abs(terms.numerator - numerator) <= 1e-15 * b * 4)
            #expect(abs(terms.denominator - denominator) <= 1e-15 * b * 4)
        }
    }
}
