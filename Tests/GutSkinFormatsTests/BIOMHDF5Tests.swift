import Crypto
import Foundation
import GutSkinCore
import TestSupport
import Testing

@testable import GutSkinFormats

/// A fresh temporary folder per call, removed by the caller with `removeItem`.
private func makeTemporaryFolder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("gutskin-biomhdf5-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}

/// 4 samples (one empty) × 5 features, integer counts; lineages of different lengths.
private func smallTable(withTaxonomy: Bool) throws -> FeatureTable {
    let taxonomy: [Taxonomy]? =
        withTaxonomy
        ? [
            Taxonomy(ranks: ["k__Bacteria", "p__Firmicutes", "c__Bacilli", "o__Lactobacillales", "f__", "g__", "s__"]),
            Taxonomy(ranks: ["k__Bacteria", "p__Bacteroidetes"]),
            .unassigned,
            Taxonomy(ranks: ["k__Archaea", "p__Euryarchaeota", "c__Méthanobactéria"]),
            Taxonomy(ranks: ["k__Bacteria"]),
        ] : nil
    return try FeatureTable(
        sampleIDs: ["stool.1", "skin.forehead", "empty.sample", "skin.palm"],
        featureIDs: ["OTU_1", "OTU_2", "OTU_3", "OTU_4", "OTU_5"],
        featureTaxonomy: taxonomy,
        dense: [
            [10, 0, 3, 0, 1],
            [0, 7, 0, 0, 2.5],
            [0, 0, 0, 0, 0],
            [1, 1, 1, 1, 0],
        ])
}

// MARK: - Round trips

@Suite("BIOMHDF5 round trips")
struct BIOMHDF5RoundTripTests {
    @Test("table with taxonomy and an empty sample survives write and read", arguments: [true, false])
    func roundTrip(withTaxonomy: Bool) throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let table = try smallTable(withTaxonomy: withTaxonomy)
        let path = folder.appendingPathComponent("small.biom").path
        try BIOMHDF5.write(table, to: path, generatedBy: "gutskin tests")
        let readBack = try BIOMHDF5.read(path: path)
        #expect(readBack == table)
        #expect(readBack.sampleTotals[2] == 0)
    }

    @Test("zero features and zero samples round-trip")
    func emptyAxes() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let noFeatures = try FeatureTable(
            sampleIDs: ["a", "b"], featureIDs: [], featureTaxonomy: [], sampleOffsets: [0, 0, 0],
            featureIndices: [], values: [])
        let noSamples = try FeatureTable(
            sampleIDs: [], featureIDs: ["f1", "f2"], featureTaxonomy: [.unassigned, .unassigned],
            sampleOffsets: [0], featureIndices: [], values: [])
        for (name, table) in [("no-features", noFeatures), ("no-samples", noSamples)] {
            let path = folder.appendingPathComponent("\(name).biom").path
            try BIOMHDF5.write(table, to: path, generatedBy: "gutskin tests")
            let readBack = try BIOMHDF5.read(path: path)
            #expect(readBack.sampleIDs == table.sampleIDs, "\(name)")
            #expect(readBack.featureIDs == table.featureIDs, "\(name)")
            #expect(readBack.nonzeroCount == 0, "\(name)")
            // A zero-feature table's empty taxonomy list is indistinguishable from none.
            if table.featureCount > 0 { #expect(readBack.featureTaxonomy == table.featureTaxonomy, "\(name)") }
        }
    }

    @Test("written file has biom-format's layout and header")
    func layout() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let table = try smallTable(withTaxonomy: true)
        let path = folder.appendingPathComponent("layout.biom").path
        try BIOMHDF5.write(table, to: path, generatedBy: "gutskin 0.1")
        try HDF5Library.serialized { () throws(HDF5Error) in
            let file = try HDF5File.open(path)
            defer { file.close() }
            let root = try file.openRoot()
            defer { root.close() }
            for group in [
                "observation/matrix", "observation/metadata", "observation/group-metadata",
                "sample/matrix", "sample/metadata", "sample/group-metadata",
                "observation/ids", "sample/ids", "observation/metadata/taxonomy",
                "observation/matrix/indptr", "sample/matrix/data",
            ] {
                #expect(root.contains(group), "\(group)")
            }
            #expect(try root.readInt64Attribute("shape") == [5, 4])
            #expect(try root.readInt64Attribute("nnz") == [Int64(table.nonzeroCount)])
            #expect(try root.readInt64Attribute("format-version") == [2, 1])
            #expect(try root.readStringAttribute("type") == "OTU table")
            #expect(try root.readStringAttribute("generated-by") == "gutskin 0.1")
            #expect(try root.readStringAttribute("format-url") == "http://biom-format.org")
            #expect(try root.readStringAttribute("id") == "No Table ID")
            #expect(try root.readStringAttribute("creation-date").contains("T"))
            let taxonomy = try root.openDataset("observation/metadata/taxonomy")
            defer { taxonomy.close() }
            let (cells, dimensions) = try taxonomy.readStrings()
            #expect(dimensions == [5, 7])
            #expect(Array(cells[7..<14]) == ["k__Bacteria", "p__Bacteroidetes", "", "", "", "", ""])
            let featureMajor = try root.openDataset("observation/matrix/indptr")
            defer { featureMajor.close() }
            #expect(try featureMajor.readInt64s() == table.featureMajor().offsets.map { Int64($0) })
        }
    }

    @Test("a failed write leaves no file")
    func failedWriteLeavesNothing() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let missingFolder = folder.appendingPathComponent("absent/out.biom").path
        #expect(throws: BIOMError.self) {
            try BIOMHDF5.write(try smallTable(withTaxonomy: false), to: missingFolder, generatedBy: "t")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test("a 1-D ';'-joined taxonomy dataset is accepted")
    func joinedTaxonomy() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("joined.biom").path
        try RawBIOM(taxonomy: ["k__Bacteria; p__Firmicutes", "k__Archaea"]).write(to: path)
        let table = try BIOMHDF5.read(path: path)
        #expect(
            table.featureTaxonomy == [
                Taxonomy(ranks: ["k__Bacteria", "p__Firmicutes"]), Taxonomy(ranks: ["k__Archaea"]),
            ])
    }
}

