import Foundation
import GutSkinCore

/// Aitchison distance with a pseudocount, as `qiime diversity beta --p-metric aitchison
/// --p-pseudocount 1`: the pseudocount is added to every cell (zeros included), each sample is
/// centred-log-ratio transformed over ALL features (scikit-bio's `clr`), and the distance is
/// SciPy's `euclidean` between the transformed samples.
///
/// With D features, p the pseudocount and aₖ = ln(xₖ + p) − ln p (zero where xₖ = 0),
/// clr(x + p) = a − (Σa / D)·1, the projection of a onto the plane Σ = 0, so
/// d(x, y)² = ‖a − b‖² − (Σa − Σb)² / D, where ‖a − b‖² needs only the shared features
/// (accumulated in double-double arithmetic, see `SquaredDifferenceSums`).
///
/// Edge cases: empty samples are all-pseudocount compositions (two of them are at distance 0);
/// identical samples give 0. Scaling matters only through the pseudocount, as in QIIME 2.
///
/// Complexity: O(nnz) logarithms, then O(Σ over features of prevalence² / 2 + pairs) time and
/// O(samples) memory per thread. Aitchison 1986, The Statistical Analysis of Compositional Data
/// (Chapman & Hall), doi:10.1007/978-94-009-4109-0; Aitchison et al. 2000, Math Geol 32:271,
/// doi:10.1023/A:1007529726302.
public struct AitchisonKernel: PairwiseDistanceKernel {
    private let engine: SparsePairwiseEngine<SquaredDifferenceSums>
    /// The value added to every cell before taking logarithms.
    public let pseudocount: Double

    /// Throws when the pseudocount is not a positive finite number or the table holds a negative value.
    public init(_ table: FeatureTable, pseudocount: Double = 1) throws(BetaDiversityError) {
        guard pseudocount > 0, pseudocount.isFinite else { throw .invalidPseudocount(pseudocount) }
        try BetaDiversityError.checkNonNegative(table)
        let logPseudocount = log(pseudocount)
        let logRatios = table.values.map { log($0 + pseudocount) - logPseudocount }
        let index = SparseSampleIndex(table, values: logRatios)
        let sums = (0..<table.sampleCount).map { sample in
            table.entryRange(ofSample: sample).reduce(0.0) { $0 + logRatios[$1] }
        }
        let centring = table.featureCount > 0 ? (sums: sums, dimension: Double(table.featureCount)) : nil
        engine = SparsePairwiseEngine(index: index, metric: SquaredDifferenceSums(index, centring: centring))
        self.pseudocount = pseudocount
    }

    public var sampleCount: Int { engine.index.sampleCount }

    public func distances(for selection: PairSelection, threads: Int?, progress: (@Sendable (Double) -> Void)?) -> [Double] {
        engine.distances(for: selection, threads: threads, progress: progress)
    }
}
