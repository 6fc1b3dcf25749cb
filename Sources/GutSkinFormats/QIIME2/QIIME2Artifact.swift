import Foundation
import GutSkinCore
import Yams
import ZIPFoundation

/// QIIME 2 artifacts (`.qza`): a zip holding `<uuid>/metadata.yaml` (semantic type and directory
/// format), `<uuid>/data/…` (the payload in an ordinary format) and provenance.
///
/// gutskin reads `FeatureTable[Frequency]`, `FeatureTable[RelativeFrequency]`, `Phylogeny[Rooted]`,
/// `FeatureData[Taxonomy]` and `DistanceMatrix`, and writes `FeatureTable[Frequency]` and
/// `DistanceMatrix` as archive version 4 with an `import` provenance record — the form
/// `qiime tools import` produced in QIIME 2 2018.4–2018.8, which later releases still load.
public enum QIIME2Artifact {
    /// The parts of an opened artifact that readers need.
    struct Contents {
        let file: String
        let uuid: String
        let type: String
        let format: String?
        let archive: ZipArchiveReader

        /// The bytes of `data/<name>`, or an error naming the artifact and the missing path.
        func data(_ name: String) throws(QIIME2ArtifactError) -> Data {
            let path = "\(uuid)/data/\(name)"
            guard let entry = archive[path] else { throw .missingEntry(file: file, path: path) }
            return try archive.data(of: entry)
        }
    }

    /// The largest `metadata.yaml` read: QIIME 2 writes three short lines (uuid, type, format).
    static let metadataSizeLimit = 64 * 1024

    /// Opens an artifact (through the bounded zip reader) and reads its `metadata.yaml`.
    static func open(_ path: String) throws -> Contents {
        guard FileManager.default.fileExists(atPath: path) else { throw FileError(file: path, reason: "no such file") }
        let archive = try ZipArchiveReader(path: path)
        guard
            let metadataEntry = archive.entries.first(where: {
                $0.path.split(separator: "/").count == 2 && $0.path.hasSuffix("/metadata.yaml")
            })
        else {
            throw QIIME2ArtifactError.missingEntry(file: path, path: "<uuid>/metadata.yaml")
        }
        let uuid = String(metadataEntry.path.split(separator: "/")[0])
        guard metadataEntry.uncompressedSize <= metadataSizeLimit else {
            throw QIIME2ArtifactError.unreadable(
                file: path, reason: "\(metadataEntry.path) is \(metadataEntry.uncompressedSize) bytes, too large for artifact metadata")
        }
        let text = try archive.data(of: metadataEntry)
        // Composed, not loaded: only two scalars are read, so YAML aliases are never expanded.
        let yaml: Node
        do {
            guard let composed = try Yams.compose(yaml: String(decoding: text, as: UTF8.self)), composed.mapping != nil else {
                throw QIIME2ArtifactError.unreadable(file: path, reason: "\(metadataEntry.path) is not a YAML mapping")
            }
            yaml = composed
        } catch let error as QIIME2ArtifactError {
            throw error
        } catch {
            throw QIIME2ArtifactError.unreadable(file: path, reason: "\(metadataEntry.path) is not valid YAML")
        }
        guard let type = yaml["type"]?.scalar?.string else {
            throw QIIME2ArtifactError.unreadable(file: path, reason: "\(metadataEntry.path) has no 'type'")
        }
        return Contents(file: path, uuid: uuid, type: type, format: yaml["format"]?.scalar?.string, archive: archive)
    }

    /// The semantic type of the artifact at `path`, e.g. `FeatureTable[Frequency]`.
    public static func semanticType(path: String) throws -> String { try open(path).type }

    static func require(_ contents: Contents, oneOf types: [String]) throws(QIIME2ArtifactError) {
        guard types.contains(contents.type) else {
            throw .wrongType(file: contents.file, found: contents.type, expected: types)
        }
    }

    /// Reads a `FeatureTable[Frequency]` or `FeatureTable[RelativeFrequency]` artifact.
    public static func readFeatureTable(path: String) throws -> FeatureTable {
        let contents = try open(path)
        try require(contents, oneOf: ["FeatureTable[Frequency]", "FeatureTable[RelativeFrequency]"])
        let bytes = try contents.data("feature-table.biom")
        let entry = "\(path): \(contents.uuid)/data/feature-table.biom"
        guard bytes.starts(with: FeatureTableFile.hdf5Signature) else {
            return try BIOMJSON.parse(data: bytes, file: entry)  // BIOMV100DirFmt
        }
        // BIOM 2.1 is HDF5, which the HDF5 library reads from a file, not from memory.
        let temporary = NSTemporaryDirectory() + "gutskin-\(UUID().uuidString).biom"
        guard FileManager.default.createFile(atPath: temporary, contents: bytes) else {
            throw FileError(file: temporary, reason: "cannot write a temporary file to unpack \(path)")
        }
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        do {
            return try BIOMHDF5.read(path: temporary)
        } catch {
            // Name the artifact's entry, not the temporary file.
            throw QIIME2ArtifactError.unreadable(
                file: path,
                reason: error.description.replacingOccurrences(of: temporary + ": ", with: "\(contents.uuid)/data/feature-table.biom: "))
        }
    }

