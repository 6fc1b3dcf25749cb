import ArgumentParser
import Foundation
import GutSkinCore
import GutSkinFormats
import GutSkinKernels

/// `gutskin alpha TABLE --metric shannon --metric faith_pd --tree TREE -o alpha.tsv`.
struct AlphaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alpha",
        abstract: "Alpha diversity of every sample, identical to scikit-bio / QIIME 2.",
        discussion: """
            Metrics (QIIME 2 / scikit-bio names): \(AlphaMetric.allCases.map(\.rawValue).joined(separator: ", ")). \
            '--metric all' computes every metric, faith_pd only when --tree is given. faith_pd needs a \
            rooted tree (Newick, .gz, or Phylogeny[Rooted] .qza) holding every feature of the table. \
            Metrics built on counts (chao1, ace, fisher_alpha, brillouin_d, …) refuse fractional tables. \
            The output is a TSV like QIIME 2's exported alpha-diversity.tsv: 'sample-id' and one column \
            per metric; an undefined value (NaN) is an empty field, as pandas writes it.
            """)

    @Argument(help: "Feature table (.biom, .json, .tsv, .qza; .gz accepted).")
    var table: String

    @Option(name: .customLong("metric"), help: "Metric to compute (repeat for several), or 'all'.")
    var metricNames: [String] = []

    @Option(help: "Rooted phylogeny for faith_pd (Newick, .gz, or .qza).")
    var tree: String?

    @Option(help: "Logarithm base for shannon and pielou_e (default: e). shannon_entropy is always base 2.")
    var base: Double?

    @Flag(
        help:
            "Write NaN (an empty field) where a metric is undefined for a sample and scikit-bio raises (ACE when every rare feature is a singleton, Fisher's alpha without a solution), instead of failing as QIIME 2 does."
    )
    var undefinedAsNan = false

    @Option(help: "Threads to use (default: all cores); the output is the same for any number.")
    var threads: Int?

    @Option(name: [.short, .customLong("output")], help: "Output TSV file.")
    var output: String

    @OptionGroup var progress: ProgressOptions

    /// The metrics asked for, in order, without repeats; `all` expands in place.
    var metrics: [AlphaMetric] {
        var chosen = [AlphaMetric]()
        for name in metricNames {
            let expanded =
                name == "all"
                ? AlphaMetric.withoutTree + (tree == nil ? [] : [.faithPD])
                : AlphaMetric(rawValue: name).map { [$0] } ?? []
            for metric in expanded where !chosen.contains(metric) { chosen.append(metric) }
        }
        return chosen
    }

    func validate() throws {
        guard !metricNames.isEmpty else {
            throw ValidationError("give at least one --metric (or '--metric all'); valid metrics: \(Self.validNames)")
        }
        let unknown = metricNames.filter { $0 != "all" && AlphaMetric(rawValue: $0) == nil }
        guard unknown.isEmpty else {
            let listed = unknown.map { "'\($0)'" }.joined(separator: ", ")
            throw ValidationError("unknown metric \(listed); valid metrics: \(Self.validNames), or all")
        }
        if metrics.contains(.faithPD) && tree == nil {
            throw ValidationError("faith_pd needs a phylogenetic tree: add --tree TREE")
        }
        if let base, !(base > 0 && base != 1 && base.isFinite) {
            throw ValidationError("--base must be a positive number other than 1, not \(base)")
        }
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
    }

    static var validNames: String { AlphaMetric.allCases.map(\.rawValue).joined(separator: ", ") }

    func run() throws {
        let input = try FeatureTableFile.read(path: table)
        let metrics = self.metrics
        var phylogeny: PhylogeneticTree?
        if let tree, metrics.contains(.faithPD) {
            let read = try TreeFile.read(path: tree)
            if read.missingBranchLengthCount > 0 {
                progress.note(
                    "\(tree): \(grouped(read.missingBranchLengthCount)) branches have no length; they count as 0 (as QIIME 2 and scikit-bio's tree arrays do)"
                )
            }
            phylogeny = read
        } else if tree != nil {
            progress.note("--tree is used only by faith_pd, which was not asked for; ignoring it")
        }
        let diversity: AlphaDiversity
        do {
            diversity = try AlphaDiversity(
                table: input, metrics: metrics, tree: phylogeny, base: base, threads: threads, undefinedAsNaN: undefinedAsNan)
        } catch {
            switch error {
            case .featuresNotInTree, .duplicateTipNames: throw FileError(file: tree ?? "tree", cause: error)
            case .undefined: throw FileError(file: table, reason: error.description + " (--undefined-as-nan writes NaN instead)")
            default: throw FileError(file: table, cause: error)
            }
        }
        let text = AlphaDiversityTSV.text(diversity)
        try AtomicFileWriter.write(Data(text.utf8), to: output)
        for metric in metrics {
            if let samples = diversity.undefinedSamples[metric] {
                progress.note("\(metric.rawValue) is undefined (NaN) for \(samples.count) samples: \(abbreviatedList(samples))")
            }
        }
        progress.note("wrote \(output): \(grouped(diversity.sampleIDs.count)) samples × \(metrics.count) metrics")
    }
}

/// The TSV QIIME 2 exports for alpha diversity (pandas `Series.to_csv(sep='\t')`), one column per metric.
enum AlphaDiversityTSV {
    /// Header `sample-id` and the metric names, then one row per sample.
    static func text(_ diversity: AlphaDiversity) -> String {
        var text = "sample-id\t" + diversity.metrics.map(\.rawValue).joined(separator: "\t") + "\n"
        for (sample, id) in diversity.sampleIDs.enumerated() {
            text += id
            for (column, metric) in diversity.metrics.enumerated() {
                text += "\t" + field(diversity.values[column][sample], wholeNumber: metric.isWholeNumber)
            }
            text += "\n"
        }
        return text
    }

    /// A value as pandas writes it: shortest round-trip decimal, `inf`, an empty field for NaN, and
    /// integers without a decimal point for count metrics.
    static func field(_ value: Double, wholeNumber: Bool) -> String {
        if value.isNaN { return "" }
        if value.isInfinite { return value > 0 ? "inf" : "-inf" }
        if wholeNumber, let whole = Int(exactly: value) { return String(whole) }
        return value.description
    }
}
