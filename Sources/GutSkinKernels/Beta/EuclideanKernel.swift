import GutSkinCore

/// Euclidean distance, as SciPy's `euclidean` (scikit-bio, `qiime diversity beta --p-metric euclidean`).
///
/// d(u, v) = √Σ(uₖ − vₖ)² = √(‖u‖² + ‖v‖² − 2·Σ_shared uₖvₖ). The dot product runs over shared
/// features only and is carried in double-double arithmetic, so nearly identical samples of a
/// fractional table keep full accuracy; for whole-number counts the result has SciPy's bits.
///
/// Edge cases: two empty samples give 0; an empty sample against v gives ‖v‖; identical samples give 0.
///
/// Complexity: O(nnz) set-up, then O(Σ over features of prevalence² / 2 + pairs) time and
/// O(samples) memory per thread.
public struct EuclideanKernel: PairwiseDistanceKernel {
    private let engine: SparsePairwiseEngine<SquaredDifferenceSums>

    /// Throws when the table holds a negative value (scikit-bio refuses them too).
    public init(_ table: FeatureTable) throws(BetaDiversityError) {
        try BetaDiversityError.checkNonNegative(table)
        let index = SparseSampleIndex(table, values: table.values)
        engine = SparsePairwiseEngine(index: index, metric: SquaredDifferenceSums(index))
    }

    public var sampleCount: Int { engine.index.sampleCount }

    public func distances(for selection: PairSelection, threads: Int?, progress: (@Sendable (Double) -> Void)?) -> [Double] {
        engine.distances(for: selection, threads: threads, progress: progress)
    }
}
