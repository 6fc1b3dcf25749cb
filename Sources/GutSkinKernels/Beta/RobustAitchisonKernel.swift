import Foundation
import GutSkinCore

/// Robust Aitchison distance (Martino et al. 2019): the Euclidean distance between robust
/// centred-log-ratio (rclr) transformed samples, with no pseudocount.
///
/// rclr treats zeros as missing: for a sample x with observed (non-zero) features O,
/// rclr(x)ₖ = ln xₖ − (1/|O|)·Σ_{m∈O} ln xₘ for k ∈ O, and 0 for k ∉ O. Then
/// d(x, y) = ‖rclr(x) − rclr(y)‖₂ over all features, = √(‖r‖² + ‖s‖² − 2·Σ_shared rₖsₖ).
/// This is the pairwise distance of vegan's `vegdist(method = "robust.aitchison")` (Euclidean on
/// `decostand(method = "rclr")`) and equals SciPy's `euclidean` on scikit-bio's `rclr` with its
/// NaNs (the unobserved cells) set to 0. It is *not* gemelli/DEICODE's RPCA distance, which
/// first completes the rclr matrix by low-rank matrix completion (OptSpace) and so depends on
/// every other sample.
///
/// Edge cases: an empty sample, or one with a single feature, transforms to the zero vector; two
/// such samples are at distance 0. Scaling a sample does not change its distances.
///
/// Complexity: O(nnz) logarithms, then O(Σ over features of prevalence² / 2 + pairs) time and
/// O(samples) memory per thread. Martino et al. 2019, mSystems 4:e00016-19,
/// doi:10.1128/mSystems.00016-19.
public struct RobustAitchisonKernel: PairwiseDistanceKernel {
    private let engine: SparsePairwiseEngine<SquaredDifferenceSums>

    /// Throws when the table holds a negative value.
    public init(_ table: FeatureTable) throws(BetaDiversityError) {
        try BetaDiversityError.checkNonNegative(table)
        var robustLogRatios = table.values.map { log($0) }
        for sample in 0..<table.sampleCount {
            let entries = table.entryRange(ofSample: sample)
            guard !entries.isEmpty else { continue }
            let meanLog = entries.reduce(0.0) { $0 + robustLogRatios[$1] } / Double(entries.count)
            for entry in entries { robustLogRatios[entry] -= meanLog }
        }
        let index = SparseSampleIndex(table, values: robustLogRatios)
        engine = SparsePairwiseEngine(index: index, metric: SquaredDifferenceSums(index))
    }

    public var sampleCount: Int { engine.index.sampleCount }

    public func distances(for selection: PairSelection, threads: Int?, progress: (@Sendable (Double) -> Void)?) -> [Double] {
        engine.distances(for: selection, threads: threads, progress: progress)
    }
}
