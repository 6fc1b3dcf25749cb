import Foundation
import GutSkinCore
import GutSkinFormats
import GutSkinLongitudinal
import TestSupport
import Testing

/// Real data: HMP stool samples (hmp-v35-even1k.biom), Shannon computed from the table by the
/// alpha kernels, paired between visits 1 and 2 by sex — against scikit-bio 0.7.4 and
/// q2-longitudinal's SciPy calls (longitudinal-hmp.json from scripts/reference/longitudinal_golden.py).
@Suite struct HMPLongitudinalTests {
    @Test func visitToVisitShannonChangesAgreeWithQ2Longitudinal() throws {
        guard let tablePath = SharedData.path("hmp-v35-even1k.biom"),
            let mappingPath = SharedData.path("hmp-v35-even1k-mapping.tsv")
        else { return }
        let golden = try LongitudinalGolden.load("longitudinal-hmp.json")
        let table = try FeatureTableFile.read(path: tablePath)
        let mapping = try MetadataTSV.read(path: mappingPath)
        let site = try #require(mapping.column(named: "HMPbodysubsite"))
        let rows = mapping.ids.indices.filter { site.values[$0] == "Stool" }
        let stool = try SampleMetadata(
            idHeader: mapping.idHeader, ids: rows.map { mapping.ids[$0] },
            columns: mapping.columns.map { column in
                MetadataColumn(name: column.name, kind: column.kind, values: rows.map { column.values[$0] })
            })
        let shannon = try MetricValues.resolve("shannon", metadata: stool, metadataFile: mappingPath, table: table, tableFile: tablePath)
        let samples = try LongitudinalSamples(
            metadata: stool, file: mappingPath, individualColumn: "hostsubjectid", stateColumn: "visitno", groupColumn: "sex",
            metric: shannon, metricColumn: nil)
        let result = try PairwiseComparison.run(samples: samples, measure: .difference, first: "1", second: "2", handling: .drop)
        try PairwiseComparisonTests().check(result, try #require(golden.object["differences_by_sex_1_2"] as? [String: Any]))
        let ungrouped = try LongitudinalSamples(
            metadata: stool, file: mappingPath, individualColumn: "hostsubjectid", stateColumn: "visitno", groupColumn: nil,
            metric: shannon, metricColumn: nil)
        let first = try FirstDifferences.run(samples: ungrouped, measure: .difference, baseline: nil, handling: .drop)
        try FirstDifferencesTests().check(first, try #require(golden.object["first_differences"] as? [[String]]))
    }
}
