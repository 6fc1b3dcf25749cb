import Foundation
import GutSkinCore

/// QIIME 2's taxonomy table (`FeatureData[Taxonomy]`): `Feature ID<TAB>Taxon[<TAB>Confidence]`.
public enum TaxonomyTSV {
    /// Reads a taxonomy TSV file, or a `FeatureData[Taxonomy]` artifact when the file is a `.qza`.
    public static func read(path: String) throws -> [String: Taxonomy] {
        if try FeatureTableFile.detectFormat(path: path) == .qza { return try QIIME2Artifact.readTaxonomy(path: path) }
        return try parse(text: InputFile.readText(path), file: path)
    }

    /// Parses taxonomy TSV text; the header must name `Feature ID` (or another id header) and `Taxon`.
    public static func parse(text: String, file: String) throws(TableTextError) -> [String: Taxonomy] {
        let lines = TabularText(text).lines.filter { !($0.cells.count == 1 && $0.cells[0].trimmingWhitespace().isEmpty) }
        guard let header = lines.first else { throw TableTextError(file: file, line: nil, column: nil, reason: "empty taxonomy file") }
        guard let taxonColumn = header.cells.firstIndex(where: { ["taxon", "taxonomy"].contains($0.trimmingWhitespace().lowercased()) })
        else {
            throw TableTextError(file: file, line: header.number, column: nil, reason: "no 'Taxon' column in the header")
        }
        var result = [String: Taxonomy]()
        for line in lines.dropFirst() where !line.cells[0].hasPrefix("#") {
            guard line.cells.count > taxonColumn else {
                throw TableTextError(
                    file: file, line: line.number, column: nil,
                    reason: "\(line.cells.count) cells; the Taxon column is column \(taxonColumn + 1)")
            }
            let id = line.cells[0].trimmingWhitespace()
            guard result.updateValue(Taxonomy(parsing: String(line.cells[taxonColumn])), forKey: id) == nil else {
                throw TableTextError(file: file, line: line.number, column: 1, reason: "feature id '\(id)' appears more than once")
            }
        }
        return result
    }
}
