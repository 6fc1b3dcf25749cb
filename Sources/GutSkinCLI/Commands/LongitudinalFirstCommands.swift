import ArgumentParser
import Foundation
import GutSkinFormats
import GutSkinLongitudinal

/// `gutskin longitudinal first-differences --metadata M --metric X --state-column … --individual-id-column …
/// [--baseline B] -o diffs.tsv`.
struct LongitudinalFirstDifferencesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "first-differences",
        abstract: "Each individual's change in a metric between successive states, or from a baseline.",
        discussion: "As q2-longitudinal's first-differences; writes #SampleID and Difference (TSV).")

    @OptionGroup var columns: LongitudinalColumnOptions

    @Option(help: "The metric: a numeric metadata column, a feature id of --table, or an alpha metric of --table.")
    var metric: String

    @Option(help: "Feature table for a feature or alpha metric.")
    var table: String?

    @Option(help: "Compare every state with this one instead of with the previous state.")
    var baseline: String?

    @Option(name: [.short, .customLong("output")], help: "Output TSV.")
    var output: String

    @OptionGroup var progress: ProgressOptions

    func run() throws {
        let samples = try LongitudinalInputs.samples(columns: columns, metric: metric, table: table, groupColumn: nil)
        let result = try FirstDifferences.run(
            samples: samples, measure: .difference, baseline: baseline, handling: columns.replicateHandling, seed: columns.seed)
        try FirstOutput.write(result, to: output, progress: progress)
    }
}

/// `gutskin longitudinal first-distances DM --metadata M --state-column … --individual-id-column … [--baseline B] -o dists.tsv`.
struct LongitudinalFirstDistancesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "first-distances",
        abstract: "Each individual's distance between successive states, or from a baseline.",
        discussion: "As q2-longitudinal's first-distances; writes #SampleID and Distance (TSV).")

    @Argument(help: "Distance matrix (.tsv, .h5 or .qza); every sample must be in the metadata.")
    var distanceMatrix: String

    @OptionGroup var columns: LongitudinalColumnOptions

    @Option(help: "Compare every state with this one instead of with the previous state.")
    var baseline: String?

    @Option(name: [.short, .customLong("output")], help: "Output TSV.")
    var output: String

    @OptionGroup var progress: ProgressOptions

    func run() throws {
        let samples = try LongitudinalInputs.samples(columns: columns, metric: nil, table: nil, groupColumn: nil)
        let lookup = try LongitudinalInputs.distances(path: distanceMatrix, samples: samples, metadata: try columns.readMetadata())
        let result = try FirstDifferences.run(
            samples: samples, measure: .distance(lookup), baseline: baseline, handling: columns.replicateHandling, seed: columns.seed)
        try FirstOutput.write(result, to: output, progress: progress)
    }
}

enum FirstOutput {
    static func write(_ result: FirstDifferences, to output: String, progress: ProgressOptions) throws {
        try AtomicFileWriter.write(Data(LongitudinalTables.firstDifferences(result).utf8), to: output)
        if !result.notes.isEmpty { progress.note("note: \(result.notes.count) individual/state combinations had no pair") }
        progress.note("wrote \(result.rows.count) \(result.valueName.lowercased())s to \(output)")
    }
}
