import ArgumentParser
import Foundation
import GutSkinCore
import GutSkinFormats
import GutSkinKernels

/// `gutskin beta TABLE --metric M [--tree T] [--threads N] [--precision fp64|fp32] [--alpha A] -o dm.tsv|dm.h5|dm.qza`,
/// or `gutskin beta --plan N TABLE`, which prints N stripe ranges of nearly equal pair counts.
struct BetaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "beta",
        abstract: "Compute a beta-diversity distance matrix between all samples.",
        discussion: """
            Metrics: \(BetaMetric.allCases.map(\.rawValue).joined(separator: ", ")) \
            (weighted_unifrac is accepted as QIIME 2's name for weighted_unnormalized_unifrac). \
            The output's extension picks the format: .tsv (scikit-bio/QIIME 2 square TSV), .h5 \
            (Striped UniFrac's HDF5 layout) or .qza (QIIME 2 DistanceMatrix). With --stripes \
            START:STOP only those stripes of the matrix are computed, into a .h5 slice; \
            'gutskin beta-merge' assembles slices into exactly the matrix one run gives. \
            --plan N prints N ranges START:STOP, one a line, that split the matrix's stripes into \
            parts of nearly equal pair counts, for N --stripes jobs.
            """)

    @Argument(help: "Feature table.")
    var table: String

    @Option(help: "Metric (QIIME 2 / Striped UniFrac name).")
    var metric: String?

    @Option(help: "Print N stripe ranges START:STOP balanced by pairs (for N --stripes jobs), and nothing else.")
    var plan: Int?

    @Option(help: "Rooted tree (Newick or Phylogeny[Rooted] .qza) for UniFrac metrics.")
    var tree: String?

    @Option(help: "Threads (default: all cores). The result is the same for any number.")
    var threads: Int?

    @Option(help: "Precision of the stored matrix: fp64 or fp32.")
    var precision: Precision = .fp64

    @Option(help: "Generalized UniFrac's alpha (weight given to abundant lineages).")
    var alpha: Double = 0.5

    @Option(help: "Pseudocount added before the CLR of the aitchison metric.")
    var pseudocount: Double = 1

    @Flag(help: "Variance-adjusted UniFrac (Chang et al. 2011).")
    var varianceAdjusted = false

    @Option(help: "Compute only stripes START:STOP of the matrix (a slice, written as .h5).")
    var stripes: StripeRange?

    @Option(name: [.short, .customLong("output")], help: "Output: .tsv, .h5 or .qza (a slice: .h5).")
    var output: String?

    @OptionGroup var progress: ProgressOptions

    enum Precision: String, ExpressibleByArgument, CaseIterable { case fp64, fp32 }

    func validate() throws {
        if let plan {
            guard plan >= 1 else { throw ValidationError("--plan needs at least 1 part") }
            guard stripes == nil, output == nil else {
                throw ValidationError("--plan only prints stripe ranges; it takes no --stripes or -o")
            }
            return
        }
        guard let name = self.metric else { throw ValidationError("give the metric with --metric") }
        guard let output else { throw ValidationError("give the output with -o (.tsv, .h5 or .qza)") }
        guard let metric = BetaMetric(name: name) else {
            throw ValidationError(
                "unknown metric '\(name)'; choose one of: \(BetaMetric.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if metric.isPhylogenetic && tree == nil { throw ValidationError("\(metric.rawValue) needs --tree") }
        if varianceAdjusted && !metric.allowsVarianceAdjustment {
            throw ValidationError("--variance-adjusted applies to UniFrac metrics only")
        }
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
        guard alpha >= 0, alpha.isFinite else { throw ValidationError("--alpha must be a non-negative number") }
        guard pseudocount > 0, pseudocount.isFinite else { throw ValidationError("--pseudocount must be positive") }
        if stripes != nil {
            guard DistanceMatrixFile.Format(outputPath: output) == .hdf5 else {
                throw ValidationError("a slice (--stripes) is written as HDF5: give -o a .h5 name")
            }
        } else if DistanceMatrixFile.Format(outputPath: output) == nil {
            throw ValidationError("cannot tell the output format from '\(output)'; use .tsv, .h5 or .qza")
        }
    }

    func run() throws {
        if let plan {
            try printPlan(parts: plan)
            return
        }
        let metric = BetaMetric(name: self.metric!)!  // checked in validate()
        let output = self.output!  // checked in validate()
        let input = try FeatureTableFile.read(path: table)
        if tree != nil && !metric.isPhylogenetic { progress.note("note: --tree is not used by \(metric.rawValue)") }
        let phylogeny = try metric.isPhylogenetic ? tree.map { try TreeFile.read(path: $0) } : nil
        if let phylogeny, phylogeny.missingBranchLengthCount > 0 {
            progress.note("note: \(phylogeny.missingBranchLengthCount) branches in \(tree!) have no length; they count as 0")
        }
        let selection =
            try stripes.map { try PairSelection(sampleCount: input.sampleCount, stripes: $0.range) }
            ?? .all(input.sampleCount)
        var values = try distances(metric: metric, table: input, tree: phylogeny, selection: selection)
        if let undefined = values.firstIndex(where: { $0.isNaN }) {
            let (i, j) = selection.pair(atSlot: undefined)
            throw FileError(
                file: table,
                reason:
                    "\(metric.rawValue) is undefined between samples '\(input.sampleIDs[i])' and '\(input.sampleIDs[j])' (both empty?); drop empty samples first, e.g. gutskin filter --min-depth 1"
            )
        }

        if selection.isComplete && stripes == nil {
            let matrix =
                precision == .fp32
                ? try DistanceMatrix(ids: input.sampleIDs, condensed: values.map(Float.init))
                : try DistanceMatrix(ids: input.sampleIDs, condensed: values)
            try DistanceMatrixFile.write(matrix, to: output)
            progress.note("wrote \(output): \(metric.rawValue) distances between \(grouped(input.sampleCount)) samples")
        } else {
            // fp32 slices hold doubles rounded to single precision, rounded in place (no copy).
            if precision == .fp32 { values.withUnsafeMutableBufferPointer { for k in $0.indices { $0[k] = Double(Float($0[k])) } } }
            let part = try PartialDistanceMatrix(
                ids: input.sampleIDs, metric: metric.rawValue, selection: selection, values: values,
                provenance: try sliceProvenance(metric: metric))
            try DistanceMatrixHDF5.write(part, to: output)
            progress.note(
                "wrote \(output): stripes \(selection.stripes.lowerBound):\(selection.stripes.upperBound) of \(PairSelection.stripeCount(input.sampleCount)) (\(grouped(values.count)) distances)"
            )
        }
    }
}

extension BetaCommand {
    /// What a slice is computed from: hashes of the table and tree files, the settings that
    /// change this metric's distances, the precision and the program version.
    func sliceProvenance(metric: BetaMetric) throws -> SliceProvenance {
        var settings = [String]()
        if metric == .generalizedUniFrac { settings.append("alpha=\(alpha)") }
        if metric == .aitchison { settings.append("pseudocount=\(pseudocount)") }
        if varianceAdjusted { settings.append("variance_adjusted") }
        return SliceProvenance(
            tableSHA256: try FileDigest.sha256(path: table),
            treeSHA256: try metric.isPhylogenetic ? tree.map { try FileDigest.sha256(path: $0) } ?? "" : "",
            parameters: settings.isEmpty ? "none" : settings.joined(separator: " "), precision: precision.rawValue,
            gutskinVersion: GutSkinCommand.version)
    }

    /// `--plan N`: the table's sample count decides the stripes; N ranges go to stdout.
    func printPlan(parts: Int) throws {
        let sampleCount = try FeatureTableFile.read(path: table).sampleCount
        let ranges: [Range<Int>]
        do {
            ranges = try PairSelection.plan(parts: parts, sampleCount: sampleCount)
        } catch {
            throw FileError(file: table, reason: "\(sampleCount) samples: \(error)")
        }
        print(ranges.map { "\($0.lowerBound):\($0.upperBound)" }.joined(separator: "\n"))
    }

    /// The selected distances. The kernel (for UniFrac, the tree's embedding of the table: a few
    /// bytes per sample and node) lives only in here, so it is freed before the result is written.
    private func distances(
        metric: BetaMetric, table: FeatureTable, tree: PhylogeneticTree?, selection: PairSelection
    ) throws -> [Double] {
        let kernel = try metric.kernel(
            table: table, tree: tree, alpha: alpha, pseudocount: pseudocount, varianceAdjusted: varianceAdjusted,
            threads: threads)
        let reporter = ProgressReporter(label: metric.rawValue, quiet: progress.quiet)
        let values = kernel.distances(for: selection, threads: threads) { reporter.update($0) }
        reporter.finish()
        return values
    }
}

/// `START:STOP`, a half-open range of stripes.
struct StripeRange: ExpressibleByArgument {
    let range: Range<Int>

    init?(argument: String) {
        let parts = argument.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let start = Int(parts[0]), let stop = Int(parts[1]), start >= 0, stop > start else { return nil }
        range = start..<stop
    }
}
