import GutSkinCore
import GutSkinParallel

/// Alpha diversity of every sample of a table for several metrics, as scikit-bio's
/// `alpha_diversity(metric, counts)` computes each (QIIME 2's `qiime diversity alpha` and
/// `alpha-phylogenetic`).
///
/// Samples are independent and computed in parallel; each value depends only on its sample, so
/// the result is the same bits whatever the thread count. When a metric is undefined for a sample
/// where scikit-bio raises (ACE, Fisher's α), the whole computation fails naming the first such
/// sample in table order, as scikit-bio's call (and so QIIME 2) fails for the table — unless
/// `undefinedAsNaN` is set, when the value is NaN and the sample is listed in `undefinedSamples`.
public struct AlphaDiversity: Sendable {
    /// Sample ids, in table order.
    public let sampleIDs: [String]
    /// The metrics computed, in the order asked.
    public let metrics: [AlphaMetric]
    /// `values[m][s]`: metric `metrics[m]` of sample `s`.
    public let values: [[Double]]
    /// Samples whose value was undefined and set to NaN (only with `undefinedAsNaN`), per metric, in table order.
    public let undefinedSamples: [AlphaMetric: [String]]

    /// Computes `metrics` for every sample of `table`. `tree` is needed for `faith_pd`; `base`
    /// changes the logarithm of `shannon` and `pielou_e` (default: natural log). `undefinedAsNaN`
    /// turns scikit-bio's per-sample errors (ACE with only singleton rare features…) into NaN.
    /// Complexity: O(non-zeros · log) for the metrics, plus `FaithPD`'s cost.
    public init(
        table: FeatureTable, metrics: [AlphaMetric], tree: PhylogeneticTree? = nil, base: Double? = nil,
        threads: Int? = nil, undefinedAsNaN: Bool = false
    ) throws(AlphaDiversityError) {
        if let base, !(base > 0 && base != 1 && base.isFinite) { throw .invalidLogBase(base) }
        if metrics.contains(.faithPD) && tree == nil { throw .treeRequired }
        try Self.checkValues(of: table, for: metrics)

        var faith: FaithPD?
        if metrics.contains(.faithPD), let tree { faith = try FaithPD(tree: tree, featureIDs: table.featureIDs) }
        let plain = metrics.filter { !$0.needsTree }
        let rows = Parallel.map(count: table.sampleCount, threads: threads) { sample in
            Self.row(of: sample, in: table, metrics: plain, base: base, undefinedAsNaN: undefinedAsNaN)
        }
        var plainColumns = [[Double]](repeating: [], count: plain.count)
        var undefined = [AlphaMetric: [String]]()
        for (sample, row) in rows.enumerated() {
            switch row {
            case .success(let (values, undefinedMetrics)):
                for index in plain.indices { plainColumns[index].append(values[index]) }
                for metric in undefinedMetrics { undefined[metric, default: []].append(table.sampleIDs[sample]) }
            case .failure(let error): throw error
            }
        }
        let faithValues = faith?.values(for: table, threads: threads)
        var columns = [[Double]]()
        var nextPlain = 0
        for metric in metrics {
            if metric.needsTree {
                columns.append(faithValues ?? [])
            } else {
                columns.append(plainColumns[nextPlain])
                nextPlain += 1
            }
        }
        self.sampleIDs = table.sampleIDs
        self.metrics = metrics
        self.values = columns
        self.undefinedSamples = undefined
    }

    /// One sample's values for `metrics` (none of which needs the tree) and the metrics undefined
    /// for it (NaN), or the first error.
    private static func row(
        of sample: Int, in table: FeatureTable, metrics: [AlphaMetric], base: Double?, undefinedAsNaN: Bool
    ) -> Result<([Double], [AlphaMetric]), AlphaDiversityError> {
        let counts = SampleCounts(nonzero: Array(table.values[table.entryRange(ofSample: sample)]), featureCount: table.featureCount)
        var row = [Double]()
        var undefined = [AlphaMetric]()
        row.reserveCapacity(metrics.count)
        for metric in metrics {
            do {
                row.append(try metric.value(of: counts, base: base, sample: table.sampleIDs[sample]))
            } catch {
                guard undefinedAsNaN, case .undefined = error else { return .failure(error) }
                row.append(.nan)
                undefined.append(metric)
            }
        }
        return .success((row, undefined))
    }

    /// The values of `metric`, one per sample, or `nil` when it was not computed.
    public func column(_ metric: AlphaMetric) -> [Double]? {
        metrics.firstIndex(of: metric).map { values[$0] }
    }

    /// Rejects negative values (every metric), and fractions when a metric needs counts; the
    /// message names the first offending sample and feature in table order.
    static func checkValues(of table: FeatureTable, for metrics: [AlphaMetric]) throws(AlphaDiversityError) {
        let countMetrics = metrics.filter(\.needsIntegerCounts)
        for sample in 0..<table.sampleCount {
            for entry in table.entryRange(ofSample: sample) {
                let value = table.values[entry]
                if value < 0 {
                    throw .negativeValue(
                        sample: table.sampleIDs[sample], feature: table.featureIDs[Int(table.featureIndices[entry])], value: value)
                }
                if !countMetrics.isEmpty && value != value.rounded() {
                    throw .notCounts(
                        metrics: countMetrics, sample: table.sampleIDs[sample],
                        feature: table.featureIDs[Int(table.featureIndices[entry])], value: value)
                }
            }
        }
    }
}
