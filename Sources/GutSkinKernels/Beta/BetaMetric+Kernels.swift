import GutSkinCore

extension BetaMetric {
    /// The kernel that computes this metric on `table`. UniFrac metrics need `tree`; `alpha` is
    /// generalized UniFrac's, `pseudocount` Aitchison's; `threads` bounds the cores a UniFrac
    /// kernel's set-up uses (nil: all).
    public func kernel(
        table: FeatureTable, tree: PhylogeneticTree?, alpha: Double = 0.5, pseudocount: Double = 1,
        varianceAdjusted: Bool = false, threads: Int? = nil
    ) throws -> any PairwiseDistanceKernel {
        switch self {
        case .braycurtis: return try BrayCurtisKernel(table)
        case .jaccard: return try JaccardKernel(table)
        case .canberra: return try CanberraKernel(table)
        case .euclidean: return try EuclideanKernel(table)
        case .aitchison: return try AitchisonKernel(table, pseudocount: pseudocount)
        case .robustAitchison: return try RobustAitchisonKernel(table)
        case .unweightedUniFrac, .unweightedUnnormalizedUniFrac, .weightedNormalizedUniFrac,
            .weightedUnnormalizedUniFrac, .generalizedUniFrac:
            guard let tree else { throw BetaMetricError.needsTree(rawValue) }
            return try UniFracKernel(
                table: table, tree: tree, variant: uniFracVariant(alpha: alpha), varianceAdjusted: varianceAdjusted,
                threads: threads)
        }
    }

    private func uniFracVariant(alpha: Double) -> UniFracVariant {
        switch self {
        case .unweightedUnnormalizedUniFrac: return .unweightedUnnormalized
        case .weightedNormalizedUniFrac: return .weightedNormalized
        case .weightedUnnormalizedUniFrac: return .weightedUnnormalized
        case .generalizedUniFrac: return .generalized(alpha: alpha)
        default: return .unweighted
        }
    }
}

/// A metric asked for without what it needs.
public enum BetaMetricError: Error, CustomStringConvertible, Equatable {
    /// A UniFrac metric (named) was asked for without a phylogenetic tree.
    case needsTree(String)

    public var description: String {
        switch self {
        case .needsTree(let metric): return "\(metric) needs a phylogenetic tree"
        }
    }
}
