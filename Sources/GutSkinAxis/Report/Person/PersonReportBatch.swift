import Foundation
import GutSkinCore
import GutSkinFormats
import GutSkinKernels
import GutSkinParallel

/// Every sample of a table scored as a gut sample, one report each, in parallel — what a
/// testing service runs over a plate of customers. (`write(to:)` in GutSkinRendering puts one
/// HTML + JSON pair per sample and summary.tsv into a folder.)
/// `poor_match` marks samples further from the reference than 99% of its own samples (other body
/// sites, other platforms), whose scores compare poorly.
public struct PersonReportBatch: Sendable {
    public let table: FeatureTable
    /// The table's file name, shown in each report.
    public let source: String
    public let reference: GutSkinReference
    public let tree: PhylogeneticTree?
    public let threads: Int?
    public let generatedBy: String
    /// The part of the table's samples this batch scores (`--shard I/N`); nil scores them all.
    public let shard: BatchShard?

    public init(
        table: FeatureTable, source: String, reference: GutSkinReference, tree: PhylogeneticTree?, threads: Int?, generatedBy: String,
        shard: BatchShard? = nil
    ) {
        self.table = table
        self.source = source
        self.reference = reference
        self.tree = tree
        self.threads = threads
        self.generatedBy = generatedBy
        self.shard = shard
    }

    /// Indices (in table order) of the samples this batch scores.
    public var sampleRange: Range<Int> { shard?.range(of: table.sampleCount) ?? 0..<table.sampleCount }

    /// Scores written to summary.tsv, in this order.
    public static let summaryScores: [ScoreKind] = [
        .shannonEntropy, .observedFeatures, .dysbiosisScore, .butyrateProducers, .proteobacteria,
    ]

    public static let summaryHeader =
        "sample\treads\trarefied\t"
        + summaryScores.flatMap { [$0.rawValue, $0.rawValue + "_percentile"] }.joined(separator: "\t") + "\tdysbiotic\tpoor_match\treport\n"

    /// Scores every sample of `sampleRange`, then calls `each(index, report)` in parallel (on up to
    /// `threads` threads), `index` being the sample's index in the table; `progress` gets the
    /// fraction done. Returns why Faith's PD was skipped, if it was.
    public func forEachReport<T: Sendable>(
        progress: @escaping @Sendable (Double) -> Void = { _ in },
        _ each: @escaping @Sendable (Int, PersonReport) -> T
    ) -> (results: [T], faithSkipped: String?) {
        let scorer = SampleScorer(reference: reference)
        let range = sampleRange
        let (scores, faithSkipped) = SampleScoring(scorer: scorer, tree: tree).score(
            table: table, samples: shard == nil ? nil : Array(range), threads: threads)
        let taxonomy = TaxonomyStyle.describe(table)
        let done = ProgressCounter(total: scores.count, report: progress)
        let results = Parallel.map(count: scores.count, threads: threads) { index -> T in
            var builder = ReportBuilder(
                gut: .init(scores: scores[index], scorer: scorer, table: source, taxonomy: taxonomy), skin: nil, generatedBy: generatedBy)
            if let faithSkipped { builder.warnings.append("Faith's PD was not computed: \(faithSkipped).") }
            let report = PersonReport(report: builder.build(), gutReference: reference, skinReference: nil, notes: [])
            defer { done.increment() }
            return each(range.lowerBound + index, report)
        }
        return (results, faithSkipped)
    }

    /// One summary.tsv row: the sample's reads before rarefaction, its main scores and percentiles
    /// (empty when undefined or not comparable), the dysbiotic and poor-match flags.
    public static func summaryLine(_ site: GutSkinReport.SiteResult, file: String) -> String {
        func flag(_ value: Bool?) -> String { value.map { $0 ? "yes" : "no" } ?? "" }
        var fields = [site.sampleId, HTMLText.plain(site.reads, decimals: 6), site.rarefiedTo == nil ? "no" : "yes"]
        for kind in summaryScores {
            let score = site.scores.first { $0.id == kind }
            fields.append(score?.value.map { "\($0)" } ?? "")
            fields.append(score?.percentile.map { HTMLText.plain($0, decimals: 1) } ?? "")
        }
        fields += [flag(site.dysbiotic), site.dysbiotic == nil ? "" : flag(site.poorMatch), file]
        return fields.joined(separator: "\t") + "\n"
    }

    /// File names from sample ids: characters outside letters, digits, `.`, `-`, `_` become `_`;
    /// names that collide after that (ignoring case, or with `summary`) get `-2`, `-3`….
    public static func fileNames(for ids: [String]) -> [String] {
        var used = Set<String>()
        return ids.map { id in
            var base = String(
                id.unicodeScalars.map { scalar -> Character in
                    let allowed = CharacterSet.alphanumerics.contains(scalar) && scalar.isASCII || "._-".unicodeScalars.contains(scalar)
                    return allowed ? Character(scalar) : "_"
                })
            if base.isEmpty || base.hasPrefix(".") { base = "_" + base }
            var name = base
            var suffix = 2
            while used.contains(name.lowercased()) || name.lowercased() == "summary" {
                name = "\(base)-\(suffix)"
                suffix += 1
            }
            used.insert(name.lowercased())
            return name
        }
    }
}
