import GutSkinCore

/// Canberra distance, as SciPy's `canberra` (scikit-bio, `qiime diversity beta --p-metric canberra`).
///
/// d(u, v) = Σ |uₖ − vₖ| / (|uₖ| + |vₖ|) over the features where not both are zero. A feature in
/// only one sample adds exactly 1, so d = (|A| + |B| − 2·|A ∩ B|) + Σ_shared |x − y| / (x + y),
/// with A, B the features present; only the shared features need visiting.
///
/// Edge cases (as scikit-bio 0.7.4): two empty samples give 0; an empty sample against one with m
/// features gives m; identical samples give 0. The result is not bounded by 1 (it is not divided
/// by the number of features, unlike QIIME 2's `canberra_adkins`).
///
/// Complexity: O(nnz) set-up, then O(Σ over features of prevalence² / 2 + pairs) time and
/// O(samples) memory per thread. Lance & Williams 1966, Comput J 9:60, doi:10.1093/comjnl/9.1.60.
public struct CanberraKernel: PairwiseDistanceKernel {
    private let engine: SparsePairwiseEngine<SharedCanberraTerms>

    /// Throws when the table holds a negative value.
    public init(_ table: FeatureTable) throws(BetaDiversityError) {
        try BetaDiversityError.checkNonNegative(table)
        let index = SparseSampleIndex(table, values: table.values)
        let featureCounts = (0..<table.sampleCount).map { table.entryRange(ofSample: $0).count }
        engine = SparsePairwiseEngine(index: index, metric: SharedCanberraTerms(featureCounts: featureCounts))
    }

    public var sampleCount: Int { engine.index.sampleCount }

    public func distances(for selection: PairSelection, threads: Int?, progress: (@Sendable (Double) -> Void)?) -> [Double] {
        engine.distances(for: selection, threads: threads, progress: progress)
    }
}

/// Σ |x − y| / (x + y) and the number of shared features, finished as the Canberra distance.
struct SharedCanberraTerms: SharedFeatureMetric {
    /// Features present per sample.
    let featureCounts: [Int]

    static var lanes: Int { 2 }

    @inline(__always)
    static func accumulate(_ accumulator: UnsafeMutablePointer<Double>, _ x: Double, _ y: Double) {
        accumulator[0] += abs(x - y) / (x + y)
        accumulator[1] += 1
    }

    func distance(_ i: Int, _ j: Int, shared: UnsafePointer<Double>) -> Double {
        let unshared = featureCounts[i] + featureCounts[j] - 2 * Int(shared[1])
        return Double(unshared) + shared[0]
    }
}
