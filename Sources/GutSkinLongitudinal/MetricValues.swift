import GutSkinCore
import GutSkinKernels

/// The measurement followed over time, one value per metadata row, found as q2-longitudinal finds
/// it (`_add_metric_to_metadata`): a numeric metadata column first; otherwise a feature of the
/// table (its counts), the metadata then narrowed to the table's samples (an inner join); and,
/// beyond q2-longitudinal, an alpha-diversity metric of the table computed with the existing kernels.
public struct MetricValues: Sendable {
    public let name: String
    /// One value per metadata row; NaN where missing.
    public let values: [Double]
    /// Whether each metadata row takes part (false for samples the table lacks).
    public let included: [Bool]

    public init(name: String, values: [Double], included: [Bool]) {
        self.name = name
        self.values = values
        self.included = included
    }

    /// Every metadata row, without a metric (distances come from a matrix).
    public static func none(rows: Int) -> MetricValues {
        MetricValues(name: "Distance", values: [Double](repeating: .nan, count: rows), included: [Bool](repeating: true, count: rows))
    }

    /// Finds `metric` in the metadata, the table's features or the alpha metrics, in that order.
    public static func resolve(
        _ metric: String, metadata: SampleMetadata, metadataFile: String, table: FeatureTable?, tableFile: String?
    ) throws -> MetricValues {
        if let column = metadata.column(named: metric) {
            var values = [Double](repeating: .nan, count: metadata.ids.count)
            for (row, text) in column.values.enumerated() {
                guard let text else { continue }
                guard let number = Double(text) else {
                    throw LongitudinalError.notNumeric(file: metadataFile, column: metric, sample: metadata.ids[row], value: text)
                }
                values[row] = number
            }
            return MetricValues(name: metric, values: values, included: [Bool](repeating: true, count: values.count))
        }
        guard let table, let tableFile else {
            throw LongitudinalError.metricNotFound(metric: metric, metadataFile: metadataFile, tableFile: nil)
        }
        let sampleOfID = Dictionary(table.sampleIDs.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let perSample: (Int) throws -> Double
        if let feature = table.featureIDs.firstIndex(of: metric) {
            perSample = { table.value(sample: $0, feature: feature) }
        } else if let alpha = AlphaMetric(rawValue: metric), !alpha.needsTree {
            perSample = { sample in
                var counts = [Double](repeating: 0, count: table.featureCount)
                for entry in table.entryRange(ofSample: sample) { counts[Int(table.featureIndices[entry])] = table.values[entry] }
                return try alpha.value(counts: counts, sample: table.sampleIDs[sample])
            }
        } else {
            throw LongitudinalError.metricNotFound(metric: metric, metadataFile: metadataFile, tableFile: tableFile)
        }
        var values = [Double](repeating: .nan, count: metadata.ids.count)
        var included = [Bool](repeating: false, count: metadata.ids.count)
        for (row, id) in metadata.ids.enumerated() {
            guard let sample = sampleOfID[id] else { continue }
            values[row] = try perSample(sample)
            included[row] = true
        }
        return MetricValues(name: metric, values: values, included: included)
    }
}
