import Foundation
import GutSkinAxis
import GutSkinCore
import GutSkinFormats
import GutSkinKernels

/// `gutskin report TABLE --all-samples -o reports/`: every sample scored as a gut sample, one
/// HTML + JSON report each (named after the sample id), and summary.tsv with the main scores —
/// scored and written in parallel. `poor_match` marks samples further from the reference than
/// 99% of its own samples (other body sites, other platforms), whose scores compare poorly.
struct ReportBatch {
    let table: String
    let reference: GutSkinReference
    let tree: PhylogeneticTree?
    let threads: Int?
    let output: String
    let progress: ProgressOptions

    /// Scores written to summary.tsv, in this order.
    static let summaryScores: [ScoreKind] = [.shannonEntropy, .observedFeatures, .dysbiosisScore, .butyrateProducers, .proteobacteria]

    func run() throws {
        let folder = OutputFolder(path: output, kind: "gutskin report --all-samples output (no summary.tsv from gutskin)") { folder in
            let summary = (try? String(contentsOfFile: folder.appendingPathComponent("summary.tsv").path, encoding: .utf8)) ?? ""
            return summary.hasPrefix(ReportBatch.summaryHeader)
        }
        try folder.check()
        let input = try FeatureTableFile.read(path: table)
        let scorer = SampleScorer(reference: reference)
        let reporter = ProgressReporter(label: "reports", quiet: progress.quiet)
        let (scores, faithSkipped) = SampleScoring(scorer: scorer, tree: tree).score(table: input, threads: threads)
        if let faithSkipped { progress.note("Faith's PD not computed: \(faithSkipped)") }
        let taxonomy = TaxonomyStyle.describe(input)
        let names = Self.fileNames(for: input.sampleIDs)
        try folder.write { staging in
            let done = Counter()
            // Each task writes its report and returns its summary.tsv line, read off the report itself
            // so the summary and the reports cannot disagree.
            let lines = Parallel.map(count: scores.count, threads: threads) { index -> Result<String, FileError> in
                var builder = ReportBuilder(
                    gut: .init(scores: scores[index], scorer: scorer, table: fileName(table), taxonomy: taxonomy), skin: nil,
                    generatedBy: "gutskin \(GutSkinCommand.version) report --all-samples")
                if let faithSkipped { builder.warnings.append("Faith's PD was not computed: \(faithSkipped).") }
                let report = builder.build()
                defer { reporter.update(Double(done.increment()) / Double(scores.count)) }
                do {
                    try ReportFiles.write(report, gutReference: reference, skinReference: nil, html: staging.appendingPathComponent(names[index] + ".html").path)
                } catch {
                    return .failure(FileError(file: output, reason: "\(error)"))
                }
                return .success(Self.summaryLine(report.gut!, file: names[index] + ".html"))
            }
            reporter.finish()
            var summary = Self.summaryHeader
            for line in lines { summary += try line.get() }
            try AtomicFileWriter.write(Data(summary.utf8), to: staging.appendingPathComponent("summary.tsv").path)
        }
        progress.note("wrote \(grouped(scores.count)) reports (HTML + JSON) and summary.tsv into \(output)")
    }

    static let summaryHeader = "sample\treads\trarefied\t"
        + summaryScores.flatMap { [$0.rawValue, $0.rawValue + "_percentile"] }.joined(separator: "\t") + "\tdysbiotic\tpoor_match\treport\n"

    /// One summary.tsv row: the sample's reads before rarefaction, its main scores and percentiles
    /// (empty when undefined or not comparable), the dysbiotic and poor-match flags.
    static func summaryLine(_ site: GutSkinReport.SiteResult, file: String) -> String {
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
    /// names that collide after that get `-2`, `-3`….
    static func fileNames(for ids: [String]) -> [String] {
        var used = Set<String>()
        return ids.map { id in
            var base = String(id.unicodeScalars.map { scalar -> Character in
                let allowed = CharacterSet.alphanumerics.contains(scalar) && scalar.isASCII || "._-".unicodeScalars.contains(scalar)
                return allowed ? Character(scalar) : "_"
            })
            if base.isEmpty || base.hasPrefix(".") { base = "_" + base }
            var name = base, suffix = 2
            while used.contains(name.lowercased()) || name.lowercased() == "summary" {
                name = "\(base)-\(suffix)"
                suffix += 1
            }
            used.insert(name.lowercased())
            return name
        }
    }
}

/// A thread-safe counter for progress across parallel work.
final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()

    func increment() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
    }
}
