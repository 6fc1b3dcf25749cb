import Foundation
import GutSkinCore
import Testing

@testable import GutSkinFormats

/// A hand-built BIOM 2.1 HDF5 file (just what the reader needs) whose parts tests can spoil.
/// Defaults describe a valid 2 features × 3 samples table.
struct RawBIOM {
    var shape: [Int64] = [2, 3]
    var nnz: Int64 = 3
    var formatVersion: [Int64]? = [2, 1]
    var sampleIDs = ["s1", "s2", "s3"]
    var featureIDs = ["f1", "f2"]
    var indptr: [Int32] = [0, 1, 1, 3]
    var indices: [Int32]? = [0, 0, 1]
    var data: [Double] = [5, 2, 7]
    var dataAsStrings = false
    /// `;`-joined lineages, written 1-D, when set.
    var taxonomy: [String]? = nil

    func write(to path: String) throws {
        try HDF5Library.serialized { () throws(HDF5Error) in
            let file = try HDF5File.create(path)
            defer { file.close() }
            let root = try file.openRoot()
            defer { root.close() }
            try root.writeInt64Attribute("shape", shape)
            try root.writeInt64Attribute("nnz", [nnz], scalar: true)
            if let formatVersion { try root.writeInt64Attribute("format-version", formatVersion) }
            let sample = try root.createGroup("sample")
            defer { sample.close() }
            try sample.writeDataset("ids", strings: sampleIDs, dimensions: [sampleIDs.count])
            let matrix = try sample.createGroup("matrix")
            defer { matrix.close() }
            try matrix.writeDataset("indptr", int32s: indptr)
            if let indices { try matrix.writeDataset("indices", int32s: indices) }
            if dataAsStrings {
                try matrix.writeDataset("data", strings: data.map { "\($0)" }, dimensions: [data.count])
            } else {
                try matrix.writeDataset("data", doubles: data)
            }
            let observation = try root.createGroup("observation")
            defer { observation.close() }
            try observation.writeDataset("ids", strings: featureIDs, dimensions: [featureIDs.count])
            if let taxonomy {
                let metadata = try observation.createGroup("metadata")
                defer { metadata.close() }
                try metadata.writeDataset("taxonomy", strings: taxonomy, dimensions: [taxonomy.count])
            }
        }
    }
}

