import GutSkinCore

/// Distances between the samples of a table for a selection of pairs.
public protocol PairwiseDistanceKernel: Sendable {
    /// The number of samples (rows of the matrix).
    var sampleCount: Int { get }
    /// The distances of the selected pairs, each at `selection.slot(i, j)`, computed on `threads`
    /// threads (nil: all cores). Must give the same bits for a pair whatever the selection and
    /// the thread count. `progress`, when given, is called now and then with the fraction done.
    func distances(for selection: PairSelection, threads: Int?, progress: (@Sendable (Double) -> Void)?) -> [Double]
}
