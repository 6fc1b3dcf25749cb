import ArgumentParser
import Foundation
import GutSkinCore
import GutSkinFormats
import GutSkinKernels
import GutSkinMultivariate

/// `gutskin permdisp DM --metadata M --column C [--permutations 999] [--seed S] [--test centroid|median] [--json]`.
struct PermdispCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "permdisp",
        abstract: "Test homogeneity of group dispersions (PERMDISP), as scikit-bio's permdisp.",
        discussion: """
            PCoA of the matrix (eigh, --dimensions axes, 10 by default as scikit-bio), distances of \
            samples to their group's centroid or spatial median, one-way ANOVA F, and a permutation \
            p-value. The p-value depends on --seed only, never on --threads. scikit-bio's default \
            test is median. Samples missing from the metadata, or with no value in the column, are dropped.
            """)

    @OptionGroup var options: GroupTestOptions

    @Option(help: "Group centre: centroid or median (spatial median).")
    var test: DispersionTest = .median

    @Option(help: "PCoA axes used (default: scikit-bio's 10, or every sample's axis when fewer samples remain).")
    var dimensions: Int?

    enum DispersionTest: String, ExpressibleByArgument, CaseIterable { case centroid, median }

    func validate() throws {
        if let dimensions, dimensions < 1 { throw ValidationError("--dimensions must be at least 1") }
    }

    func run() throws {
        let (selected, labels, dropped) = try options.load()
        if let dimensions, dimensions > selected.count {
            throw FileError(
                file: options.distanceMatrix, reason: "--dimensions \(dimensions) is more than the \(selected.count) samples left to test")
        }
        let result: PERMDISP
        do {
            result = try PERMDISP(
                selected, grouping: labels, test: test == .centroid ? .centroid : .median,
                permutations: options.permutations, seed: options.seed, dimensions: dimensions, threads: options.threads)
        } catch {
            throw FileError(file: options.distanceMatrix, cause: error)
        }
        for warning in result.warnings { options.progress.note("warning: \(warning)") }
        options.report(
            PermutationTestResult(
                method: "PERMDISP", testStatisticName: "F-value", sampleSize: result.sampleSize,
                numberOfGroups: result.groupCount, testStatistic: result.statistic, pValue: result.pValue,
                permutations: result.permutations),
            dropped: dropped)
    }
}
