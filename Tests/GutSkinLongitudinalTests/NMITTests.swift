import GutSkinCore
import GutSkinFormats
import GutSkinLongitudinal
import Testing

/// nmit against q2-longitudinal's `_nmit` re-implemented with pandas 3.1.1 and SciPy 1.17.1
/// (scripts/reference/nmit_golden.py): every correlation method and both norms.
@Suite struct NMITTests {
    @Test func distancesAgreeWithQ2Longitudinal() throws {
        let golden = try LongitudinalGolden.load("nmit-q2.json")
        let tablePath = LongitudinalGolden.folder.appendingPathComponent("nmit-table.tsv").path
        let metadataPath = LongitudinalGolden.folder.appendingPathComponent("nmit-metadata.tsv").path
        let table = try FeatureTableFile.read(path: tablePath)
        let metadata = try MetadataTSV.read(path: metadataPath)
        let cases = try #require(golden.object["cases"] as? [[String: Any]])
        #expect(cases.count == 6)
        for entry in cases {
            let corrName = try #require(entry["corr"] as? String)
            let distName = try #require(entry["dist"] as? String)
            let correlation = try #require(FeatureCorrelationMethod(rawValue: corrName))
            let distance = try #require(NetworkDistanceMethod(rawValue: distName))
            let matrix = try NMIT.distances(
                table: table, tableFile: tablePath, metadata: metadata, metadataFile: metadataPath, individualColumn: "subject",
                correlation: correlation, distance: distance)
            #expect(matrix.ids == (entry["ids"] as? [String]), "\(corrName) \(distName)")
            let expected = try #require(entry["matrix"] as? [[String]])
            for i in 0..<matrix.count {
                for j in 0..<matrix.count where i != j {
                    let value = try LongitudinalGolden.number(expected[i][j])
                    #expect(abs(matrix[i, j] - value) <= 1e-12 * max(1, value), "\(corrName) \(distName) [\(i), \(j)]")
                }
            }
        }
    }

    @Test func tableSamplesMissingFromMetadataAreNamed() throws {
        let table = try FeatureTable(sampleIDs: ["a", "b"], featureIDs: ["f", "g"], dense: [[1, 2], [3, 4]])
        let metadata = try MetadataTSV.parse(text: "sample-id\tsubject\na\tp\n", file: "m.tsv")
        #expect(throws: LongitudinalError.samplesMissingFromMetadata(file: "t.tsv", samples: ["b"])) {
            try NMIT.distances(
                table: table, tableFile: "t.tsv", metadata: metadata, metadataFile: "m.tsv", individualColumn: "subject",
                correlation: .kendall, distance: .fro)
        }
    }
}
