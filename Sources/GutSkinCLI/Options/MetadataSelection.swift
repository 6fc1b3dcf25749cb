import GutSkinCore
import GutSkinFormats

/// The samples of a distance matrix that a metadata column can describe, with their values, and
/// a count of those dropped: samples absent from the metadata, and samples whose value is
/// missing. Statistical commands report both counts rather than drop samples silently.
struct MetadataSelection {
    let matrix: DistanceMatrix
    /// Per kept sample, the value of each requested column (in the order requested).
    let values: [[String]]
    let notInMetadata: [String]
    let missingValue: [String]

    var droppedCount: Int { notInMetadata.count + missingValue.count }

    /// Keeps the samples of `matrix` that have a value in every one of `columns`.
    init(matrix: DistanceMatrix, metadata: SampleMetadata, metadataPath: String, columns: [String]) throws {
        var columnObjects = [MetadataColumn]()
        for name in columns {
            guard let column = metadata.column(named: name) else {
                let available = metadata.columns.map(\.name)
                throw FileError(
                    file: metadataPath,
                    reason: "has no column '\(name)' (columns: \(abbreviatedList(available)))")
            }
            columnObjects.append(column)
        }
        var kept = [String]()
        var values = [[String]]()
        var notInMetadata = [String]()
        var missing = [String]()
        for id in matrix.ids {
            guard let row = metadata.row(of: id) else {
                notInMetadata.append(id)
                continue
            }
            let rowValues = columnObjects.map { $0.values[row] }
            let present = rowValues.compactMap { $0 }
            guard present.count == rowValues.count else {
                missing.append(id)
                continue
            }
            kept.append(id)
            values.append(present)
        }
        self.matrix = kept.count == matrix.count ? matrix : try matrix.filtered(to: kept)
        self.values = values
        self.notInMetadata = notInMetadata
        self.missingValue = missing
    }

    /// What was dropped, for a note on stderr (empty when nothing was).
    func droppedNote(columns: [String]) -> String? {
        guard droppedCount > 0 else { return nil }
        var parts = [String]()
        if !notInMetadata.isEmpty {
            parts.append("\(notInMetadata.count) not in the metadata (\(abbreviatedList(notInMetadata, limit: 5)))")
        }
        if !missingValue.isEmpty {
            parts.append(
                "\(missingValue.count) with no value in \(columns.joined(separator: " or ")) (\(abbreviatedList(missingValue, limit: 5)))")
        }
        return "note: dropped \(droppedCount) of \(matrix.count + droppedCount) samples: " + parts.joined(separator: "; ")
    }
}
