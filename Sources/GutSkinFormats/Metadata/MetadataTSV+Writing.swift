import Foundation
import GutSkinCore

extension MetadataTSV {
    /// Writes metadata as a QIIME 2 metadata file, atomically: the id header, a `#q2:types` row
    /// (so column types survive without inference), a `#q2:missing` row when needed (below), then one
    /// row per sample. Missing values are written as empty cells; cells holding a tab, quote or line
    /// end are double-quoted. A column holding a value that reads as missing by default (`NA`,
    /// `unknown`, kept by a `#q2:missing` directive when it was read) is marked `blank`, so that
    /// reading the file back with the defaults gives the same metadata.
    public static func write(_ metadata: SampleMetadata, to path: String) throws(FileError) {
        let data = Data(format(metadata).utf8)
        do {
            try AtomicFileWriter.write(data, to: path)
        } catch let error as FileError {
            throw error
        } catch {
            throw FileError(file: path, reason: "cannot be written (\(error))")
        }
    }

    /// The metadata as QIIME 2 metadata text (LF line ends).
    public static func format(_ metadata: SampleMetadata) -> String {
        var text = ""
        func appendRow(_ cells: [String]) {
            text += cells.map(quotedIfNeeded).joined(separator: "\t")
            text += "\n"
        }
        appendRow([metadata.idHeader] + metadata.columns.map(\.name))
        appendRow(["#q2:types"] + metadata.columns.map(\.kind.rawValue))
        let keepsMissingTerms = metadata.columns.map { column in
            column.values.contains { $0.map(defaultMissingValues.contains) ?? false }
        }
        if keepsMissingTerms.contains(true) {
            appendRow(["#q2:missing"] + keepsMissingTerms.map { $0 ? "blank" : "" })
        }
        for (row, id) in metadata.ids.enumerated() {
            appendRow([id] + metadata.columns.map { $0.values[row] ?? "" })
        }
        return text
    }

    /// The cell quoted as Python's csv module would (tab, quote or line end inside).
    private static func quotedIfNeeded(_ cell: String) -> String {
        guard cell.contains(where: { $0 == "\t" || $0 == "\"" || $0.isNewline }) else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
