/// Which UniFrac distance to compute: Striped UniFrac's metric set (`ssu -m …`).
///
/// Notation, for samples i and j, over the nodes v of the tree sheared to the table's features
/// (the root included, as scikit-bio includes it): `b_v` is the length of the branch above v,
/// `c_i(v)` the counts of sample i in v's subtree, `T_i` sample i's total and `p_i(v) = c_i(v) / T_i`
/// its proportion (0 for an empty sample).
public enum UniFracVariant: Sendable, Equatable, Hashable {
    /// Unweighted UniFrac, the fraction of observed branch length that is unique to one sample:
    /// `Σ b_v [present in exactly one] / Σ b_v [present in either]`; 0 when nothing is observed
    /// (both samples empty). Lozupone & Knight 2005, doi:10.1128/AEM.71.12.8228-8235.2005.
    /// `ssu -m unweighted`, scikit-bio `unweighted_unifrac`.
    case unweighted
    /// The unique branch length itself, `Σ b_v [present in exactly one]`, not divided by the
    /// observed length. `ssu -m unweighted_unnormalized`.
    case unweightedUnnormalized
    /// Weighted UniFrac normalized to [0, 1]: `Σ b_v |p_i(v) − p_j(v)| / Σ_tips d_t (p_i(t) + p_j(t))`,
    /// d_t the tip's distance to the root (including the root's own branch, as scikit-bio counts
    /// it); 0 when both samples are empty. Lozupone et al. 2007, doi:10.1128/AEM.01996-06.
    /// `ssu -m weighted_normalized`, scikit-bio `weighted_unifrac(normalized=True)`.
    case weightedNormalized
    /// Weighted UniFrac without normalization: `Σ b_v |p_i(v) − p_j(v)|`.
    /// `ssu -m weighted_unnormalized`, scikit-bio `weighted_unifrac(normalized=False)`.
    case weightedUnnormalized
    /// Generalized UniFrac (Chen et al. 2012, doi:10.1093/bioinformatics/bts342):
    /// `Σ b_v (p_i + p_j)^α |p_i − p_j| / (p_i + p_j) / Σ b_v (p_i + p_j)^α` over the nodes where
    /// `p_i + p_j > 0`; 0 when both samples are empty. α = 1 is weighted normalized UniFrac (with
    /// the denominator summed over branches instead of tips: equal up to rounding); α = 0 weighs
    /// every observed branch alike. `ssu -m generalized -a α`.
    case generalized(alpha: Double)

    /// Striped UniFrac's name for the metric (`ssu -m`).
    public var stripedUniFracName: String {
        switch self {
        case .unweighted: return "unweighted"
        case .unweightedUnnormalized: return "unweighted_unnormalized"
        case .weightedNormalized: return "weighted_normalized"
        case .weightedUnnormalized: return "weighted_unnormalized"
        case .generalized: return "generalized"
        }
    }

    /// Whether the metric looks only at presence (unweighted) rather than proportions.
    var isPresenceBased: Bool {
        switch self {
        case .unweighted, .unweightedUnnormalized: return true
        case .weightedNormalized, .weightedUnnormalized, .generalized: return false
        }
    }
}

/// Why a `UniFracKernel` could not be set up. Messages are written for people.
public enum UniFracError: Error, CustomStringConvertible, Equatable {
    /// Table features that are not tips of the tree: the first few, and how many in all.
    case featuresNotInTree(firstFew: [String], count: Int)
    /// A feature id names several tips of the tree.
    case ambiguousTip(String)
    /// The table has no features, so there is nothing to place on the tree.
    case noFeatures
    /// A table value is negative; UniFrac needs counts or abundances.
    case negativeValue(sample: String, feature: String, value: Double)
    /// Generalized UniFrac's α must be a finite number.
    case invalidAlpha(Double)

    public var description: String {
        switch self {
        case .featuresNotInTree(let firstFew, let count):
            let listed = firstFew.map { "'\($0)'" }.joined(separator: ", ")
            return count == 1
                ? "feature \(listed) of the table is not a tip of the tree"
                : "\(count) features of the table are not tips of the tree, e.g. \(listed)\(count > firstFew.count ? ", …" : "")"
        case .ambiguousTip(let name):
            return "feature '\(name)' names more than one tip of the tree; tip names must be unique"
        case .noFeatures: return "the table has no features, so UniFrac has nothing to place on the tree"
        case .negativeValue(let sample, let feature, let value):
            return "sample '\(sample)', feature '\(feature)': value \(value) is negative; UniFrac needs counts or abundances"
        case .invalidAlpha(let alpha): return "generalized UniFrac's alpha must be a finite number, got \(alpha)"
        }
    }
}
