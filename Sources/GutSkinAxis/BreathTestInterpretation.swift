import GutSkinCore

/// Reads a hydrogen/methane breath test by the North American Consensus (Rezaie et al. 2017,
/// Am J Gastroenterol 112:775, doi:10.1038/ajg.2017.46; citation key `rezaie-2017`):
///
/// - **hydrogen (SIBO) positive** when H₂ rises at least 20 ppm above the baseline by 90 minutes:
///   some reading i with tᵢ ≤ 90 min has H₂ᵢ − H₂(t = 0) ≥ 20 ppm;
/// - **methane positive** (intestinal methanogen overgrowth) when CH₄ ≥ 10 ppm at any reading.
///
/// Rises are rounded to 1e-6 ppm before the comparison, so decimal readings compare as written
/// (32.3 − 12.3 is 20 here, not 19.999999999999996). When CH₄ was not
/// measured, the methane result is unknown (`nil`), not negative.
///
/// The series also gets warnings where the rules cannot be applied as intended: no reading after
/// the baseline within the first 90 minutes; a series ending before 90 minutes; readings more
/// than 30 minutes apart within the first 90 minutes (a rise between them could be missed). The
/// consensus recommends sampling every 15–20 minutes.
///
/// A breath test result is not a diagnosis: the report says so, and says which rule it applied.
public enum BreathTestInterpretation {
    /// The H₂ rise over the baseline (ppm) that makes the test positive for hydrogen.
    public static let hydrogenRiseThresholdPPM = 20.0
    /// The rise counts only at readings up to this many minutes after the substrate.
    public static let hydrogenWindowMinutes = 90.0
    /// The CH₄ concentration (ppm), at any reading, that makes the test positive for methane.
    public static let methaneThresholdPPM = 10.0
    /// Readings further apart than this within the hydrogen window get a warning.
    public static let longestExpectedGapMinutes = 30.0
    /// The bibliography key of the consensus.
    public static let citationKey = "rezaie-2017"

    /// The rules in words, as the report prints them.
    public static let criteria = """
        North American Consensus: positive for hydrogen (SIBO) when H2 rises at least 20 ppm above \
        the baseline (the reading at minute 0) by 90 minutes; positive for methane when CH4 is at \
        least 10 ppm at any point
        """

    /// Applies the consensus rules to a series.
    public static func interpret(_ series: BreathTestSeries) -> BreathTestReport {
        let baseline = series.baseline
        let rises = series.readings.map { (minutes: $0.minutes, rise: rounded($0.hydrogenPPM - baseline.hydrogenPPM)) }
        let inWindow = rises.dropFirst().filter { $0.minutes <= hydrogenWindowMinutes }
        let maximumRise = inWindow.map(\.rise).max()
        let methane = series.readings.compactMap(\.methanePPM)

        var warnings: [String] = []
        if inWindow.isEmpty {
            warnings.append("no reading after the baseline at or before 90 minutes, so the hydrogen rule could not be applied")
        }
        if let last = series.readings.last, last.minutes < hydrogenWindowMinutes {
            warnings.append(
                "the series ends at \(number(last.minutes)) minutes, before 90 minutes; a later rise within the window cannot be seen")
        }
        for (earlier, later) in zip(series.readings, series.readings.dropFirst())
        where earlier.minutes < hydrogenWindowMinutes
            && min(later.minutes, hydrogenWindowMinutes) - earlier.minutes > longestExpectedGapMinutes
        {
            warnings.append(
                "readings at \(number(earlier.minutes)) and \(number(later.minutes)) minutes are \(number(later.minutes - earlier.minutes)) minutes apart (more than 30) within the first 90 minutes; a rise between them could be missed"
            )
        }

        return BreathTestReport(
            hydrogenPositive: (maximumRise ?? -.infinity) >= hydrogenRiseThresholdPPM,
            methanePositive: series.hasMethane ? methane.contains { $0 >= methaneThresholdPPM } : nil,
            baselineHydrogenPPM: baseline.hydrogenPPM,
            baselineMethanePPM: baseline.methanePPM,
            maximumHydrogenRiseBy90MinutesPPM: maximumRise,
            firstMinuteHydrogenRiseReached: rises.first { $0.rise >= hydrogenRiseThresholdPPM }?.minutes,
            maximumMethanePPM: methane.max(),
            readings: series.readings.map {
                BreathTestReport.Reading(minutes: $0.minutes, hydrogenPPM: $0.hydrogenPPM, methanePPM: $0.methanePPM)
            },
            criteria: criteria,
            citation: citationKey,
            warnings: warnings)
    }

    /// `value` rounded to 1e-6, so that decimal inputs compare as written.
    static func rounded(_ value: Double) -> Double {
        (value * 1e6).rounded() / 1e6
    }

    /// A number as people write it: `30`, not `30.0`; `7.5` as is.
    public static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
    }
}
