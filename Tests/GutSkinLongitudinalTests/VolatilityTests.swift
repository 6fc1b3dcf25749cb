import GutSkinCore
import GutSkinLongitudinal
import GutSkinRendering
import Testing

/// volatility's control chart against pandas 3.1.1 (mean, std with ddof = 1, groupby means), from
/// scripts/reference/longitudinal_golden.py.
@Suite struct VolatilityTests {
    @Test func controlLimitsAndGroupMeansAgreeWithPandas() throws {
        let golden = try LongitudinalGolden.load()
        let entry = try #require(golden.object["volatility"] as? [String: Any])
        let volatility = try Volatility(samples: try LongitudinalGolden.samples(groupColumn: "arm"))
        let mean = try LongitudinalGolden.number(entry["mean"])
        let sd = try LongitudinalGolden.number(entry["std"])
        #expect(LongitudinalGolden.agrees(volatility.globalMean, mean))
        #expect(LongitudinalGolden.agrees(volatility.globalStandardDeviation, sd))
        #expect(LongitudinalGolden.agrees(volatility.controlLimits[3], mean + 3 * sd))
        let expected = try #require(entry["group_means"] as? [[String]])
        #expect(volatility.groupMeans.count == expected.count)
        for row in expected {
            let state = try LongitudinalGolden.number(row[1])
            let found = try #require(volatility.groupMeans.first { $0.group == row[0] && $0.state == state })
            #expect(LongitudinalGolden.agrees(found.mean, try LongitudinalGolden.number(row[2])), "\(row[0]) \(row[1])")
        }
        #expect(volatility.series.count == 76)
    }

    @Test func thePageIsSelfContainedWithTheChartAndLimits() throws {
        let volatility = try Volatility(samples: try LongitudinalGolden.samples(groupColumn: "arm"))
        let html = VolatilityPage.html(volatility)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("<svg") && !html.contains("<script"))
        #expect(html.contains("+3 SD") && html.contains("−2 SD") && html.contains("probiotic"))
        #expect(!html.lowercased().contains("caused"))
        #expect(VolatilityPage.meansTSV(volatility).contains("global standard deviation\t"))
    }
}