// MARK: - Real data against biom-format's golden values

/// Golden values written by `scripts/reference/biom_golden.py` (biom-format 2.1.18).
private struct Golden: Decodable {
    struct FeatureTaxonomy: Decodable {
        let index: Int
        let id: String
        let ranks: [String]
    }
    let tool: String
    let version: String
    let shape: [Int]
    let nnz: Int
    let total: Double
    /// SHA-256 of the ids joined with newlines (the lists stay in ../shared/data), and the first
    /// and last three, so that a failure still shows where the lists part.
    let sample_ids_sha256: String
    let sample_ids_ends: [String]
    let sample_totals: [Double]
    let sample_nnz: [Int]
    let feature_ids_sha256: String
    let feature_ids_ends: [String]
    let taxonomy: [FeatureTaxonomy]?

    static func load(_ name: String) throws -> Golden {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Golden/\(name).golden.json")
        return try JSONDecoder().decode(Golden.self, from: Data(contentsOf: url))
    }
}

@Suite("BIOMHDF5 real data")
struct BIOMHDF5RealDataTests {
    @Test("matches biom-format on shared data", arguments: ["pgp", "hmp-v35-even1k"])
    func matchesReference(name: String) throws {
        guard let path = SharedData.path("\(name).biom", test: "BIOMHDF5 real data \(name)") else { return }
        let golden = try Golden.load(name)
        #expect(golden.tool == "biom-format")
        let table = try BIOMHDF5.read(path: path)
        #expect([table.featureCount, table.sampleCount] == golden.shape)
        #expect(table.nonzeroCount == golden.nnz)
        func digest(_ ids: [String]) -> String {
            SHA256.hash(data: Data(ids.joined(separator: "\n").utf8)).map { String(format: "%02x", $0) }.joined()
        }
        #expect(Array(table.sampleIDs.prefix(3) + table.sampleIDs.suffix(3)) == golden.sample_ids_ends)
        #expect(Array(table.featureIDs.prefix(3) + table.featureIDs.suffix(3)) == golden.feature_ids_ends)
        #expect(digest(table.sampleIDs) == golden.sample_ids_sha256)
        #expect(digest(table.featureIDs) == golden.feature_ids_sha256)
        #expect(abs(table.total - golden.total) <= 1e-9 * golden.total)
        let totals = table.sampleTotals
        let mismatchedTotals = zip(totals, golden.sample_totals).filter { abs($0 - $1) > 1e-9 * max(1, $1) }
        #expect(mismatchedTotals.isEmpty)
        #expect((0..<table.sampleCount).map { table.entryRange(ofSample: $0).count } == golden.sample_nnz)
        let taxonomy = try #require(table.featureTaxonomy)
        for expected in try #require(golden.taxonomy) {
            var ranks = expected.ranks
            while ranks.last?.trimmingWhitespace().isEmpty == true { ranks.removeLast() }
            #expect(table.featureIDs[expected.index] == expected.id)
            #expect(taxonomy[expected.index] == Taxonomy(ranks: ranks), "feature \(expected.id)")
        }
    }

    @Test("real table survives a gutskin write and read")
    func realRoundTrip() throws {
        guard let path = SharedData.path("pgp.biom", test: "BIOMHDF5 real round trip") else { return }
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let table = try BIOMHDF5.read(path: path)
        let copy = folder.appendingPathComponent("pgp-copy.biom").path
        try BIOMHDF5.write(table, to: copy, generatedBy: "gutskin tests")
        #expect(try BIOMHDF5.read(path: copy) == table)
    }
}

