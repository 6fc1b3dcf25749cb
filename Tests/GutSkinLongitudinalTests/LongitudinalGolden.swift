import Foundation
import GutSkinCore
import GutSkinFormats
import GutSkinLongitudinal
import Testing

/// Golden values written by `scripts/reference/longitudinal_golden.py`: q2-longitudinal's formulas
/// re-implemented with SciPy 1.17.1, statsmodels 0.15.0 and pandas 3.1.1 (the file's "tool" entry
/// names them), on the committed cohort-metadata.tsv and cohort-distances.tsv.
struct LongitudinalGolden {
    let object: [String: Any]

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static var metadataPath: String { folder.appendingPathComponent("cohort-metadata.tsv").path }
    static var distancesPath: String { folder.appendingPathComponent("cohort-distances.tsv").path }

    static func load(_ name: String = "longitudinal-q2.json") throws -> LongitudinalGolden {
        let data = try InputFile.read(folder.appendingPathComponent(name).path)
        return LongitudinalGolden(object: try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any]))
    }

    /// A repr string read exactly.
    static func number(_ value: Any?) throws -> Double {
        let text = try #require(value as? String)
        return try #require(Double(text))
    }

    /// |computed − expected| ≤ tolerance · max(1, |expected|).
    static func agrees(_ computed: Double, _ expected: Double, tolerance: Double = 1e-12) -> Bool {
        abs(computed - expected) <= tolerance * max(1, abs(expected))
    }

    /// The committed cohort with the metric `shannon` from its metadata.
    static func samples(groupColumn: String?, metric: Bool = true) throws -> LongitudinalSamples {
        let metadata = try MetadataTSV.read(path: metadataPath)
        let values =
            metric
            ? try MetricValues.resolve("shannon", metadata: metadata, metadataFile: metadataPath, table: nil, tableFile: nil)
            : .none(rows: metadata.ids.count)
        return try LongitudinalSamples(
            metadata: metadata, file: metadataPath, individualColumn: "subject", stateColumn: "week",
            groupColumn: groupColumn, metric: values, metricColumn: metric ? "shannon" : nil)
    }

    static func distances() throws -> DistanceLookup { DistanceLookup(try DistanceMatrixFile.read(path: distancesPath)) }
}