@Suite("BIOMHDF5 malformed input")
struct BIOMHDF5MalformedTests {
    /// Builds the malformed corpus in `folder`: file name → the phrase its error must contain.
    private func makeCorpus(in folder: URL) throws -> [(name: String, expected: String)] {
        func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
        var corpus = [(name: String, expected: String)]()

        // A valid gutskin-written table cut to 40% of its bytes.
        let valid = try FeatureTable(
            sampleIDs: (0..<200).map { "sample.\($0)" }, featureIDs: (0..<300).map { "OTU_\($0)" },
            dense: (0..<200).map { sample in (0..<300).map { feature in Double((sample * 7 + feature) % 5) } })
        try BIOMHDF5.write(valid, to: path("whole.biom"), generatedBy: "tests")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path("whole.biom")))
        try bytes.prefix(bytes.count * 2 / 5).write(to: URL(fileURLWithPath: path("truncated.biom")))
        try FileManager.default.removeItem(atPath: path("whole.biom"))
        corpus.append(("truncated.biom", "HDF5"))

        try Data().write(to: URL(fileURLWithPath: path("empty.biom")))
        corpus.append(("empty.biom", "not an HDF5 file"))
        try Data("{\"id\": \"No Table ID\", \"format\": \"Biological Observation Matrix 1.0.0\"}\n".utf8)
            .write(to: URL(fileURLWithPath: path("plain-text.biom")))
        corpus.append(("plain-text.biom", "not an HDF5 file"))

        try HDF5Library.serialized { () throws(HDF5Error) in
            let file = try HDF5File.create(path("no-biom-groups.biom"))
            defer { file.close() }
            let root = try file.openRoot()
            defer { root.close() }
            try root.createGroup("experiment").close()
        }
        corpus.append(("no-biom-groups.biom", "not a BIOM table"))

        var raw = RawBIOM()
        raw.indptr = [0, 2, 1, 3]
        try raw.write(to: path("indptr-decreasing.biom"))
        corpus.append(("indptr-decreasing.biom", "HDF5 path /sample/matrix/indptr: values decrease at position 2"))

        raw = RawBIOM()
        raw.shape = [2, 4]
        try raw.write(to: path("shape-vs-ids.biom"))
        corpus.append(("shape-vs-ids.biom", "HDF5 path /sample/ids: holds 3 ids but root attribute 'shape' says 4"))

        raw = RawBIOM()
        raw.nnz = 4
        try raw.write(to: path("nnz-disagrees.biom"))
        corpus.append(("nnz-disagrees.biom", "HDF5 path /sample/matrix/indptr: ends at 3 but root attribute 'nnz' is 4"))

        raw = RawBIOM()
        raw.indices = nil
        try raw.write(to: path("missing-indices.biom"))
        corpus.append(("missing-indices.biom", "HDF5 path /sample/matrix/indices: dataset is missing"))

        raw = RawBIOM()
        raw.dataAsStrings = true
        try raw.write(to: path("string-data.biom"))
        corpus.append(("string-data.biom", "HDF5 path /sample/matrix/data: holds string values"))

        raw = RawBIOM()
        raw.data = [5, -2, 7]
        try raw.write(to: path("negative-value.biom"))
        corpus.append(("negative-value.biom", "value -2.0 at position 1 is negative"))

        raw = RawBIOM()
        raw.data = [5, .nan, 7]
        try raw.write(to: path("nan-value.biom"))
        corpus.append(("nan-value.biom", "not finite"))

        raw = RawBIOM()
        raw.indices = [0, 0, 5]
        try raw.write(to: path("index-out-of-range.biom"))
        corpus.append(("index-out-of-range.biom", "feature index 5 at position 2 is outside 0..<2"))

        raw = RawBIOM()
        raw.formatVersion = nil
        try raw.write(to: path("no-format-version.biom"))
        corpus.append(("no-format-version.biom", "root attribute 'format-version' is missing"))

        raw = RawBIOM()
        raw.sampleIDs = ["s1", "s1", "s3"]
        try raw.write(to: path("duplicate-sample-id.biom"))
        corpus.append(("duplicate-sample-id.biom", "HDF5 path /sample/ids: duplicate sample id 's1'"))

        raw = RawBIOM()
        raw.taxonomy = ["k__Bacteria"]
        try raw.write(to: path("taxonomy-too-short.biom"))
        corpus.append(("taxonomy-too-short.biom", "HDF5 path /observation/metadata/taxonomy: has dimensions [1]"))

        return corpus
    }

    @Test("every malformed file gives a one-line BIOMError naming the file")
    func malformedCorpus() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("gutskin-biomhdf5-malformed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        for (name, expected) in try makeCorpus(in: folder) {
            let path = folder.appendingPathComponent(name).path
            do {
                let table = try BIOMHDF5.read(path: path)
                Issue.record("\(name): read succeeded with \(table.sampleCount) samples, expected an error")
            } catch {
                let message = error.description
                #expect(message.contains(name), "\(name): \(message)")
                #expect(!message.contains("\n"), "\(name): \(message)")
                #expect(message.contains(expected), "\(name): \(message)")
            }
        }
    }

    @Test("missing file and folder are reported, not trapped")
    func missingPaths() {
        #expect(throws: BIOMError.unreadable(file: "/nonexistent/gutskin/x.biom", reason: "no such file")) {
            try BIOMHDF5.read(path: "/nonexistent/gutskin/x.biom")
        }
        let folder = FileManager.default.temporaryDirectory.path
        #expect(throws: BIOMError.unreadable(file: folder, reason: "is a folder, not a file")) {
            try BIOMHDF5.read(path: folder)
        }
    }
}
