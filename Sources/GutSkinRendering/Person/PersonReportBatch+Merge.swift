import Foundation
import GutSkinAxis
import GutSkinCore
import GutSkinFormats

/// `gutskin report-merge`: the summary parts of a sharded batch (`summary-part-I-of-N.tsv`)
/// laid end to end, after checking they are every part of one N, agree on their columns and
/// share no sample — the same summary.tsv, byte for byte, that one unsharded run writes.
extension PersonReportBatch {
    /// The merged summary of the parts in `folder`, and how many parts and samples it holds.
    public static func mergedSummary(in folder: String) throws -> (summary: String, parts: Int, samples: Int) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw FileError(file: folder, reason: "cannot be read as a folder: \(error.localizedDescription)")
        }
        var parts = [(shard: BatchShard, name: String)]()
        for name in names.sorted() {
            guard let shard = shard(ofPartName: name) else { continue }
            parts.append((shard, name))
        }
        guard let first = parts.first else {
            throw FileError(file: folder, reason: "holds no summary-part-I-of-N.tsv (written by gutskin report --all-samples --shard I/N)")
        }
        if let other = parts.first(where: { $0.shard.count != first.shard.count }) {
            throw FileError(
                file: folder,
                reason:
                    "holds parts of different shard counts (\(first.name) is one of \(first.shard.count), \(other.name) one of \(other.shard.count)); remove the stale parts"
            )
        }
        let count = first.shard.count
        let present = Set(parts.map(\.shard.index))
        let missing = (1...count).filter { !present.contains($0) }
        if let gap = missing.first {
            throw FileError(
                file: folder,
                reason:
                    "summary-part-\(gap)-of-\(count).tsv is missing (\(missing.count) of \(count) parts missing); run gutskin report --all-samples --shard \(gap)/\(count)"
            )
        }
        var header: String?
        var body = ""
        var partOfSample = [Substring: String]()
        for (_, name) in parts.sorted(by: { $0.shard.index < $1.shard.index }) {
            let path = URL(fileURLWithPath: folder).appendingPathComponent(name).path
            let text = try String(contentsOfFile: path, encoding: .utf8)
            guard text.hasSuffix("\n"), let end = text.firstIndex(of: "\n"), text.hasPrefix("sample\t") else {
                throw FileError(file: path, reason: "is not a complete summary part (no header line, or no final newline)")
            }
            let partHeader = String(text[...end])
            if let header, header != partHeader {
                throw FileError(
                    file: path, reason: "its columns differ from summary-part-1-of-\(count).tsv's (parts from different gutskin versions?)")
            }
            header = partHeader
            let rows = text[text.index(after: end)...]
            for row in rows.split(separator: "\n") {
                let sample = row.prefix { $0 != "\t" }
                if let earlier = partOfSample[sample] {
                    throw FileError(
                        file: folder, reason: "sample '\(sample)' is in both \(earlier) and \(name); the parts are from different runs")
                }
                partOfSample[sample] = name
            }
            body += rows
        }
        return (header! + body, count, partOfSample.count)
    }

    /// The shard a file name `summary-part-I-of-N.tsv` names, or nil for any other name.
    static func shard(ofPartName name: String) -> BatchShard? {
        guard name.hasPrefix("summary-part-"), name.hasSuffix(".tsv") else { return nil }
        let middle = name.dropFirst("summary-part-".count).dropLast(".tsv".count)
        let numbers = middle.components(separatedBy: "-of-")
        guard numbers.count == 2, let index = Int(numbers[0]), let count = Int(numbers[1]) else { return nil }
        return try? BatchShard(index: index, count: count)
    }

    /// Merges the parts in `folder` and writes `summary.tsv` (atomically) into `output` (default:
    /// `folder`), creating `output` when its parent exists.
    public static func mergeSummaryParts(in folder: String, into output: String? = nil) throws -> (parts: Int, samples: Int) {
        let merged = try mergedSummary(in: folder)
        let target = URL(fileURLWithPath: output ?? folder)
        if !FileManager.default.fileExists(atPath: target.path) {
            do {
                try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
            } catch {
                throw FileError(file: target.path, reason: "cannot be created: \(error.localizedDescription)")
            }
        }
        try AtomicFileWriter.write(Data(merged.summary.utf8), to: target.appendingPathComponent("summary.tsv").path)
        return (merged.parts, merged.samples)
    }
}
