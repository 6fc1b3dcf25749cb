import ArgumentParser
import Foundation
import GutSkinAxis
import GutSkinFormats

/// `gutskin breath-test READINGS [--json] [-o FILE]`: a hydrogen/methane breath test read by the
/// North American Consensus (`BreathTestInterpretation`).
struct BreathTestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "breath-test",
        abstract: "Read a SIBO breath test (hydrogen, methane) by the North American Consensus.",
        discussion: """
            READINGS is a tab-separated file with a header naming 'minutes' and 'h2_ppm', and \
            optionally 'ch4_ppm', in any order; one reading per row, the first at minute 0 (the \
            baseline), times increasing; blank lines and '#' comment lines are skipped. Positive \
            for hydrogen (SIBO) when H2 rises at least 20 ppm above the baseline at a reading up to \
            90 minutes; positive for methane when CH4 is at least 10 ppm at any reading (Rezaie et \
            al. 2017). A breath test result is not a diagnosis; discuss it with a clinician.

            --json prints one object with the keys hydrogen_positive, methane_positive (null without \
            ch4_ppm), baseline_h2_ppm, baseline_ch4_ppm, max_h2_rise_ppm_by_90_min (null without a \
            reading after the baseline up to 90 minutes), first_minute_h2_rise_reached (any minute; \
            null if never), max_ch4_ppm (null without ch4_ppm), readings (minutes, h2_ppm, ch4_ppm), \
            criteria, citation ("rezaie-2017") and warnings (no reading up to 90 minutes, a series \
            shorter than 90 minutes, readings more than 30 minutes apart within the first 90).
            """)

    @Argument(help: "Readings TSV (minutes, h2_ppm, optional ch4_ppm; .gz accepted).")
    var readings: String

    @Flag(help: "Print one JSON object instead of plain text.")
    var json = false

    @Option(
        name: [.short, .customLong("output")], help: "Write the result to this file instead of standard output (.json: JSON, .txt: text).")
    var output: String?

    func validate() throws {
        guard let output else { return }
        let extensionName = URL(fileURLWithPath: output).pathExtension.lowercased()
        guard extensionName == "json" || extensionName == "txt" else {
            throw ValidationError("cannot tell the output format from '\(output)'; use .json or .txt")
        }
        if json && extensionName == "txt" {
            throw ValidationError("--json writes JSON, but '\(output)' is a .txt file; use a .json name or leave out --json")
        }
    }

    /// JSON when asked for by --json or by the output's extension.
    var writesJSON: Bool { json || output.map { URL(fileURLWithPath: $0).pathExtension.lowercased() == "json" } ?? false }

    func run() throws {
        let series = try BreathTestTSV.read(path: readings)
        let report = BreathTestInterpretation.interpret(series)
        let text = writesJSON ? try Self.json(report) : Self.text(report)
        if let output {
            try AtomicFileWriter.write(Data((text + "\n").utf8), to: output)
        } else {
            print(text)
        }
    }

    /// The report as one line of JSON, keys sorted.
    static func json(_ report: BreathTestReport) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(report), as: UTF8.self)
    }

    /// The report in plain words: both results with their numbers, the rule, warnings, the caveat
    /// and the citation.
    static func text(_ report: BreathTestReport) -> String {
        let number = BreathTestInterpretation.number
        var hydrogen = "hydrogen: \(report.hydrogenPositive ? "positive" : "negative") — "
        if let rise = report.maximumHydrogenRiseBy90MinutesPPM {
            hydrogen += "H2 rose at most \(number(rise)) ppm above the baseline of \(number(report.baselineHydrogenPPM)) ppm by 90 minutes"
        } else {
            hydrogen += "no reading after the baseline of \(number(report.baselineHydrogenPPM)) ppm by 90 minutes"
        }
        if let first = report.firstMinuteHydrogenRiseReached {
            hydrogen += " (a rise of 20 ppm first at \(number(first)) minutes)"
        }
        var methane = "methane: "
        if let positive = report.methanePositive, let maximum = report.maximumMethanePPM, let baseline = report.baselineMethanePPM {
            methane += "\(positive ? "positive" : "negative") — CH4 at most \(number(maximum)) ppm (baseline \(number(baseline)) ppm)"
        } else {
            methane += "not measured (no ch4_ppm column)"
        }
        var lines = [hydrogen, methane, "criteria: \(report.criteria)"]
        lines += report.warnings.map { "warning: \($0)" }
        lines.append("a breath test result is not a diagnosis; discuss it with a clinician")
        let citation = Bibliography.citation(report.citation)
        lines.append("cite: \(citation.map { $0.reference + ($0.doi.map { " doi:\($0)" } ?? "") } ?? report.citation)")
        return lines.joined(separator: "\n")
    }
}
