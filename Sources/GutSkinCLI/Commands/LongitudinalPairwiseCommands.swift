import ArgumentParser
import Foundation
import GutSkinFormats
import GutSkinLongitudinal

/// `gutskin longitudinal pairwise-differences --metadata M --metric X --state-column … --state-1 A --state-2 B …`.
struct LongitudinalPairwiseDifferencesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pairwise-differences",
        abstract: "Each individual's change in a metric between two states, tested within and between groups.",
        discussion: """
            As q2-longitudinal's pairwise-differences (non-parametric): Wilcoxon signed-rank per \
            group, Mann–Whitney U between groups and Kruskal–Wallis across them, BH-adjusted. \
            Writes pairs.tsv, paired_difference_tests.tsv, pairwise_tests.tsv, kruskal_wallis.tsv \
            and parameters.tsv into the -o folder.
            """)

    @OptionGroup var columns: LongitudinalColumnOptions

    @Option(help: "The metric: a numeric metadata column, a feature id of --table, or an alpha metric (shannon, …) of --table.")
    var metric: String

    @Option(help: "Feature table for a feature or alpha metric.")
    var table: String?

    @Option(name: .customLong("state-1"), help: "The first state (before).")
    var state1: String

    @Option(name: .customLong("state-2"), help: "The second state (after).")
    var state2: String

    @Option(help: "Metadata column of groups (arms) to compare.")
    var groupColumn: String?

    @Flag(help: "q2-longitudinal's parametric tests: one-sample t, Student's t between groups, one-way ANOVA.")
    var parametric = false

    @Option(name: [.short, .customLong("output")], help: "Output folder.")
    var output: String

    @OptionGroup var progress: ProgressOptions

    func run() throws {
        let samples = try LongitudinalInputs.samples(columns: columns, metric: metric, table: table, groupColumn: groupColumn)
        let result = try PairwiseComparison.run(
            samples: samples, measure: .difference, first: state1, second: state2,
            handling: columns.replicateHandling, seed: columns.seed, parametric: parametric)
        try PairwiseOutput.write(
            result, valueName: "Difference", to: output,
            parameters: [
                ("Metric", metric), ("Group column", groupColumn ?? ""), ("State column", columns.stateColumn),
                ("State 1", state1), ("State 2", state2), ("Individual ID column", columns.individualIdColumn),
                ("Parametric", parametric ? "True" : "False"), ("Replicates handling", columns.replicateHandling.rawValue),
            ], progress: progress)
    }
}

/// `gutskin longitudinal pairwise-distances DM --metadata M --group-column G --state-column … --state-1 A --state-2 B …`.
struct LongitudinalPairwiseDistancesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pairwise-distances",
        abstract: "Each individual's distance between two states, compared between groups.",
        discussion: """
            As q2-longitudinal's pairwise-distances (non-parametric): Mann–Whitney U between \
            groups and Kruskal–Wallis across them, BH-adjusted. Writes pairs.tsv, \
            pairwise_tests.tsv, kruskal_wallis.tsv and parameters.tsv into the -o folder.
            """)

    @Argument(help: "Distance matrix (.tsv, .h5 or .qza); every sample must be in the metadata.")
    var distanceMatrix: String

    @OptionGroup var columns: LongitudinalColumnOptions

    @Option(name: .customLong("state-1"), help: "The first state.")
    var state1: String

    @Option(name: .customLong("state-2"), help: "The second state.")
    var state2: String

    @Option(help: "Metadata column of groups to compare.")
    var groupColumn: String

    @Flag(help: "q2-longitudinal's parametric tests: one-sample t, Student's t between groups, one-way ANOVA.")
    var parametric = false

    @Option(name: [.short, .customLong("output")], help: "Output folder.")
    var output: String

    @OptionGroup var progress: ProgressOptions

    func run() throws {
        let samples = try LongitudinalInputs.samples(columns: columns, metric: nil, table: nil, groupColumn: groupColumn)
        let lookup = try LongitudinalInputs.distances(path: distanceMatrix, samples: samples, metadata: try columns.readMetadata())
        let result = try PairwiseComparison.run(
            samples: samples, measure: .distance(lookup), first: state1, second: state2,
            handling: columns.replicateHandling, seed: columns.seed, parametric: parametric)
        try PairwiseOutput.write(
            result, valueName: "Distance", to: output,
            parameters: [
                ("Metric", "distance"), ("Group column", groupColumn), ("State column", columns.stateColumn),
                ("State 1", state1), ("State 2", state2), ("Individual ID column", columns.individualIdColumn),
                ("Parametric", parametric ? "True" : "False"), ("Replicates handling", columns.replicateHandling.rawValue),
            ], progress: progress)
    }
}

/// Writing and printing a pairwise comparison.
enum PairwiseOutput {
    static func write(
        _ result: PairwiseComparison, valueName: String, to output: String, parameters: [(String, String)], progress: ProgressOptions
    ) throws {
        var files = [
            ("pairs.tsv", LongitudinalTables.pairs(result, valueName: valueName)),
            ("parameters.tsv", LongitudinalInputs.parameters(parameters)),
        ]
        if !result.pairedTests.isEmpty { files.append(("paired_difference_tests.tsv", LongitudinalTables.pairedTests(result))) }
        if let kruskal = result.kruskalWallis {
            files.append(("pairwise_tests.tsv", LongitudinalTables.groupTests(result)))
            files.append(
                (
                    result.parametric ? "one_way_anova.tsv" : "kruskal_wallis.tsv",
                    LongitudinalTables.kruskalWallis(kruskal, parametric: result.parametric)
                ))
        }
        if !result.notes.isEmpty { files.append(("notes.txt", result.notes.joined(separator: "\n") + "\n")) }
        try LongitudinalInputs.writeFolder(output, files: files)
        let counts = result.groupValues.map { "\($0.name) \($0.values.count)" }.joined(separator: ", ")
        print("pairs per group: \(counts)")
        if !result.pairedTests.isEmpty { print(LongitudinalTables.pairedTests(result), terminator: "") }
        if let kruskal = result.kruskalWallis {
            print(LongitudinalTables.kruskalWallis(kruskal, parametric: result.parametric), terminator: "")
            print(LongitudinalTables.groupTests(result), terminator: "")
        }
        if !result.notes.isEmpty { progress.note("note: \(result.notes.count) individual/state combinations left out; see notes.txt") }
        progress.note("wrote \(output)")
    }
}
