import ArgumentParser
import Foundation
import GutSkinCore
import GutSkinFormats
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

    @Argument(help: "Distance matrix (.tsv, .h5 or DistanceMatrix .qza).")
    var matrix: String

    @Option(help: "Sample metadata (QIIME 2 metadata or QIIME 1 mapping file).")
    var metadata: String

    @Option(help: "Metadata column holding the groups.")
    var column: String

    @Option(help: "Number of permutations (0: no p-value).")
    var permutations: Int = 999

    @Option(help: "Seed of the permutations.")
    var seed: UInt64 = 0

    @Option(help: "Group centre: centroid or median (spatial median).")
    var test: DispersionTest = .median

    @Option(help: "PCoA axes used (default: scikit-bio's 10, or every sample's axis when fewer samples remain).")
    var dimensions: Int?

    @Option(help: "Threads (default: all cores). The result is the same for any number.")
    var threads: Int?

    @Flag(help: "Print one JSON object instead of a table.")
    var json = false

    @OptionGroup var progress: ProgressOptions

    enum DispersionTest: String, ExpressibleByArgument, CaseIterable { case centroid, median }

    func validate() throws {
        if permutations < 0 { throw ValidationError("--permutations must be 0 or more") }
        if let dimensions, dimensions < 1 { throw ValidationError("--dimensions must be at least 1") }
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
    }

    func run() throws {
        let distances = try DistanceMatrixFile.read(path: matrix)
        let sampleMetadata = try MetadataTSV.read(path: metadata)
        guard sampleMetadata.column(named: column) != nil else {
            throw FileError(
                file: metadata,
                reason: "no column '\(column)'; columns are: \(abbreviatedList(sampleMetadata.columns.map(\.name)))")
        }
        var kept = [String](), labels = [String]()
        for id in distances.ids {
            guard let label = sampleMetadata.value(column, for: id) else { continue }
            kept.append(id)
            labels.append(label)
        }
        let dropped = distances.count - kept.count
        if dropped > 0 {
            progress.note("dropped \(dropped) of \(distances.count) samples absent from \(metadata) or with no value in '\(column)'")
        }
        let selected = dropped > 0 ? try distances.filtered(to: kept) : distances
        let axes = dimensions ?? min(10, selected.count)
        guard axes <= selected.count else {
            throw FileError(file: matrix, reason: "--dimensions \(axes) is more than the \(selected.count) samples left to test")
        }
        let result: PERMDISP
        do {
            result = try PERMDISP(
                selected, grouping: labels, test: test == .centroid ? .centroid : .median,
                permutations: permutations, seed: seed, dimensions: axes, threads: threads)
        } catch {
            throw FileError(file: matrix, reason: error.description)
        }
        for warning in result.warnings { progress.note("warning: \(warning)") }
        let statistic = PythonFloatFormat.repr(result.statistic)
        let pValue = result.pValue.map(PythonFloatFormat.repr)
        if json {
            print(
                "{\"method name\": \"PERMDISP\", \"test statistic name\": \"F-value\", \"sample size\": \(result.sampleSize), "
                    + "\"number of groups\": \(result.groupCount), \"test statistic\": \(result.statistic.isFinite ? statistic : "null"), "
                    + "\"p-value\": \(pValue ?? "null"), \"number of permutations\": \(result.permutations), "
                    + "\"test\": \"\(result.test.rawValue)\", \"dropped samples\": \(dropped)}")
        } else {
            let rows: [(String, String)] = [
                ("method name", "PERMDISP"), ("test statistic name", "F-value"),
                ("sample size", "\(result.sampleSize)"), ("number of groups", "\(result.groupCount)"),
                ("test statistic", statistic), ("p-value", pValue ?? "nan"),
                ("number of permutations", "\(result.permutations)"),
            ]
            let width = rows.map(\.0.count).max() ?? 0
            for (name, value) in rows { print(name.padding(toLength: width + 4, withPad: " ", startingAt: 0) + value) }
        }
    }
}
