import Foundation
import GutSkinCore

/// The classic tab-separated feature table that `biom convert --to-tsv` and QIIME 2's export write:
///
///     # Constructed from biom file
///     #OTU ID	Sample1	Sample2	taxonomy
///     OTU_1	10.0	0.0	k__Bacteria; p__Firmicutes
///
/// Rows are features, columns samples; an optional last column (`taxonomy`, `Taxonomy` or
/// QIIME 1's `Consensus Lineage`) carries each feature's lineage. Comment lines before the header
/// are skipped. The header's first cell may be any label (`#OTU ID`, `Feature ID`, `OTU ID`).
public enum ClassicTSVTable {
    static let taxonomyHeaders: Set<String> = ["taxonomy", "Taxonomy", "Consensus Lineage", "ConsensusLineage", "taxonomy_string"]

    /// Reads a TSV table (gzip accepted).
    public static func read(path: String) throws -> FeatureTable {
        try parse(text: InputFile.readText(path), file: path)
    }

    /// Parses TSV table text; `file` names the source in errors.
    public static func parse(text: String, file: String) throws(TableTextError) -> FeatureTable {
        let lines = TabularText(text).lines
        var position = 0
        // Header: the last '#'-line before the first data line, or the first line when none.
        var header: TabularText.Line?
        while position < lines.count {
            let line = lines[position]
            let first = line.cells[0]
            if line.cells.count == 1 && first.trimmingWhitespace().isEmpty {
                position += 1
                continue
            }
            if first.hasPrefix("#") && line.cells.count == 1 {
                position += 1
                continue
            }  // "# Constructed from biom file"
            header = line
            position += 1
            break
        }
        guard let header, header.cells.count >= 1 else {
            throw TableTextError(file: file, line: nil, column: nil, reason: "no header line (expected '#OTU ID<TAB>sample…')")
        }
        var sampleCells = Array(header.cells.dropFirst())
        let hasTaxonomy = sampleCells.last.map { taxonomyHeaders.contains(String($0).trimmingWhitespace()) } ?? false
        if hasTaxonomy { sampleCells.removeLast() }
        let sampleIDs = sampleCells.map { String($0).trimmingWhitespace() }
        guard !sampleIDs.isEmpty else {
            throw TableTextError(
                file: file, line: header.number, column: nil,
                reason: "the header has no sample columns (expected '#OTU ID<TAB>sample…'); is this a feature table?")
        }
        if let empty = sampleIDs.firstIndex(of: "") {
            throw TableTextError(file: file, line: header.number, column: empty + 2, reason: "empty sample id in header")
        }
        var seen = [String: Int]()
        for (index, id) in sampleIDs.enumerated() {
            if let first = seen.updateValue(index, forKey: id) {
                throw TableTextError(
                    file: file, line: header.number, column: index + 2,
                    reason: "sample id '\(id)' appears twice in the header (first in column \(first + 2))")
            }
        }
        let expectedCells = sampleIDs.count + 1 + (hasTaxonomy ? 1 : 0)
        var featureIDs = [String]()
        var taxonomy = [Taxonomy]()
        var offsets = [0]
        var sampleIndices = [Int32]()
        var values = [Double]()
        var featureLine = [String: Int]()
        while position < lines.count {
            let line = lines[position]
            position += 1
            if line.cells.count == 1 && line.cells[0].trimmingWhitespace().isEmpty { continue }
            // A comment, also when indented: ids are trimmed, so " #1" would be written back as "#1",
            // which reads as a comment.
            if line.cells[0].trimmingWhitespace().hasPrefix("#") { continue }
            guard line.cells.count == expectedCells else {
                throw TableTextError(
                    file: file, line: line.number, column: nil,
                    reason: "\(line.cells.count) cells, but the header has \(expectedCells)")
            }
            let id = String(line.cells[0]).trimmingWhitespace()
            guard !id.isEmpty else {
                throw TableTextError(file: file, line: line.number, column: 1, reason: "empty feature id")
            }
            if let first = featureLine.updateValue(line.number, forKey: id) {
                throw TableTextError(
                    file: file, line: line.number, column: 1, reason: "feature id '\(id)' also on line \(first)")
            }
            featureIDs.append(id)
            for sample in 0..<sampleIDs.count {
                let cell = line.cells[sample + 1]
                guard let value = Double(cell.trimmingWhitespace()), value.isFinite else {
                    throw TableTextError(
                        file: file, line: line.number, column: sample + 2, reason: "'\(cell)' is not a number")
                }
                guard value >= 0 else {
                    throw TableTextError(
                        file: file, line: line.number, column: sample + 2, reason: "negative value \(cell)")
                }
                if value != 0 {
                    sampleIndices.append(Int32(sample))
                    values.append(value)
                }
            }
            offsets.append(values.count)
            if hasTaxonomy { taxonomy.append(Taxonomy(parsing: String(line.cells[expectedCells - 1]))) }
        }
        if header.cells[0].trimmingWhitespace().isEmpty && featureIDs == sampleIDs {
            throw TableTextError(
                file: file, line: header.number, column: 1,
                reason: "this is a distance matrix (blank corner, the same ids as rows and columns), not a feature table")
        }
        do {
            return try FeatureTable(
                sampleIDs: sampleIDs, featureIDs: featureIDs, featureTaxonomy: hasTaxonomy ? taxonomy : nil,
                featureOffsets: offsets, sampleIndices: sampleIndices, featureMajorValues: values)
        } catch {
            throw TableTextError(file: file, line: nil, column: nil, reason: error.description)
        }
    }

