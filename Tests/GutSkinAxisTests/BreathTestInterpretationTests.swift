import Foundation
import GutSkinCore
import Testing

@testable import GutSkinAxis

/// The North American Consensus rules at their boundaries (expected values by hand from the rules:
/// H2 rise ≥ 20 ppm over minute 0 at a reading ≤ 90 min; CH4 ≥ 10 ppm at any reading).
@Suite struct BreathTestInterpretationTests {
    func series(_ rows: [(Double, Double, Double?)]) throws -> BreathTestSeries {
        try BreathTestSeries(readings: rows.map { .init(minutes: $0.0, hydrogenPPM: $0.1, methanePPM: $0.2) })
    }

    func hydrogenOnly(_ rows: [(Double, Double)]) throws -> BreathTestSeries {
        try series(rows.map { ($0.0, $0.1, nil) })
    }

    @Test func riseOfExactly20At90MinutesIsPositive() throws {
        let report = BreathTestInterpretation.interpret(try hydrogenOnly([(0, 5), (30, 8), (60, 12), (90, 25), (120, 30)]))
        #expect(report.hydrogenPositive)
        #expect(report.maximumHydrogenRiseBy90MinutesPPM == 20)
        #expect(report.firstMinuteHydrogenRiseReached == 90)
        #expect(report.warnings.isEmpty)
    }

    @Test func riseOf20At105MinutesIsNegative() throws {
        let report = BreathTestInterpretation.interpret(try hydrogenOnly([(0, 5), (30, 8), (60, 12), (90, 24), (105, 25)]))
        #expect(!report.hydrogenPositive)
        #expect(report.maximumHydrogenRiseBy90MinutesPPM == 19)
        #expect(report.firstMinuteHydrogenRiseReached == 105)
    }

    @Test func riseOf19Point9IsNegative() throws {
        let report = BreathTestInterpretation.interpret(try hydrogenOnly([(0, 5.1), (30, 25), (60, 24), (90, 10)]))
        #expect(!report.hydrogenPositive)
        #expect(report.maximumHydrogenRiseBy90MinutesPPM == 19.9)
        #expect(report.firstMinuteHydrogenRiseReached == nil)
    }

    /// 32.2 − 12.2 is 20.000000000000004 in binary, 32.3 − 12.3 is 19.999999999999996 (checked in
    /// Python): both are a rise of exactly 20 as written, so both are positive.
    @Test func decimalRisesCompareAsWritten() throws {
        for (baseline, peak) in [(12.2, 32.2), (12.3, 32.3)] {
            let report = BreathTestInterpretation.interpret(try hydrogenOnly([(0, baseline), (15, peak), (90, baseline)]))
            #expect(report.hydrogenPositive, "\(baseline) → \(peak)")
            #expect(report.maximumHydrogenRiseBy90MinutesPPM == 20)
        }
    }

    @Test func methaneOfExactly10IsPositiveAnd9Point9Negative() throws {
        let positive = BreathTestInterpretation.interpret(try series([(0, 5, 2), (45, 6, 10), (90, 6, 4)]))
        #expect(positive.methanePositive == true)
        #expect(positive.maximumMethanePPM == 10 && positive.baselineMethanePPM == 2)
        let negative = BreathTestInterpretation.interpret(try series([(0, 5, 2), (45, 6, 9.9), (90, 6, 4)]))
        #expect(negative.methanePositive == false)
        #expect(negative.maximumMethanePPM == 9.9)
        // At any point: after 90 minutes too, and at the baseline itself.
        #expect(BreathTestInterpretation.interpret(try series([(0, 5, 1), (90, 6, 2), (180, 6, 12)])).methanePositive == true)
        #expect(BreathTestInterpretation.interpret(try series([(0, 5, 15), (90, 6, 2)])).methanePositive == true)
    }

    @Test func withoutMethaneTheMethaneResultIsUnknown() throws {
        let report = BreathTestInterpretation.interpret(try hydrogenOnly([(0, 5), (45, 6), (90, 7)]))
        #expect(report.methanePositive == nil)
        #expect(report.maximumMethanePPM == nil && report.baselineMethanePPM == nil)
        #expect(report.readings.allSatisfy { $0.methanePPM == nil })
    }

    @Test func warnsWhereTheRulesCannotBeAppliedAsIntended() throws {
        let onlyLate = BreathTestInterpretation.interpret(try hydrogenOnly([(0, 5), (120, 40)]))
        #expect(!onlyLate.hydrogenPositive && onlyLate.maximumHydrogenRiseBy90MinutesPPM == nil)
        #expect(onlyLate.firstMinuteHydrogenRiseReached == 120)
        #expect(
            onlyLate.warnings == [
                "no reading after the baseline at or before 90 minutes, so the hydrogen rule could not be applied",
                "readings at 0 and 120 minutes are 120 minutes apart (more than 30) within the first 90 minutes; a rise between them could be missed",
            ])
        let short = BreathTestInterpretation.interpret(try hydrogenOnly([(0, 5), (20, 6), (40, 7), (60, 8)]))
        #expect(short.warnings == ["the series ends at 60 minutes, before 90 minutes; a later rise within the window cannot be seen"])
        // 60 → 120 leaves 30 minutes of the window uncovered: not more than 30, no warning.
        let edge = BreathTestInterpretation.interpret(try hydrogenOnly([(0, 5), (30, 6), (60, 7), (120, 8)]))
        #expect(edge.warnings.isEmpty)
        let gap = BreathTestInterpretation.interpret(try hydrogenOnly([(0, 5), (15, 6), (50, 7), (90, 8)]))
        #expect(
            gap.warnings == [
                "readings at 15 and 50 minutes are 35 minutes apart (more than 30) within the first 90 minutes; a rise between them could be missed",
                "readings at 50 and 90 minutes are 40 minutes apart (more than 30) within the first 90 minutes; a rise between them could be missed",
            ])
    }

    @Test func reportJSONHasEveryKeyInSnakeCaseWithNulls() throws {
        let report = BreathTestInterpretation.interpret(try hydrogenOnly([(0, 5), (90, 7)]))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let object = try #require(try JSONSerialization.jsonObject(with: encoder.encode(report)) as? [String: Any])
        #expect(
            Set(object.keys) == [
                "hydrogen_positive", "methane_positive", "baseline_h2_ppm", "baseline_ch4_ppm", "max_h2_rise_ppm_by_90_min",
                "first_minute_h2_rise_reached", "max_ch4_ppm", "readings", "criteria", "citation", "warnings",
            ])
        #expect(object["methane_positive"] is NSNull && object["max_ch4_ppm"] is NSNull)
        #expect(object["citation"] as? String == "rezaie-2017")
        let readings = try #require(object["readings"] as? [[String: Any]])
        #expect(readings.count == 2 && readings[1]["h2_ppm"] as? Double == 7 && readings[1]["ch4_ppm"] is NSNull)
        #expect(try JSONDecoder().decode(BreathTestReport.self, from: encoder.encode(report)) == report)
        #expect(Bibliography.citation(BreathTestInterpretation.citationKey) != nil)
    }
}
