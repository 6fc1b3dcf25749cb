import Foundation
import GutSkinAxis
import GutSkinCore
import GutSkinFormats

/// `gutskin report --all-samples --shard I/N`: one part of a batch, written into a folder the
/// other parts share. Each report is written atomically; the part's summary
/// (`summary-part-I-of-N.tsv`) is written last, so its presence says the part is complete and a
/// job killed mid-way leaves no summary part that `report-merge` would accept.
extension PersonReportBatch {
    /// `summary-part-I-of-N.tsv`.
    public static func summaryPartName(_ shard: BatchShard) -> String { "summary-part-\(shard.index)-of-\(shard.count).tsv" }

    /// Whether a file name belongs in a batch folder: reports, summaries, and hidden files being written.
    static func isBatchFile(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix(".html") || name.hasSuffix(".json") || (name.hasPrefix("summary") && name.hasSuffix(".tsv"))
    }

    /// Writes this shard's reports and its summary part into `path`, creating the folder when
    /// missing; refuses a folder holding anything but batch files. Returns the number of reports
    /// and why Faith's PD was skipped, if it was.
    @discardableResult
    public func writeShard(to path: String, progress: @escaping @Sendable (Double) -> Void = { _ in }) throws -> (
        count: Int, faithSkipped: String?
    ) {
        guard let shard else { return try write(to: path, progress: progress) }
        let folder = URL(fileURLWithPath: path).standardizedFileURL
        try Self.prepareShardFolder(folder, path: path)
        let names = Self.fileNames(for: table.sampleIDs)
        let (lines, faithSkipped) = forEachReport(progress: progress) { index, made -> Result<String, FileError> in
            do {
                try made.write(html: folder.appendingPathComponent(names[index] + ".html").path)
            } catch {
                return .failure(FileError(file: path, reason: "\(error)"))
            }
            return .success(Self.summaryLine(made.report.gut!, file: names[index] + ".html"))
        }
        var summary = Self.summaryHeader
        for line in lines { summary += try line.get() }
        try AtomicFileWriter.write(Data(summary.utf8), to: folder.appendingPathComponent(Self.summaryPartName(shard)).path)
        return (lines.count, faithSkipped)
    }

    /// Creates the shared folder (other parts may be creating it at the same moment) or checks an
    /// existing one holds only batch files.
    private static func prepareShardFolder(_ folder: URL, path: String) throws {
        let manager = FileManager.default
        let parent = folder.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: parent, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw FileError(file: path, reason: "the folder '\(parent)' does not exist")
        }
        if manager.fileExists(atPath: folder.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw FileError(file: path, reason: "exists and is not a folder; give -o a folder name") }
            let contents = (try? manager.contentsOfDirectory(atPath: folder.path)) ?? []
            if let foreign = contents.sorted().first(where: { !isBatchFile($0) }) {
                throw FileError(
                    file: path, reason: "holds '\(foreign)', which is not a gutskin report file; choose another -o or empty it")
            }
            return
        }
        do {
            try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw FileError(file: path, reason: "cannot be created: \(error.localizedDescription)")
        }
    }
}
