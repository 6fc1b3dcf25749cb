import GutSkinCore
import GutSkinKernels
import Testing

@Suite struct SampleFilterTests {
    func fixtures() throws -> (FeatureTable, SampleMetadata) {
        let table = try FeatureTable(
            sampleIDs: ["g1", "g2", "s1", "s2", "x"], featureIDs: ["A", "B", "C"],
            dense: [[10, 0, 1], [20, 5, 0], [0, 3, 0], [1, 0, 0], [4, 4, 4]])
        let metadata = try SampleMetadata(
            idHeader: "sample-id", ids: ["g1", "g2", "s1", "s2"],
            columns: [
                MetadataColumn(name: "site", kind: .categorical, values: ["gut", "gut", "skin", "skin"]),
                MetadataColumn(name: "eczema", kind: .categorical, values: ["Y", nil, "Y", "N"]),
            ])
        return (table, metadata)
    }

    @Test func conditionsOnOneColumnAreAlternatives() throws {
        let (table, metadata) = try fixtures()
        let filter = SampleFilter(conditions: [.init(column: "site", value: "gut"), .init(column: "site", value: "skin")])
        let result = try filter.apply(to: table, metadata: metadata)
        #expect(result.table.sampleIDs == ["g1", "g2", "s1", "s2"])
        #expect(result.samplesNotInMetadata == ["x"])
    }

    @Test func conditionsOnDifferentColumnsAllHold() throws {
        let (table, metadata) = try fixtures()
        let filter = SampleFilter(conditions: [.init(parsing: "site=gut")!, .init(parsing: "eczema=Y")!])
        let result = try filter.apply(to: table, metadata: metadata)
        #expect(result.table.sampleIDs == ["g1"])
        #expect(result.samplesFailingConditions == ["g2", "s1", "s2"])
        // Features with no reads left are removed: B was only in g2, s1 and x.
        #expect(result.table.featureIDs == ["A", "C"])
        #expect(result.featuresRemoved == 1)
    }

    @Test func negationDepthAndPrevalence() throws {
        let (table, metadata) = try fixtures()
        let notSkin = try SampleFilter(conditions: [.init(parsing: "site!=skin")!]).apply(to: table, metadata: metadata)
        #expect(notSkin.table.sampleIDs == ["g1", "g2"])
        let deep = try SampleFilter(minimumDepth: 5).apply(to: table, metadata: nil)
        #expect(deep.table.sampleIDs == ["g1", "g2", "x"])
        #expect(deep.samplesBelowDepth == ["s1", "s2"])
        // A is in 4 of 5 samples, B in 3, C in 2: a 0.6 prevalence floor keeps A and B.
        let prevalent = try SampleFilter(minimumPrevalence: 0.6).apply(to: table, metadata: nil)
        #expect(prevalent.table.featureIDs == ["A", "B"])
    }

    @Test func reportsUnknownColumns() throws {
        let (table, metadata) = try fixtures()
        #expect(throws: SampleFilterError.self) {
            try SampleFilter(conditions: [.init(column: "bodysite", value: "gut")]).apply(to: table, metadata: metadata)
        }
        #expect(MetadataCondition(parsing: "no-equals-sign") == nil)
    }
}