    /// The table as classic TSV text, as `biom convert --to-tsv` writes it (values as floats).
    public static func string(_ table: FeatureTable) -> String {
        var text = "# Constructed from biom file\n#OTU ID\t" + table.sampleIDs.joined(separator: "\t")
        if table.featureTaxonomy != nil { text += "\ttaxonomy" }
        text += "\n"
        let (offsets, samples, values) = table.featureMajor()
        var row = [String](repeating: "0.0", count: table.sampleCount)
        for feature in 0..<table.featureCount {
            for entry in offsets[feature]..<offsets[feature + 1] { row[Int(samples[entry])] = "\(values[entry])" }
            text += table.featureIDs[feature] + "\t" + row.joined(separator: "\t")
            if let taxonomy = table.featureTaxonomy { text += "\t" + lineageCell(taxonomy[feature]) }
            text += "\n"
            for entry in offsets[feature]..<offsets[feature + 1] { row[Int(samples[entry])] = "0.0" }
        }
        return text
    }

    /// The taxonomy cell: the lineage joined by `; `. A single rank holding `|` gets a trailing `;`,
    /// or it would read back as a MetaPhlAn-style `|` lineage of several ranks.
    static func lineageCell(_ taxonomy: Taxonomy) -> String {
        let lineage = taxonomy.lineage
        return !lineage.contains(";") && lineage.contains("|") ? lineage + ";" : lineage
    }

    /// Writes the table as classic TSV, atomically.
    public static func write(_ table: FeatureTable, to path: String) throws {
        try AtomicFileWriter.write(Data(string(table).utf8), to: path)
    }
}

/// A tab-separated or JSON file whose text is malformed; names the file and the line/column.
public struct TableTextError: Error, CustomStringConvertible, Equatable {
    public let file: String
    public let line: Int?
    public let column: Int?
    public let reason: String

    public init(file: String, line: Int?, column: Int?, reason: String) {
        self.file = file
        self.line = line
        self.column = column
        self.reason = reason
    }

    public var description: String {
        var place = ""
        if let line { place += ": line \(line)" }
        if let column { place += (line == nil ? ": " : ", ") + "column \(column)" }
        return OneLine.text("\(file)\(place): \(reason)")
    }
}
