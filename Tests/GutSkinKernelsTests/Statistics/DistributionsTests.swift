import Foundation
import Testing

@testable import GutSkinKernels

/// Incomplete gamma/beta and the normal, t, χ² and F tails against scipy.special / scipy.stats.
@Suite struct DistributionsTests {
    @Test func incompleteGammaAndBetaMatchSciPy() throws {
        // Held to 1e-12 relative (the distributions' target); the deepest values here are near 1e-300.
        // The incomplete gamma is held to 1e-12 against 60-digit values and to 1e-10 against SciPy:
        // SciPy's (Cephes) igam/igamc lose up to ~1e-11 relative in deep tails at large a, where their
        // prefactor is exp(a ln x − x − lgamma(a)).
        var gamma = PValueAgreement(relativeTolerance: 1e-12)
        var gammaSciPy = PValueAgreement()
        var beta = PValueAgreement(relativeTolerance: 1e-12)
        for entry in try UnivariateGolden.cases("special") {
            if try entry.text("kind") == "gamma" {
                let a = try entry.number("a")
                let x = try entry.number("x")
                let (p, q) = IncompleteGamma.regularized(a: a, x: x)
                gamma.compare(p, try entry.number("P_hp"), "P(\(a), \(x))")
                gamma.compare(q, try entry.number("Q_hp"), "Q(\(a), \(x))")
                gammaSciPy.compare(p, try entry.number("P"), "P(\(a), \(x))")
                gammaSciPy.compare(q, try entry.number("Q"), "Q(\(a), \(x))")
            } else {
                let a = try entry.number("a")
                let b = try entry.number("b")
                let x = try entry.number("x")
                beta.compare(IncompleteBeta.lower(a: a, b: b, x: x), try entry.number("I"), "I(\(x); \(a), \(b))")
                beta.compare(IncompleteBeta.upper(a: a, b: b, x: x), try entry.number("Ic"), "1−I(\(x); \(a), \(b))")
            }
        }
        gamma.check("incomplete gamma vs 60-digit reference")
        gammaSciPy.check("incomplete gamma vs SciPy")
        beta.check("incomplete beta vs SciPy")
    }

    @Test func tailsMatchSciPy() throws {
        var agreement = PValueAgreement(relativeTolerance: 1e-12)
        for entry in try UnivariateGolden.cases("dist") {
            let x = try entry.number("x")
            switch try entry.text("kind") {
            case "normal": agreement.compare(Distributions.normalCDF(x), try entry.number("cdf"), "Φ(\(x))")
            case "t":
                let df = try entry.number("df")
                agreement.compare(Distributions.studentTCDF(x, degreesOfFreedom: df), try entry.number("cdf"), "t cdf \(x) \(df)")
                agreement.compare(Distributions.studentTSF(x, degreesOfFreedom: df), try entry.number("sf"), "t sf \(x) \(df)")
            case "chi2":
                let df = try entry.number("df")
                agreement.compare(Distributions.chiSquaredSF(x, degreesOfFreedom: df), try entry.number("sf"), "χ² sf \(x) \(df)")
            default:
                let d1 = try entry.number("d1")
                let d2 = try entry.number("d2")
                agreement.compare(
                    Distributions.fSF(x, numeratorDegreesOfFreedom: d1, denominatorDegreesOfFreedom: d2),
                    try entry.number("sf"), "F sf \(x) \(d1) \(d2)")
            }
        }
        agreement.check("distributions vs SciPy")
    }

    @Test func invalidArgumentsGiveNaN() {
        #expect(IncompleteGamma.lower(a: -1, x: 2).isNaN)
        #expect(IncompleteBeta.lower(a: 1, b: 0, x: 0.5).isNaN)
        #expect(Distributions.studentTSF(1, degreesOfFreedom: 0).isNaN)
        #expect(Distributions.chiSquaredSF(.nan, degreesOfFreedom: 2).isNaN)
        #expect(Distributions.chiSquaredSF(-1, degreesOfFreedom: 2) == 1)
    }
}

/// Hand-checked values and limits that need no reference file.
@Suite struct DistributionLimitsTests {
    @Test func extremeArgumentsDoNotTrapAndReachTheirLimits() {
        #expect(Distributions.studentTSF(1e200, degreesOfFreedom: 3) == 0)
        #expect(Distributions.studentTCDF(-1e200, degreesOfFreedom: 3) == 0)
        #expect(Distributions.fSF(1e308, numeratorDegreesOfFreedom: 10, denominatorDegreesOfFreedom: 10) == 0)
        #expect(Distributions.normalCDF(-40) == 0 && Distributions.normalCDF(40) == 1)
        // Γ(a) with a = 5e7: P(a, a) → ½ + 1/(3√(2πa)) (Temme); the series needs ~60,000 terms.
        let a = 5e7
        #expect(abs(IncompleteGamma.lower(a: a, x: a) - (0.5 + 1 / (3 * (2 * Double.pi * a).squareRoot()))) < 1e-9)
        // χ² with 2 degrees of freedom is exponential: sf(x) = e^(−x/2).
        for x in [0.1, 3.0, 50.0, 1400.0] {
            let expected = exp(-x / 2)
            #expect(abs(Distributions.chiSquaredSF(x, degreesOfFreedom: 2) - expected) <= 1e-13 * expected)
        }
        // Student t with 1 degree of freedom is Cauchy: sf(t) = ½ − atan(t)/π.
        for t in [0.5, 3.0, 40.0] {
            let expected = 0.5 - atan(t) / Double.pi
            #expect(abs(Distributions.studentTSF(t, degreesOfFreedom: 1) - expected) <= 1e-13 * expected)
        }
    }
}
