import Foundation
import GutSkinDiary
import Testing

/// Agreement with statsmodels 0.15.0 (HAC regression) and numpy 2.4.6 (least-squares detrending) on the
/// cases of Golden/diary_golden.json, made by scripts/reference/diary_golden.py.
@Suite struct DiaryGoldenTests {
    struct HACCase: Decodable {
        let name: String, y: [Double], x: [[Double]], maxlags: Int
        let params: [Double], bse: [Double], ci_low: [Double], ci_high: [Double], pvalues: [Double]
    }

    struct TrendCase: Decodable {
        let name: String, values: [Double?], period: Double, residuals: [Double?]
    }

    struct Golden: Decodable {
        let tool: String, hac: [HACCase], detrending: [TrendCase]
    }

    static let golden: Golden = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Golden/diary_golden.json")
        return try! JSONDecoder().decode(Golden.self, from: Data(contentsOf: url))
    }()

    static func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-9) -> Bool { abs(a - b) <= tolerance * max(1, abs(b)) }

    @Test func neweyWestAgreesWithStatsmodels() throws {
        #expect(Self.golden.tool.hasPrefix("statsmodels 0.15.0"))
        for c in Self.golden.hac {
            let fit = try #require(NeweyWestRegression(y: c.y, x: c.x, maxLags: c.maxlags), "\(c.name)")
            for i in c.params.indices {
                #expect(Self.close(fit.coefficients[i], c.params[i]), "\(c.name) coefficient \(i)")
                #expect(
                    Self.close(fit.standardErrors[i], c.bse[i]), "\(c.name) standard error \(i): \(fit.standardErrors[i]) vs \(c.bse[i])")
                #expect(
                    Self.close(fit.interval(i).low, c.ci_low[i]) && Self.close(fit.interval(i).high, c.ci_high[i]),
                    "\(c.name) interval \(i)")
                #expect(Self.close(fit.pValue(i), c.pvalues[i], 1e-7), "\(c.name) p \(i): \(fit.pValue(i)) vs \(c.pvalues[i])")
            }
        }
    }

    @Test func detrendingAgreesWithNumpyLeastSquares() {
        for c in Self.golden.detrending {
            let residuals = Detrending.highPass(c.values.map { $0 ?? .nan }, period: c.period)
            for (index, expected) in c.residuals.enumerated() {
                if let expected {
                    #expect(Self.close(residuals[index], expected, 1e-8), "\(c.name) day \(index)")
                } else {
                    #expect(residuals[index].isNaN)
                }
            }
        }
    }

    @Test func defaultMaxLagsFollowsNeweyWest1994() {
        // ⌊4 (n/100)^(2/9)⌋, computed by hand: n = 60 → 3.58 → 3; n = 365 → 5.33 → 5; n = 100 → 4.
        #expect(NeweyWestRegression.defaultMaxLags(observations: 60) == 3)
        #expect(NeweyWestRegression.defaultMaxLags(observations: 365) == 5)
        #expect(NeweyWestRegression.defaultMaxLags(observations: 100) == 4)
    }
}
