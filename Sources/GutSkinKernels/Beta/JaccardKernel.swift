import GutSkinCore

/// Jaccard distance on presence/absence, as scikit-bio computes it for `qiime diversity beta
/// --p-metric jaccard`: the table is turned into booleans (value > 0) and passed to SciPy's
/// `jaccard`.
///
/// d(A, B) = (|A ∪ B| − |A ∩ B|) / |A ∪ B|, with |A ∪ B| = |A| + |B| − |A ∩ B|, where A and B are
/// the sets of features present; only |A ∩ B| needs the shared features. All counts are whole
/// numbers, so the single division gives SciPy's bits.
///
/// Edge cases (as SciPy ≥ 1.2 and scikit-bio 0.7.4): two empty samples give 0; an empty sample
/// against a non-empty one gives 1; samples with the same features give 0.
///
/// Complexity: O(nnz) set-up, then O(Σ over features of prevalence² / 2 + pairs) time and
/// O(samples) memory per thread. Jaccard 1912, New Phytol 11:37, doi:10.1111/j.1469-8137.1912.tb05611.x.
public struct JaccardKernel: PairwiseDistanceKernel {
    private let engine: SparsePairwiseEngine<SharedFeatureCounts>

    /// Throws when the table holds a negative value.
    public init(_ table: FeatureTable) throws(BetaDiversityError) {
        try BetaDiversityError.checkNonNegative(table)
        let index = SparseSampleIndex(table, values: table.values)
        let featureCounts = (0..<table.sampleCount).map { Double(table.entryRange(ofSample: $0).count) }
        engine = SparsePairwiseEngine(index: index, metric: SharedFeatureCounts(featureCounts: featureCounts))
    }

    public var sampleCount: Int { engine.index.sampleCount }

    public func distances(for selection: PairSelection, threads: Int?, progress: (@Sendable (Double) -> Void)?) -> [Double] {
        engine.distances(for: selection, threads: threads, progress: progress)
    }
}

/// |A ∩ B| over shared features, finished as the Jaccard distance.
struct SharedFeatureCounts: SharedFeatureMetric {
    /// |A| per sample.
    let featureCounts: [Double]

    static var lanes: Int { 1 }

    @inline(__always)
    static func accumulate(_ accumulator: UnsafeMutablePointer<Double>, _ x: Double, _ y: Double) {
        accumulator.pointee += 1
    }

    func distance(_ i: Int, _ j: Int, shared: UnsafePointer<Double>) -> Double {
        let intersection = shared.pointee
        let union = featureCounts[i] + featureCounts[j] - intersection
        return union == 0 ? 0 : (union - intersection) / union
    }
}
