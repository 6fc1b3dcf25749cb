import GutSkinCore
import Testing

@Suite struct FeatureTableTests {
    /// A 3-sample × 4-feature table checked by hand.
    func small() throws -> FeatureTable {
        try FeatureTable(
            sampleIDs: ["S1", "S2", "S3"], featureIDs: ["A", "B", "C", "D"],
            dense: [[1, 0, 3, 0], [0, 0, 0, 0], [5, 6, 0, 7]])
    }

    @Test func storesOnlyNonzeros() throws {
        let table = try small()
        #expect(table.nonzeroCount == 5)
        #expect(table.sampleOffsets == [0, 2, 2, 5])
        #expect(table.featureIndices == [0, 2, 0, 1, 3])
        #expect(table.sampleTotals == [4, 0, 18])
        #expect(table.featureTotals == [6, 6, 3, 7])
        #expect(table.featurePrevalence == [2, 1, 1, 1])
        #expect(table.total == 22)
        #expect(abs(table.density - 5.0 / 12.0) < 1e-15)
        #expect(table.value(sample: 2, feature: 3) == 7)
        #expect(table.value(sample: 1, feature: 3) == 0)
    }

    @Test func denseRowsGiveBackTheDenseMatrix() throws {
        #expect(try small().denseRows == [[1, 0, 3, 0], [0, 0, 0, 0], [5, 6, 0, 7]])
        #expect(try FeatureTable(sampleIDs: [], featureIDs: ["A"], dense: []).denseRows == [])
    }

    @Test func sortsEntriesAndDropsExplicitZeros() throws {
        let table = try FeatureTable(
            sampleIDs: ["S1"], featureIDs: ["A", "B", "C"],
            sampleOffsets: [0, 3], featureIndices: [2, 0, 1], values: [3, 1, 0])
        #expect(table.featureIndices == [0, 2])
        #expect(table.values == [1, 3])
    }

    @Test func featureMajorRoundTrips() throws {
        let table = try small()
        let (offsets, samples, values) = table.featureMajor()
        #expect(offsets == [0, 2, 3, 4, 5])
        let back = try FeatureTable(
            sampleIDs: table.sampleIDs, featureIDs: table.featureIDs,
            featureOffsets: offsets, sampleIndices: samples, featureMajorValues: values)
        #expect(back == table)
    }

    @Test func selectsSamplesAndFeatures() throws {
        let table = try small()
        let samples = table.selectingSamples([2, 0])
        #expect(samples.sampleIDs == ["S3", "S1"])
        #expect(samples.sampleTotals == [18, 4])
        let features = table.selectingFeatures([3, 0])
        #expect(features.featureIDs == ["A", "D"])
        #expect(features.sampleTotals == [1, 0, 12])
    }

    @Test func rejectsInconsistentParts() {
        #expect(throws: FeatureTableError.duplicateID(kind: "sample", id: "S1")) {
            try FeatureTable(sampleIDs: ["S1", "S1"], featureIDs: ["A"], dense: [[1], [2]])
        }
        #expect(throws: FeatureTableError.self) {
            try FeatureTable(sampleIDs: ["S1"], featureIDs: ["A"], sampleOffsets: [0, 1], featureIndices: [4], values: [1])
        }
        #expect(throws: FeatureTableError.duplicateEntry(sample: "S1", feature: "A")) {
            try FeatureTable(
                sampleIDs: ["S1"], featureIDs: ["A", "B"], sampleOffsets: [0, 3], featureIndices: [1, 0, 0], values: [1, 1, 1])
        }
        #expect(throws: FeatureTableError.nonFiniteValue(sample: "S1", feature: "A")) {
            try FeatureTable(sampleIDs: ["S1"], featureIDs: ["A"], dense: [[.nan]])
        }
    }
}
