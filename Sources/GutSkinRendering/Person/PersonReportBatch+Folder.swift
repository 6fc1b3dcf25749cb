import Foundation
import GutSkinAxis
import GutSkinFormats

/// `gutskin report --all-samples`'s folder: one HTML + JSON pair per sample (named after the
/// sample id) and summary.tsv, staged and renamed into place, so it is written whole or not at all.
extension PersonReportBatch {
    /// The folder guard: an earlier batch output (its summary.tsv says so) may be replaced, any other folder not.
    public static func outputFolder(_ path: String) -> OutputFolder {
        OutputFolder(path: path, kind: "gutskin report --all-samples output (no summary.tsv from gutskin)") { folder in
            let summary = (try? String(contentsOfFile: folder.appendingPathComponent("summary.tsv").path, encoding: .utf8)) ?? ""
            return summary.hasPrefix(summaryHeader)
        }
    }

    /// Writes every report (HTML + JSON) and summary.tsv into `path` (staged, renamed into place).
    /// Returns the number of reports and why Faith's PD was skipped, if it was.
    @discardableResult
    public func write(to path: String, progress: @escaping @Sendable (Double) -> Void = { _ in }) throws -> (
        count: Int, faithSkipped: String?
    ) {
        let folder = Self.outputFolder(path)
        try folder.check()
        let names = Self.fileNames(for: table.sampleIDs)
        var outcome: (count: Int, faithSkipped: String?) = (0, nil)
        try folder.write { staging in
            // Each task writes its report and returns its summary.tsv line, read off the report
            // itself so the summary and the reports cannot disagree.
            let (lines, faithSkipped) = forEachReport(progress: progress) { index, made -> Result<String, FileError> in
                do {
                    try made.write(html: staging.appendingPathComponent(names[index] + ".html").path)
                } catch {
                    return .failure(FileError(file: path, reason: "\(error)"))
                }
                return .success(Self.summaryLine(made.report.gut!, file: names[index] + ".html"))
            }
            var summary = Self.summaryHeader
            for line in lines { summary += try line.get() }
            try AtomicFileWriter.write(Data(summary.utf8), to: staging.appendingPathComponent("summary.tsv").path)
            outcome = (lines.count, faithSkipped)
        }
        return outcome
    }
}
