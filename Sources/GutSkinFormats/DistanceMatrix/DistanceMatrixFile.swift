import Foundation
import GutSkinCore

/// Reads and writes distance matrices in any supported format: lsmat TSV (`.tsv`, `.txt`),
/// HDF5 in Striped UniFrac's layout (`.h5`, `.hdf5`) and QIIME 2 `DistanceMatrix` artifacts (`.qza`).
/// Input formats are recognised by content.
public enum DistanceMatrixFile {
    public enum Format: String, CaseIterable, Sendable {
        case tsv, hdf5, qza

        /// The format an output path's extension asks for, or `nil`.
        public init?(outputPath: String) {
            switch URL(fileURLWithPath: outputPath.lowercased()).pathExtension {
            case "tsv", "txt", "lsmat": self = .tsv
            case "h5", "hdf5": self = .hdf5
            case "qza": self = .qza
            default: return nil
            }
        }
    }

    public static func read(path: String) throws -> DistanceMatrix {
        switch try FeatureTableFile.detectFormat(path: path) {
        case .biomHDF5: return try DistanceMatrixHDF5.read(path: path)
        case .qza: return try QIIME2Artifact.readDistanceMatrix(path: path)
        default: return try DistanceMatrixTSV.read(path: path)
        }
    }

    public static func write(_ matrix: DistanceMatrix, to path: String) throws {
        guard let format = Format(outputPath: path) else {
            throw FileError(file: path, reason: "cannot tell the output format from the extension; use .tsv, .h5 or .qza")
        }
        switch format {
        case .tsv: try DistanceMatrixTSV.write(matrix, to: path)
        case .hdf5: try DistanceMatrixHDF5.write(matrix, to: path)
        case .qza: try QIIME2Artifact.writeDistanceMatrix(matrix, to: path)
        }
    }
}
