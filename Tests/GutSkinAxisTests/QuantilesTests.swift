import Testing
@testable import GutSkinAxis

@Suite struct QuantilesTests {
    /// Golden values from NumPy 2.4.6: `numpy.percentile([3.2, 1.0, 7.5, 2.2, 9.9, 4.4, 4.4, 0.0], range(101))`.
    @Test func matchNumPyLinearPercentiles() throws {
        let quantiles = try #require(Quantiles(of: [3.2, 1.0, 7.5, 2.2, 9.9, 4.4, 4.4, 0.0]))
        let expected: [Int: Double] = [0: 0.0, 10: 0.7000000000000001, 25: 1.9000000000000001, 50: 3.8000000000000003, 73: 4.740999999999999, 90: 8.219999999999999, 100: 9.9]
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
