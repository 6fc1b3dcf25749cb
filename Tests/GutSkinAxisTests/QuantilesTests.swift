import Foundation
import Testing

@testable import GutSkinAxis

@Suite struct QuantilesTests {
    /// Golden values from NumPy 2.4.6: `numpy.percentile([3.2, 1.0, 7.5, 2.2, 9.9, 4.4, 4.4, 0.0], range(101))`.
    @Test func matchNumPyLinearPercentiles() throws {
        let quantiles = try #require(Quantiles(of: [3.2, 1.0, 7.5, 2.2, 9.9, 4.4, 4.4, 0.0]))
        let expected: [Int: Double] = [
            0: 0.0, 10: 0.7000000000000001, 25: 1.9000000000000001, 50: 3.8000000000000003, 73: 4.740999999999999, 90: 8.219999999999999,
            100: 9.9,
        ]
        for (percentile, value) in expected {
            #expect(abs(quantiles[percentile: percentile] - value) <= 1e-12 * max(1, abs(value)), "percentile \(percentile)")
        }
    }

    @Test func percentileOfAValueInvertsTheQuantiles() throws {
        let quantiles = try #require(Quantiles(of: (0..<1000).map { Double($0) }))
        #expect(abs(quantiles.percentile(of: 499.5) - 50) < 1e-9)
        #expect(abs(quantiles.percentile(of: 99.9) - 10) < 1e-9)
        #expect(quantiles.percentile(of: -1) == 0)
        #expect(quantiles.percentile(of: 5000) == 100)
        #expect(quantiles.percentile(of: .nan).isNaN)
    }

    /// A value shared by many reference samples (zero shares) sits in the middle of their run.
    @Test func tiedValuesTakeTheMiddleOfTheirRun() throws {
        let quantiles = try #require(Quantiles(of: [Double](repeating: 0, count: 40) + (1...60).map(Double.init)))
        let percentile = quantiles.percentile(of: 0)
        #expect(percentile > 15 && percentile < 25)
        #expect(ScoreBand(percentile: percentile) == .typical)
        #expect(ScoreBand(percentile: 9.9) == .low && ScoreBand(percentile: 90.1) == .high && ScoreBand(percentile: .nan) == .none)
    }

    @Test func emptySampleHasNoQuantiles() {
        #expect(Quantiles(of: []) == nil)
    }
}

@Suite struct HTMLTextTests {
    /// The fast formatter agrees with printf rounding, trailing zeros removed.
    @Test func plainNumbersMatchPrintf() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let value = Double.random(in: -1000...1000, using: &generator) * (Bool.random(using: &generator) ? 1 : 0.001)
            for decimals in 0...4 {
                var expected = String(format: "%.\(decimals)f", value)
                if expected.contains(".") {
                    while expected.hasSuffix("0") { expected.removeLast() }
                    if expected.hasSuffix(".") { expected.removeLast() }
                }
                if expected == "-0" { expected = "0" }
                // printf rounds the binary value half-to-even; ties are rare enough to skip.
                let scaled = abs(value) * pow(10, Double(decimals))
                if abs(scaled - scaled.rounded(.down) - 0.5) < 1e-6 { continue }
                #expect(HTMLText.plain(value, decimals: decimals) == expected, "\(value) \(decimals)")
            }
        }
        #expect(HTMLText.number(-2.5, decimals: 1) == "−2.5" && HTMLText.percent(0.123) == "12.3%" && HTMLText.ordinal(22) == "22nd")
    }
}
