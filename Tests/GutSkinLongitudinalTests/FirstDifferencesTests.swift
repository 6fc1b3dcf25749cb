import Foundation
import GutSkinCore
import GutSkinFormats
import GutSkinLongitudinal
import Testing

/// first-differences / first-distances against q2-longitudinal's `_first_differences` (LongitudinalGolden).
@Suite struct FirstDifferencesTests {
    func check(_ result: FirstDifferences, _ rows: [[String]]) throws {
        #expect(result.rows.count == rows.count)
        let expected = Dictionary(uniqueKeysWithValues: rows.map { ($0[0], $0[1]) })
        for row in result.rows {
            let value = try LongitudinalGolden.number(try #require(expected[row.sampleID], "unexpected \(row.sampleID)"))
            #expect(LongitudinalGolden.agrees(row.value, value), "\(row.sampleID)")
        }
    }

    @Test func successiveAndBaselineDifferencesAgree() throws {
        let golden = try LongitudinalGolden.load()
        let samples = try LongitudinalGolden.samples(groupColumn: nil)
        let successive = try FirstDifferences.run(samples: samples, measure: .difference, baseline: nil, handling: .drop)
        try check(successive, try #require(golden.object["first_differences"] as? [[String]]))
        #expect(successive.valueName == "Difference")
        let fromBaseline = try FirstDifferences.run(samples: samples, measure: .difference, baseline: "0", handling: .drop)
        try check(fromBaseline, try #require(golden.object["first_differences_baseline_0"] as? [[String]]))
    }

    @Test func successiveAndBaselineDistancesAgree() throws {
        let golden = try LongitudinalGolden.load()
        let samples = try LongitudinalGolden.samples(groupColumn: nil, metric: false)
        let lookup = try LongitudinalGolden.distances()
        let successive = try FirstDifferences.run(samples: samples, measure: .distance(lookup), baseline: nil, handling: .drop)
        try check(successive, try #require(golden.object["first_distances"] as? [[String]]))
        #expect(successive.valueName == "Distance")
        let fromBaseline = try FirstDifferences.run(samples: samples, measure: .distance(lookup), baseline: "4", handling: .drop)
        try check(fromBaseline, try #require(golden.object["first_distances_baseline_4"] as? [[String]]))
    }

    @Test func aTextStateIsRefusedNamingColumnAndSample() throws {
        let metadata = try MetadataTSV.parse(
            text: "sample-id\tsubject\tweek\tx\na\tp1\t0\t1\nb\tp1\tlate\t2\n", file: "m.tsv")
        let samples = try LongitudinalSamples(
            metadata: metadata, file: "m.tsv", individualColumn: "subject", stateColumn: "week", groupColumn: nil,
            metric: try MetricValues.resolve("x", metadata: metadata, metadataFile: "m.tsv", table: nil, tableFile: nil), metricColumn: "x")
        #expect(throws: LongitudinalError.notNumeric(file: "m.tsv", column: "week", sample: "b", value: "late")) {
            try FirstDifferences.run(samples: samples, measure: .difference, baseline: nil, handling: .error)
        }
    }

    @Test func aMetricMissingEverywhereIsNamed() throws {
        let metadata = try MetadataTSV.parse(text: "sample-id\tsubject\tweek\na\tp1\t0\nb\tp1\t1\n", file: "m.tsv")
        #expect(throws: LongitudinalError.metricNotFound(metric: "shannon", metadataFile: "m.tsv", tableFile: nil)) {
            try MetricValues.resolve("shannon", metadata: metadata, metadataFile: "m.tsv", table: nil, tableFile: nil)
        }
    }
}

/// The metric found in the table: a feature's values (metadata narrowed to the table's samples, as
/// q2-longitudinal's inner join), or an alpha metric computed by the kernels.
@Suite struct MetricValuesTests {
    static let metadata = "sample-id\tsubject\tweek\na\tp1\t0\nb\tp1\t1\nc\tp2\t0\n"

    @Test func aFeatureOfTheTableIsTheMetricOnTheTablesSamples() throws {
        let metadata = try MetadataTSV.parse(text: Self.metadata, file: "m.tsv")
        let table = try FeatureTable(sampleIDs: ["b", "a"], featureIDs: ["f1", "f2"], dense: [[3, 1], [5, 0]])
        let values = try MetricValues.resolve("f1", metadata: metadata, metadataFile: "m.tsv", table: table, tableFile: "t.biom")
        #expect(values.included == [true, true, false])
        #expect(values.values[0] == 5 && values.values[1] == 3 && values.values[2].isNaN)
    }

    @Test func anAlphaMetricIsComputedFromTheTable() throws {
        let metadata = try MetadataTSV.parse(text: Self.metadata, file: "m.tsv")
        let table = try FeatureTable(sampleIDs: ["a", "b"], featureIDs: ["f1", "f2"], dense: [[1, 1], [4, 0]])
        let values = try MetricValues.resolve("shannon", metadata: metadata, metadataFile: "m.tsv", table: table, tableFile: "t.biom")
        // Two equal features: H = ln 2; one feature: H = 0.
        #expect(abs(values.values[0] - log(2.0)) < 1e-15 && values.values[1] == 0)
        #expect(throws: LongitudinalError.metricNotFound(metric: "nope", metadataFile: "m.tsv", tableFile: "t.biom")) {
            try MetricValues.resolve("nope", metadata: metadata, metadataFile: "m.tsv", table: table, tableFile: "t.biom")
        }
    }
}
