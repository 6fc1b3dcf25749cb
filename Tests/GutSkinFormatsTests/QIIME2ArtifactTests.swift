import Foundation
import GutSkinCore
import TestSupport
import Testing

@testable import GutSkinFormats

@Suite struct QIIME2ArtifactTests {
    func table() throws -> FeatureTable {
        try FeatureTable(
            sampleIDs: ["S1", "S2"], featureIDs: ["O1", "O2", "O3"],
            featureTaxonomy: ["k__Bacteria; p__Firmicutes", "k__Bacteria; p__Bacteroidetes", "Unassigned"].map(Taxonomy.init(parsing:)),
            dense: [[5, 0, 1], [2, 3, 0]])
    }

    @Test func featureTableRoundTripsWithTheArchiveLayout() throws {
        let folder = TemporaryFolder()
        let path = folder.file("t.qza")
        try QIIME2Artifact.writeFeatureTable(try table(), to: path, generatedBy: "test")
        #expect(try QIIME2Artifact.readFeatureTable(path: path) == (try table()))
        #expect(try QIIME2Artifact.semanticType(path: path) == "FeatureTable[Frequency]")
        #expect(try FeatureTableFile.read(path: path) == (try table()))
        let contents = try QIIME2Artifact.open(path)
        let names = Set(contents.archive.entries.map(\.path))
        for required in ["VERSION", "metadata.yaml", "data/feature-table.biom", "provenance/action/action.yaml", "provenance/VERSION"] {
            #expect(names.contains("\(contents.uuid)/\(required)"), "missing \(required)")
        }
        #expect(contents.format == "BIOMV210DirFmt")
        let version = String(decoding: try contents.archive.data(of: #require(contents.archive["\(contents.uuid)/VERSION"])), as: UTF8.self)
        #expect(version == "QIIME 2\narchive: 4\nframework: 2018.8.0\n")
    }

    @Test func distanceMatrixRoundTrips() throws {
        let folder = TemporaryFolder()
        let matrix = try DistanceMatrix(ids: ["a", "b", "c"], condensed: [0.5, 0.25, 0.125])
        try QIIME2Artifact.writeDistanceMatrix(matrix, to: folder.file("dm.qza"))
        #expect(try QIIME2Artifact.readDistanceMatrix(path: folder.file("dm.qza")) == matrix)
        #expect(
            throws: QIIME2ArtifactError.wrongType(
                file: folder.file("dm.qza"), found: "DistanceMatrix",
                expected: ["FeatureTable[Frequency]", "FeatureTable[RelativeFrequency]"])
        ) {
            try QIIME2Artifact.readFeatureTable(path: folder.file("dm.qza"))
        }
    }

    @Test func taxonomyAndTreeArtifacts() throws {
        let folder = TemporaryFolder()
        try QIIME2Artifact.write(
            type: "FeatureData[Taxonomy]", format: "TSVTaxonomyDirectoryFormat", importFormat: "TSVTaxonomyFormat",
            files: ["taxonomy.tsv": Data("Feature ID\tTaxon\tConfidence\nO1\tk__Bacteria; p__Firmicutes\t0.99\n".utf8)],
            to: folder.file("tax.qza"))
        let taxonomy = try TaxonomyTSV.read(path: folder.file("tax.qza"))
        #expect(taxonomy["O1"]?.name(at: .phylum) == "Firmicutes")
        try QIIME2Artifact.write(
            type: "Phylogeny[Rooted]", format: "NewickDirectoryFormat", importFormat: "NewickFormat",
            files: ["tree.nwk": Data("((O1:1,O2:2):0.5,O3:3);\n".utf8)], to: folder.file("tree.qza"))
        let tree = try TreeFile.read(path: folder.file("tree.qza"))
        #expect(tree.tipCount == 3)
        #expect(abs(tree.totalBranchLength - 6.5) < 1e-12)
    }

    @Test func realTableRoundTripsThroughEveryFormat() throws {
        guard let pgp = SharedData.path("pgp.biom") else { return }
        let original = try FeatureTableFile.read(path: pgp)
        let folder = TemporaryFolder()
        for name in ["pgp.biom", "pgp.json", "pgp.tsv", "pgp.qza"] {
            try FeatureTableFile.write(original, to: folder.file(name), generatedBy: "test")
            let back = try FeatureTableFile.read(path: folder.file(name))
            #expect(back == original, "\(name) changed the table")
        }
    }
}
