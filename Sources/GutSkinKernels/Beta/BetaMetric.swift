import GutSkinCore

/// The beta-diversity metrics gutskin computes, named as QIIME 2, scikit-bio and Striped UniFrac
/// name them so that scripts carry over.
public enum BetaMetric: String, CaseIterable, Sendable {
    case braycurtis, jaccard, canberra, euclidean, aitchison
    case robustAitchison = "robust_aitchison"
    case unweightedUniFrac = "unweighted_unifrac"
    case unweightedUnnormalizedUniFrac = "unweighted_unnormalized_unifrac"
    case weightedNormalizedUniFrac = "weighted_normalized_unifrac"
    case weightedUnnormalizedUniFrac = "weighted_unnormalized_unifrac"
    case generalizedUniFrac = "generalized_unifrac"

    /// Parses a metric name, accepting QIIME 2's `weighted_unifrac` (which, as in q2-diversity
    /// and scikit-bio's default, is the unnormalized form).
    public init?(name: String) {
        if name == "weighted_unifrac" {
            self = .weightedUnnormalizedUniFrac
        } else {
            self.init(rawValue: name)
        }
    }

    /// Whether the metric needs a phylogenetic tree.
    public var isPhylogenetic: Bool { rawValue.hasSuffix("unifrac") }

    /// Whether the metric has a variance-adjusted form (Chang et al. 2011).
    public var allowsVarianceAdjustment: Bool { isPhylogenetic }
}
