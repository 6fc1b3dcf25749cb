import Foundation
import GutSkinCore
import GutSkinFormats
import TestSupport
import Testing

@Suite struct TextTableFormatTests {
    func sample() throws -> FeatureTable {
        try FeatureTable(
            sampleIDs: ["S1", "S2", "S3"], featureIDs: ["O1", "O2"],
            featureTaxonomy: [Taxonomy(parsing: "k__Bacteria; p__Firmicutes"), Taxonomy(parsing: "k__Bacteria; p__Bacteroidetes; c__")],
            dense: [[1, 0], [0, 2.5], [3, 4]])
    }

    @Test func classicTSVRoundTrips() throws {
        let table = try sample()
        let text = ClassicTSVTable.string(table)
        #expect(text.hasPrefix("# Constructed from biom file\n#OTU ID\tS1\tS2\tS3\ttaxonomy\n"))
        #expect(text.contains("O2\t0.0\t2.5\t4.0\tk__Bacteria; p__Bacteroidetes; c__\n"))
        #expect(try ClassicTSVTable.parse(text: text, file: "t.tsv") == table)
    }

    @Test func classicTSVAcceptsQIIME1AndCRLF() throws {
        let text = "#Full OTU Counts\r\n#OTU ID\tA\tB\tConsensus Lineage\r\n1\t5\t0\tk__Bacteria;p__Firmicutes\r\n"
        let table = try ClassicTSVTable.parse(text: text, file: "q1.tsv")
        #expect(table.sampleIDs == ["A", "B"])
        #expect(table.featureTaxonomy?[0].name(at: .phylum) == "Firmicutes")
        #expect(table.sampleTotals == [5, 0])
    }

    @Test(arguments: [
        ("#OTU ID\tS1\nO1\t1\t2\n", "t.tsv: line 2: 3 cells, but the header has 2"),
        ("#OTU ID\tS1\nO1\tNaN\n", "t.tsv: line 2, column 2: 'NaN' is not a number"),
        ("#OTU ID\tS1\nO1\t-1\n", "t.tsv: line 2, column 2: negative value -1"),
        ("#OTU ID\tS1\nO1\t1\nO1\t1\n", "t.tsv: line 3, column 1: feature id 'O1' also on line 2"),
    ])
    func classicTSVErrorsNameThePlace(text: String, message: String) {
        #expect(throws: (any Error).self) { try ClassicTSVTable.parse(text: text, file: "t.tsv") }
        do { _ = try ClassicTSVTable.parse(text: text, file: "t.tsv") } catch { #expect(error.description == message) }
    }

    @Test func biomJSONRoundTripsSparse() throws {
        let table = try sample()
        let json = BIOMJSON.string(table, generatedBy: "test")
        let back = try BIOMJSON.parse(data: Data(json.utf8), file: "t.json")
        #expect(back == table)
    }

    @Test func biomJSONReadsDenseAndStringTaxonomy() throws {
        let json = """
            {"id": null, "format": "Biological Observation Matrix 1.0.0", "type": "OTU table",
             "matrix_type": "dense", "matrix_element_type": "int", "shape": [2, 3],
             "rows": [{"id": "O1", "metadata": {"taxonomy": "k__Bacteria; p__Firmicutes"}}, {"id": "O2", "metadata": null}],
             "columns": [{"id": "S1", "metadata": null}, {"id": "S2", "metadata": null}, {"id": "S3", "metadata": null}],
             "data": [[0, 5, 1], [2, 0, 0]]}
            """
        let table = try BIOMJSON.parse(data: Data(json.utf8), file: "d.json")
        #expect(table.sampleTotals == [2, 5, 1])
        #expect(table.featureTaxonomy?[0].name(at: .phylum) == "Firmicutes")
        #expect(table.featureTaxonomy?[1] == .unassigned)
    }

    @Test func lsmatRoundTrips() throws {
        let matrix = try DistanceMatrix(ids: ["a", "b", "c"], condensed: [0.1, 0.25, 1.0 / 3.0])
        let text = DistanceMatrixTSV.string(matrix)
        #expect(text == "\ta\tb\tc\na\t0.0\t0.1\t0.25\nb\t0.1\t0.0\t0.3333333333333333\nc\t0.25\t0.3333333333333333\t0.0\n")
        #expect(try DistanceMatrixTSV.parse(text: text, file: "dm.tsv") == matrix)
    }

    @Test func writesAtomicallyAndKeepsExistingFilesOnFailure() throws {
        let folder = TemporaryFolder()
        let target = folder.write("precious", to: "out.tsv")
        #expect(throws: (any Error).self) {
            try AtomicFileWriter.write(to: target) { temporary in
                _ = FileManager.default.createFile(atPath: temporary, contents: Data("half".utf8))
                throw FileError(file: target, reason: "simulated failure")
            }
        }
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "precious")
        #expect(folder.contents == ["out.tsv"])
        try ClassicTSVTable.write(try sample(), to: target)
        #expect(try ClassicTSVTable.read(path: target) == (try sample()))
        #expect(folder.contents == ["out.tsv"])
    }

    @Test func gzipInputIsTransparent() throws {
        let folder = TemporaryFolder()
        let plain = folder.write(ClassicTSVTable.string(try sample()), to: "t.tsv")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "gzip -k '\(plain)'"]
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
        #expect(try FeatureTableFile.read(path: plain + ".gz") == (try sample()))
    }
}

@Suite struct AtomicFileWriterTests {
    @Test func refusesWriteProtectedFilesAndKeepsModes() throws {
        let folder = TemporaryFolder()
        let protected = folder.write("keep", to: "protected.tsv")
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: protected)
        #expect(throws: FileError.self) { try AtomicFileWriter.write(Data("new".utf8), to: protected) }
        #expect(try String(contentsOfFile: protected, encoding: .utf8) == "keep")
        let shared = folder.write("old", to: "shared.tsv")
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: shared)
        try AtomicFileWriter.write(Data("new".utf8), to: shared)
        #expect(try FileManager.default.attributesOfItem(atPath: shared)[.posixPermissions] as? Int == 0o640)
        #expect(throws: FileError.self) { try AtomicFileWriter.write(Data("x".utf8), to: folder.path) }
    }

    @Test func writesThroughSymbolicLinks() throws {
        let folder = TemporaryFolder()
        let real = folder.write("old", to: "real.tsv")
        try FileManager.default.createSymbolicLink(atPath: folder.file("link.tsv"), withDestinationPath: real)
        try AtomicFileWriter.write(Data("new".utf8), to: folder.file("link.tsv"))
        #expect(try String(contentsOfFile: real, encoding: .utf8) == "new")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.file("link.tsv")) == real)
    }
}
