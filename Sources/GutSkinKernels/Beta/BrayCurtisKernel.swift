import GutSkinCore

/// Bray–Curtis dissimilarity, as SciPy's `braycurtis` (what scikit-bio and `qiime diversity beta
/// --p-metric braycurtis` use), on the raw values — QIIME 2 passes counts, not proportions.
///
/// d(u, v) = Σ|uₖ − vₖ| / Σ(uₖ + vₖ) = (Sᵤ + Sᵥ − 2·Σ min(uₖ, vₖ)) / (Sᵤ + Sᵥ), with S the sample
/// totals; only features present in both samples add to Σ min. For whole-number counts every sum
/// is exact, so the result has SciPy's bits.
///
/// Edge cases (as scikit-bio 0.7.4 returns them): two empty samples give 0/0 = NaN; an empty
/// sample against a non-empty one gives 1; identical samples give 0.
///
/// Complexity: O(nnz) set-up, then O(Σ over features of prevalence² / 2 + pairs) time and
/// O(samples) memory per thread. Bray & Curtis 1957, Ecol Monogr 27:325, doi:10.2307/1942268.
public struct BrayCurtisKernel: PairwiseDistanceKernel {
    private let engine: SparsePairwiseEngine<SharedMinimumSums>

    /// Throws when the table holds a negative value.
    public init(_ table: FeatureTable) throws(BetaDiversityError) {
        try BetaDiversityError.checkNonNegative(table)
        let index = SparseSampleIndex(table, values: table.values)
        engine = SparsePairwiseEngine(index: index, metric: SharedMinimumSums(totals: table.sampleTotals))
    }

    public var sampleCount: Int { engine.index.sampleCount }

    public func distances(for selection: PairSelection, threads: Int?, progress: (@Sendable (Double) -> Void)?) -> [Double] {
        engine.distances(for: selection, threads: threads, progress: progress)
    }
}

/// Σ min(x, y) over shared features, finished as Bray–Curtis.
struct SharedMinimumSums: SharedFeatureMetric {
    let totals: [Double]

    static var lanes: Int { 1 }

    @inline(__always)
    static func accumulate(_ accumulator: UnsafeMutablePointer<Double>, _ x: Double, _ y: Double) {
        accumulator.pointee += min(x, y)
    }

    func distance(_ i: Int, _ j: Int, shared: UnsafePointer<Double>) -> Double {
        let combined = totals[i] + totals[j]
        return (combined - 2 * shared.pointee) / combined
    }
}