    /// Reads a `Phylogeny[Rooted]` artifact.
    public static func readTree(path: String) throws -> PhylogeneticTree {
        let contents = try open(path)
        try require(contents, oneOf: ["Phylogeny[Rooted]"])
        return try Newick.parse(contents.data("tree.nwk"), file: "\(path): \(contents.uuid)/data/tree.nwk")
    }

    /// Reads a `FeatureData[Taxonomy]` artifact as feature id → taxonomy.
    public static func readTaxonomy(path: String) throws -> [String: Taxonomy] {
        let contents = try open(path)
        try require(contents, oneOf: ["FeatureData[Taxonomy]"])
        return try TaxonomyTSV.parse(
            text: InputFile.decodeText(contents.data("taxonomy.tsv")), file: "\(path): \(contents.uuid)/data/taxonomy.tsv")
    }

    /// Reads a `DistanceMatrix` artifact.
    public static func readDistanceMatrix(path: String) throws -> DistanceMatrix {
        let contents = try open(path)
        try require(contents, oneOf: ["DistanceMatrix"])
        return try DistanceMatrixTSV.parse(
            data: contents.data("distance-matrix.tsv"), file: "\(path): \(contents.uuid)/data/distance-matrix.tsv")
    }

    /// Writes a `FeatureTable[Frequency]` artifact (BIOM 2.1 inside), atomically.
    public static func writeFeatureTable(_ table: FeatureTable, to path: String, generatedBy: String) throws {
        let temporary = NSTemporaryDirectory() + "gutskin-\(UUID().uuidString).biom"
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        try BIOMHDF5.write(table, to: temporary, generatedBy: generatedBy)
        let biom = try Data(contentsOf: URL(fileURLWithPath: temporary))
        try write(
            type: "FeatureTable[Frequency]", format: "BIOMV210DirFmt", importFormat: "BIOMV210Format",
            files: ["feature-table.biom": biom], to: path)
    }

    /// Writes a `DistanceMatrix` artifact, atomically.
    public static func writeDistanceMatrix(_ matrix: DistanceMatrix, to path: String) throws {
        try write(
            type: "DistanceMatrix", format: "DistanceMatrixDirectoryFormat", importFormat: "LSMatFormat",
            files: ["distance-matrix.tsv": Data(DistanceMatrixTSV.string(matrix).utf8)], to: path)
    }

    /// Archive version 4 layout: VERSION, metadata.yaml, data/, provenance/ (VERSION, metadata.yaml,
    /// citations.bib, action/action.yaml recording an import).
    static func write(type: String, format: String, importFormat: String, files: [String: Data], to path: String) throws {
        let uuid = UUID().uuidString.lowercased()
        let now = ISO8601DateFormatter().string(from: Date())
        let version = Data("QIIME 2\narchive: 4\nframework: 2018.8.0\n".utf8)
        func mapping(_ pairs: [(String, Node)]) -> Node { .mapping(Node.Mapping(pairs.map { (Node($0.0), $0.1) })) }
        let metadata = Data(try Yams.serialize(node: mapping([("uuid", Node(uuid)), ("type", Node(type)), ("format", Node(format))])).utf8)
        let action = Data(
            try Yams.serialize(
                node: mapping([
                    (
                        "execution",
                        mapping([
                            ("uuid", Node(UUID().uuidString.lowercased())),
                            ("runtime", mapping([("start", Node(now)), ("end", Node(now)), ("duration", Node("0 microseconds"))])),
                        ])
                    ),
                    ("action", mapping([("type", Node("import")), ("format", Node(importFormat))])),
                    (
                        "environment",
                        mapping([
                            ("framework", mapping([("version", Node("2018.8.0")), ("website", Node("https://qiime2.org"))])),
                            ("plugins", mapping([])),
                        ])
                    ),
                ])
            ).utf8)
        var entries: [(String, Data)] = [
            ("\(uuid)/VERSION", version), ("\(uuid)/metadata.yaml", metadata),
            ("\(uuid)/provenance/VERSION", version), ("\(uuid)/provenance/metadata.yaml", metadata),
            ("\(uuid)/provenance/citations.bib", Data()), ("\(uuid)/provenance/action/action.yaml", action),
        ]
        for (name, data) in files.sorted(by: { $0.key < $1.key }) { entries.append(("\(uuid)/data/\(name)", data)) }
        try AtomicFileWriter.write(to: path) { temporaryPath in
            let archive = try Archive(url: URL(fileURLWithPath: temporaryPath), accessMode: .create)
            for (name, data) in entries {
                try archive.addEntry(
                    with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
                ) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
        }
    }
}

/// A `.qza` that is not the artifact asked for, or cannot be read.
public enum QIIME2ArtifactError: Error, CustomStringConvertible, Equatable {
    case unreadable(file: String, reason: String)
    case missingEntry(file: String, path: String)
    case wrongType(file: String, found: String, expected: [String])

    public var description: String {
        switch self {
        case .unreadable(let file, let reason): return "\(file): \(reason)"
        case .missingEntry(let file, let path): return "\(file): the artifact has no \(path)"
        case .wrongType(let file, let found, let expected):
            return "\(file): artifact type is \(found), expected \(expected.joined(separator: " or "))"
        }
    }
}
