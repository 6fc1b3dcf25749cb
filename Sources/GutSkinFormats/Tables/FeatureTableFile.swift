import Foundation
import GutSkinCore

/// The feature-table file formats gutskin reads and writes.
public enum TableFormat: String, CaseIterable, Sendable {
    /// BIOM 2.1 (HDF5), the QIIME 2 and biom-format default.
    case biomHDF5 = "biom-hdf5"
    /// BIOM 1.0 JSON.
    case biomJSON = "biom-json"
    /// Classic tab-separated table (`#OTU ID` header).
    case tsv
    /// QIIME 2 artifact holding a `FeatureTable[Frequency]` or `FeatureTable[RelativeFrequency]`.
    case qza
    /// MetaPhlAn species profile (read only).
    case metaphlan

    /// The format an output path's extension asks for: `.biom` → BIOM 2.1 HDF5, `.json` → BIOM 1.0,
    /// `.tsv`/`.txt` → TSV, `.qza` → artifact. `nil` for an unknown extension.
    public init?(outputPath: String) {
        var name = outputPath.lowercased()
        if name.hasSuffix(".gz") { name.removeLast(3) }
        switch URL(fileURLWithPath: name).pathExtension {
        case "biom", "h5", "hdf5": self = .biomHDF5
        case "json": self = .biomJSON
        case "tsv", "txt", "tab": self = .tsv
        case "qza": self = .qza
        default: return nil
        }
    }
}

/// Reads and writes feature tables in any supported format, detecting the input format from
/// the file's content (not its name), so a mislabelled file still loads or fails clearly.
public enum FeatureTableFile {
    static let hdf5Signature: [UInt8] = [0x89, 0x48, 0x44, 0x46, 0x0D, 0x0A, 0x1A, 0x0A]
    static let zipSignature: [UInt8] = [0x50, 0x4B, 0x03, 0x04]

    /// The format of the file at `path`, judged from its first bytes.
    public static func detectFormat(path: String) throws -> TableFormat {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            throw FileError(
                file: path, reason: !exists ? "no such file" : isDirectory.boolValue ? "is a folder, not a file" : "cannot be opened")
        }
        defer { try? handle.close() }
        let head = [UInt8]((try? handle.read(upToCount: 4096)) ?? Data())
        if head.starts(with: hdf5Signature) { return .biomHDF5 }
        if head.starts(with: zipSignature) { return .qza }
        var text = Data(head)
        if Gzip.isCompressed(text) {
            // Inflate only the start: the reader inflates the whole file once, afterwards.
            let compressedStart = (try? handle.read(upToCount: 1 << 16)).map { Data(head) + $0 } ?? Data(head)
            text = Gzip.decompressedPrefix(compressedStart, count: 4096)
        }
        let start = String(decoding: text, as: UTF8.self).drop { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" || $0 == "\u{FEFF}" }
        if start.hasPrefix("{") { return .biomJSON }
        if start.hasPrefix("#mpa") || start.hasPrefix("#clade_name") || start.hasPrefix("clade_name")
            || start.contains("Metaphlan2_Analysis") || start.contains("k__Bacteria|")
        {
            return .metaphlan
        }
        return .tsv
    }

    /// Reads a feature table, whatever its supported format.
    public static func read(path: String) throws -> FeatureTable {
        let format = try detectFormat(path: path)
        // A name that promises a binary format the content does not have gets a plain answer,
        // rather than a confusing text-parsing error.
        let named = TableFormat(outputPath: path)
        if named == .qza && format != .qza {
            throw QIIME2ArtifactError.unreadable(file: path, reason: "not a zip archive, so not a QIIME 2 artifact")
        }
        if named == .biomHDF5 && format != .biomHDF5 && format != .biomJSON {
            throw BIOMError.unreadable(file: path, reason: "is neither BIOM 2.1 (HDF5) nor BIOM 1.0 (JSON)")
        }
        switch format {
        case .biomHDF5: return try BIOMHDF5.read(path: path)
        case .biomJSON: return try BIOMJSON.read(path: path)
        case .tsv: return try ClassicTSVTable.read(path: path)
        case .qza: return try QIIME2Artifact.readFeatureTable(path: path)
        case .metaphlan: return try MetaPhlAnProfile.read(path: path)
        }
    }

    /// Writes `table` to `path` in `format` (default: from the extension), atomically.
    public static func write(_ table: FeatureTable, to path: String, format: TableFormat? = nil, generatedBy: String) throws {
        guard let format = format ?? TableFormat(outputPath: path) else {
            throw TableFormatError.unknownOutputExtension(file: path)
        }
        switch format {
        case .biomHDF5: try BIOMHDF5.write(table, to: path, generatedBy: generatedBy)
        case .biomJSON: try BIOMJSON.write(table, to: path, generatedBy: generatedBy)
        case .tsv: try ClassicTSVTable.write(table, to: path)
        case .qza: try QIIME2Artifact.writeFeatureTable(table, to: path, generatedBy: generatedBy)
        case .metaphlan: throw FileError(file: path, reason: "gutskin reads MetaPhlAn profiles but does not write them")
        }
    }
}
