import Foundation
import GutSkinCore

extension CohortCovariate {
    /// A covariate from a metadata column: missing answers (NA, unknown, "Not provided" …) are
    /// matched case-insensitively, as PGP writes "Unknown"; numeric when every answer is a number.
    /// - Parameters:
    ///   - metadata: the file read with the default missing values.
    ///   - blankOnlyMetadata: the same file read with only blank cells missing.
    public static func column(
        _ name: String, metadata: SampleMetadata, blankOnlyMetadata: SampleMetadata, metadataPath: String
    ) throws(CohortInputError) -> CohortCovariate {
        guard let column = metadata.column(named: name) else {
            throw .noColumn(file: metadataPath, column: name, available: metadata.columns.map(\.name), purpose: "covariate")
        }
        let raw = blankOnlyMetadata.column(named: name) ?? column
        var values = [String: String]()
        for (row, id) in blankOnlyMetadata.ids.enumerated() {
            if let value = raw.values[row], !MissingAnswer.isMissing(value) { values[id] = value }
        }
        let isNumeric = !values.isEmpty && values.values.allSatisfy { Double($0.trimmingCharacters(in: .whitespaces)) != nil }
        return CohortCovariate(name: name, isNumeric: isNumeric, values: values)
    }
}