// MARK: - Interoperability with biom-format

@Suite("BIOMHDF5 interoperability")
struct BIOMHDF5InteropTests {
    @Test("biom-format reads what gutskin writes")
    func pythonReadsGutskinOutput() throws {
        guard let python = ProcessInfo.processInfo.environment["GUTSKIN_PYTHON"] else {
            print("SKIPPED BIOMHDF5 interoperability: set GUTSKIN_PYTHON to a python with biom-format")
            return
        }
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let table = try smallTable(withTaxonomy: true)
        let path = folder.appendingPathComponent("for-python.biom").path
        try BIOMHDF5.write(table, to: path, generatedBy: "gutskin tests")

        // Checksum: sum of value × (31·(feature+1) + sample + 1), exact for these small counts.
        let script = """
            import biom, json, sys
            t = biom.load_table(sys.argv[1])
            m = t.matrix_data.tocoo()
            checksum = float(sum(v * (31 * (i + 1) + j + 1) for v, i, j in zip(m.data, m.row, m.col)))
            md = t.metadata(axis='observation')
            print(json.dumps({'shape': list(t.shape), 'nnz': int(t.nnz), 'checksum': checksum,
                              'samples': list(t.ids()), 'features': list(t.ids(axis='observation')),
                              'taxonomy': [list(x['taxonomy'] or []) for x in md]}))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", script, path]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "python failed: \(errorText)")

        struct PythonView: Decodable {
            let shape: [Int]
            let nnz: Int
            let checksum: Double
            let samples: [String]
            let features: [String]
            let taxonomy: [[String]]
        }
        let view = try JSONDecoder().decode(PythonView.self, from: data)
        var checksum = 0.0
        for sample in 0..<table.sampleCount {
            for entry in table.entryRange(ofSample: sample) {
                checksum += table.values[entry] * Double(31 * (Int(table.featureIndices[entry]) + 1) + sample + 1)
            }
        }
        #expect(view.shape == [table.featureCount, table.sampleCount])
        #expect(view.nnz == table.nonzeroCount)
        #expect(view.checksum == checksum)
        #expect(view.samples == table.sampleIDs)
        #expect(view.features == table.featureIDs)
        // biom-format drops the "" padding on reading, and gives an all-empty lineage as None.
        #expect(view.taxonomy == table.featureTaxonomy?.map(\.ranks))
    }
}
