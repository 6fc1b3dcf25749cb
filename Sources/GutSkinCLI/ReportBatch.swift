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
        let input = try FeatureTableFile.read(path: table)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: output, isDirectory: &isFolder), !isFolder.boolValue {
            throw FileError(file: output, reason: "is a file; --all-samples writes into a folder")
        }
        do {
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        } catch {
            throw FileError(file: output, reason: "cannot be made into a folder (the parent is not writable?)")
        }
        let scorer = SampleScorer(reference: reference)
        let reporter = ProgressReporter(label: "reports", quiet: progress.quiet)
        let (scores, faithSkipped) = SampleScoring(scorer: scorer, tree: tree).score(table: input, threads: threads)
        if let faithSkipped { progress.note("Faith's PD not computed: \(faithSkipped)") }
        let taxonomy = TaxonomyStyle.describe(input)
        let folder = URL(fileURLWithPath: output)
        let names = Self.fileNames(for: input.sampleIDs)
        let done = Counter()
        let failures = Parallel.map(count: scores.count, threads: threads) { index -> String? in
            var builder = ReportBuilder(
                gut: .init(scores: scores[index], scorer: scorer, table: fileName(table), taxonomy: taxonomy), skin: nil,
                generatedBy: "gutskin \(GutSkinCommand.version) report --all-samples")
            if let faithSkipped { builder.warnings.append("Faith's PD was not computed: \(faithSkipped).") }
            let report = builder.build()
            defer { reporter.update(Double(done.increment()) / Double(scores.count)) }
            do {
                try ReportFiles.write(report, gutReference: reference, skinReference: nil, html: folder.appendingPathComponent(names[index] + ".html").path)
                return nil
            } catch {
                return "\(error)"
            }
        }
        reporter.finish()
        if let failure = failures.compactMap({ $0 }).first { throw FileError(file: output, reason: failure) }

        var summary = "sample\treads\trarefied\t" + Self.summaryScores.flatMap { [$0.rawValue, $0.rawValue + "_percentile"] }.joined(separator: "\t") + "\tdysbiotic\tpoor_match\treport\n"
        let q90 = reference.distribution(.dysbiosisScore)?.quantiles[percentile: 90] ?? .infinity
        let q99 = reference.distribution(.dysbiosisScore)?.quantiles[percentile: 99] ?? .infinity
        for (index, score) in scores.enumerated() {
            var fields = [score.sampleID, HTMLText.plain(score.reads, decimals: 6), score.rarefied ? "yes" : "no"]
            for kind in Self.summaryScores {
                let value = score.value(kind)
                let comparable = score.rarefied || kind.section != .diversity
                let percentile = !value.isNaN && comparable ? reference.distribution(kind)?.quantiles.percentile(of: value) : nil
                fields.append(value.isNaN ? "" : "\(value)")
                fields.append(percentile.map { HTMLText.plain($0, decimals: 1) } ?? "")
            }
            let dysbiosis = score.value(.dysbiosisScore)
            fields.append(dysbiosis.isNaN ? "" : dysbiosis > q90 ? "yes" : "no")
            fields.append(dysbiosis.isNaN ? "" : dysbiosis > q99 ? "yes" : "no")
            fields.append(names[index] + ".html")
            summary += fields.joined(separator: "\t") + "\n"
        }
        try AtomicFileWriter.write(Data(summary.utf8), to: folder.appendingPathComponent("summary.tsv").path)
        progress.note("wrote \(grouped(scores.count)) reports (HTML + JSON) and summary.tsv into \(output)")
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
