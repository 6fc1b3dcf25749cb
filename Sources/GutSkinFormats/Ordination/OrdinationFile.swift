import Foundation
import GutSkinCore
import GutSkinParallel

/// scikit-bio's ordination text format (`OrdinationResults.write`/`read`, format "ordination"),
/// which Emperor and QIIME 2's `PCoAResults` use. Six sections, each a header line with the
/// section name and its shape, tab-separated, then its rows, then an empty line (none after the
/// last):
///
///     Eigvals<TAB>k              one line of k values
///     Proportion explained<TAB>k
///     Species<TAB>rows<TAB>k     one line per feature: id, then k values
///     Site<TAB>rows<TAB>k        one line per sample: id, then k values
///     Biplot<TAB>rows<TAB>cols   values only
///     Site constraints<TAB>rows<TAB>k
///
/// Absent sections are written with shape 0 (`Species<TAB>0<TAB>0`). Numbers are written as
/// NumPy's `str` writes float64 (Python `repr`: shortest round-trip digits).
public enum OrdinationFile {
    /// The text scikit-bio would write for `results`.
    public static func string(_ results: OrdinationResults) -> String {
        var text = ""
        writeVector(&text, "Eigvals", results.eigenvalues)
        writeVector(&text, "Proportion explained", results.proportionExplained)
        writeTable(&text, "Species", results.features, withIDs: true)
        writeTable(&text, "Site", results.samples, withIDs: true)
        writeTable(&text, "Biplot", results.biplotScores, withIDs: false)
        writeTable(&text, "Site constraints", results.sampleConstraints, withIDs: true, separator: false)
        return text
    }

    /// Writes `results` to `path` atomically: scikit-bio's text, or a QIIME 2 `PCoAResults`
    /// artifact when the name ends in `.qza`.
    public static func write(_ results: OrdinationResults, to path: String) throws {
        let data = Data(string(results).utf8)
        if path.lowercased().hasSuffix(".qza") {
            try QIIME2Artifact.write(
                type: "PCoAResults", format: "OrdinationDirectoryFormat", importFormat: "OrdinationFormat",
                files: ["ordination.txt": data], to: path)
        } else {
            try AtomicFileWriter.write(data, to: path)
        }
    }

    /// Reads an ordination file (text, or `ordination.txt` inside a `PCoAResults` .qza).
    public static func read(path: String) throws -> OrdinationResults {
        if path.lowercased().hasSuffix(".qza") {
            let contents = try QIIME2Artifact.open(path)
            try QIIME2Artifact.require(contents, oneOf: ["PCoAResults", "PCoAResults % Properties('biplot')"])
            return try parse(text: String(decoding: try contents.data("ordination.txt"), as: UTF8.self), file: path)
        }
        return try parse(text: try InputFile.readText(path), file: path)
    }

    /// Parses ordination text; `file` names the source in error messages.
    public static func parse(text: String, file: String) throws(FileError) -> OrdinationResults {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
        }
        var lineNumber = 0
        func fail(_ reason: String) -> FileError { FileError(file: file, reason: "line \(lineNumber): \(reason)") }
        func nextLine() -> String? {
            guard lineNumber < lines.count else { return nil }
            lineNumber += 1  // also the cursor: the next line is lines[lineNumber]
            return lines[lineNumber - 1]
        }
        func numbers(_ fields: ArraySlice<Substring>) throws(FileError) -> [Double] {
            var values = [Double]()
            for field in fields {
                guard let value = Double(field) else { throw fail("'\(field)' is not a number") }
                values.append(value)
            }
            return values
        }
        func header(_ name: String, dimensions: Int) throws(FileError) -> [Int] {
            guard let line = nextLine() else { throw fail("the file ends before the '\(name)' section") }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == dimensions + 1, fields[0] == name else {
                throw fail("expected the '\(name)' section header, found '\(line)'")
            }
            var shape = [Int]()
            for field in fields.dropFirst() {
                guard let size = Int(field), size >= 0 else { throw fail("'\(field)' is not a section size") }
                shape.append(size)
            }
            return shape
        }
        func blank() throws(FileError) {
            guard let line = nextLine(), line.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw fail("expected an empty line between sections")
            }
        }
        func vector(_ name: String) throws(FileError) -> [Double]? {
            let shape = try header(name, dimensions: 1)
            guard shape[0] > 0 else { return nil }
            guard let line = nextLine() else { throw fail("the '\(name)' values are missing") }
            let values = try numbers(line.split(separator: "\t")[...])
            guard values.count == shape[0] else { throw fail("expected \(shape[0]) values in '\(name)', found \(values.count)") }
            return values
        }
        func table(_ name: String, withIDs: Bool) throws(FileError) -> OrdinationTable? {
            let shape = try header(name, dimensions: 2)
            guard shape[0] > 0 || shape[1] > 0 else { return nil }
            var ids = [String]()
            var values = [Double]()
            for _ in 0..<shape[0] {
                guard let line = nextLine() else { throw fail("the file ends inside the '\(name)' section") }
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                let row = try numbers(withIDs ? fields.dropFirst() : fields[...])
                guard row.count == shape[1], !withIDs || !fields.isEmpty else {
                    throw fail("expected \(shape[1]) values in this '\(name)' row, found \(row.count)")
                }
                if withIDs { ids.append(String(fields[0])) }
                values += row
            }
            return OrdinationTable(ids: withIDs ? ids : nil, rowCount: shape[0], columnCount: shape[1], values: values)
        }
        guard let eigenvalues = try vector("Eigvals") else { throw fail("at least one eigenvalue must be present") }
        try blank()
        let proportions = try vector("Proportion explained")
        try blank()
        let features = try table("Species", withIDs: true)
        try blank()
        let samples = try table("Site", withIDs: true)
        try blank()
        let biplot = try table("Biplot", withIDs: false)
        try blank()
        let constraints = try table("Site constraints", withIDs: true)
        if let proportions, proportions.count != eigenvalues.count {
            throw FileError(file: file, reason: "\(proportions.count) proportions explained for \(eigenvalues.count) eigenvalues")
        }
        return OrdinationResults(
            eigenvalues: eigenvalues, proportionExplained: proportions, samples: samples, features: features,
            biplotScores: biplot, sampleConstraints: constraints)
    }

    private static func writeVector(_ text: inout String, _ name: String, _ values: [Double]?) {
        text += "\(name)\t\(values?.count ?? 0)\n"
        if let values { text += values.map(PythonFloatFormat.repr).joined(separator: "\t") + "\n" }
        text += "\n"
    }

    private static func writeTable(
        _ text: inout String, _ name: String, _ table: OrdinationTable?, withIDs: Bool, separator: Bool = true
    ) {
        text += "\(name)\t\(table?.rowCount ?? 0)\t\(table?.columnCount ?? 0)\n"
        if let table {
            // Rows are formatted in parallel blocks (a full PCoA of thousands of samples has
            // millions of values), then joined in order.
            let blockSize = 64
            let blockCount = (table.rowCount + blockSize - 1) / blockSize
            let blocks = Parallel.map(count: blockCount) { block in
                var chunk = ""
                for row in (block * blockSize)..<min(table.rowCount, (block + 1) * blockSize) {
                    var fields = table.row(row).map(PythonFloatFormat.repr)
                    if withIDs, let ids = table.ids { fields.insert(ids[row], at: 0) }
                    chunk += fields.joined(separator: "\t") + "\n"
                }
                return chunk
            }
            for chunk in blocks { text += chunk }
        }
        if separator { text += "\n" }
    }
}
