/// An alpha-diversity metric, named as QIIME 2 and scikit-bio name it.
///
/// Every metric gives what scikit-bio 0.7.4's function of the same name gives for a vector of
/// counts (`skbio.diversity.alpha`), to 1e-12; see each case for the formula and the edge cases.
/// As in scikit-bio, zero counts are dropped first (features absent from the sample), except by
/// `gini_index`, which ranks every feature of the table. Below, S is the number of features
/// present, N the total count, p_i = c_i / N the proportions, F_k the number of features seen
/// exactly k times. Complexity is O(S) per sample unless noted.
public enum AlphaMetric: String, CaseIterable, Sendable {
    /// Observed features: the number of features present.
    ///
    /// S. Empty sample: 0. One feature: 1.
    /// Reference: scikit-bio `sobs`; DeSantis et al. 2006, doi:10.1128/AEM.03006-05.
    case observedFeatures = "observed_features"

    /// Shannon's entropy, natural log unless `--base` is given (scikit-bio ≥ 0.6's default).
    ///
    /// H = −Σ p_i ln p_i, divided by ln b for base b. Empty: NaN. One feature: 0.
    /// Reference: Shannon 1948, doi:10.1002/j.1538-7305.1948.tb01338.x.
    case shannon

    /// Shannon's entropy in bits (base 2), the quantity QIIME 2 labels `shannon_entropy`.
    ///
    /// H = −Σ p_i log₂ p_i (scikit-bio `shannon(counts, base=2)`); `--base` does not change it.
    /// Empty: NaN. One feature: 0.
    /// Reference: Shannon 1948, doi:10.1002/j.1538-7305.1948.tb01338.x.
    case shannonEntropy = "shannon_entropy"

    /// Gini–Simpson index: the probability that two reads drawn with replacement differ.
    ///
    /// 1 − Σ p_i². Empty: NaN. One feature: 0.
    /// Reference: Simpson 1949, doi:10.1038/163688a0.
    case simpson

    /// Simpson's evenness: the inverse Simpson index divided by S.
    ///
    /// 1 / (S Σ p_i²). Empty: NaN. One feature: 1.
    /// Reference: Smith & Wilson 1996, doi:10.2307/3545569.
    case simpsonE = "simpson_e"

    /// Inverse Simpson index: the effective number of equally common features (Hill number of order 2).
    ///
    /// 1 / Σ p_i². Empty: NaN. One feature: 1.
    /// Reference: Hill 1973, doi:10.2307/1934352.
    case inverseSimpson = "inv_simpson"

    /// ENS_pie, the effective number of species from the probability of interspecific encounter;
    /// the same number as `inv_simpson`.
    ///
    /// 1 / Σ p_i². Empty: NaN. One feature: 1.
    /// Reference: Chase & Knight 2013, doi:10.1111/ele.12112.
    case enspie

    /// Pielou's evenness: Shannon's entropy divided by its maximum, ln S.
    ///
    /// H / ln S (both in base b when `--base` is given, as scikit-bio's `pielou_e(base=)`).
    /// Empty: NaN. One feature: 1.
    /// Reference: Pielou 1966, doi:10.1016/0022-5193(66)90013-0.
    case pielouE = "pielou_e"

    /// Heip's evenness.
    ///
    /// (e^H − 1) / (S − 1), e^H computed as Π p_i^(−p_i) as scikit-bio does. Empty: NaN. One feature: 1.
    /// Reference: Heip 1974, J. Mar. Biol. Assoc. UK 54:555, doi:10.1017/S0025315400022736.
    case heipE = "heip_e"

    /// Chao1 richness estimate, bias-corrected as scikit-bio's default (`bias_corrected=True`,
    /// which QIIME 2 uses).
    ///
    /// S + F₁(F₁ − 1) / (2(F₂ + 1)). Integer counts only. Empty: 0. One feature: 1 (with F₁ = 1
    /// the correction is 0). All singletons: S + S(S − 1)/2. Use `chao1(counts:biasCorrected:)` for the
    /// uncorrected S + F₁²/(2F₂), which scikit-bio uses only when there are singletons and doubletons.
    /// Reference: Chao 1984, Scand. J. Stat. 11:265, https://www.jstor.org/stable/4615964.
    case chao1

    /// Abundance-based coverage estimator of richness, rare threshold 10.
    ///
    /// S_abund + S_rare / C + F₁ γ² / C, with C = 1 − F₁/N_rare and
    /// γ² = max(S_rare Σ_{i≤10} i(i−1)F_i / (C N_rare (N_rare − 1)) − 1, 0).
    /// Integer counts only. No rare features: S_abund. Throws, as scikit-bio does, when every rare
    /// feature is a singleton (one feature seen once included) and for an empty sample.
    /// Reference: Chao & Lee 1992, doi:10.1080/01621459.1992.10475194.
    case ace

    /// Good's coverage: the fraction of reads that belong to features seen more than once.
    ///
    /// 1 − F₁ / N. Integer counts only. Empty: NaN. One feature: 0 if its count is 1, else 1.
    /// Reference: Good 1953, doi:10.1093/biomet/40.3-4.237.
    case goodsCoverage = "goods_coverage"

    /// Berger–Parker dominance: the share of the most abundant feature.
    ///
    /// max c_i / N. Empty: NaN. One feature: 1.
    /// Reference: Berger & Parker 1970, doi:10.1126/science.168.3937.1345.
    case bergerParkerD = "berger_parker_d"

    /// Simpson's dominance: the probability that two reads drawn with replacement are the same feature.
    ///
    /// Σ p_i². Empty: NaN. One feature: 1.
    /// Reference: Simpson 1949, doi:10.1038/163688a0.
    case dominance

    /// McIntosh's dominance.
    ///
    /// (N − U) / (N − √N), U = √(Σ c_i²). Integer counts only. Empty: NaN. N = 1: NaN.
    /// One feature (N > 1): 0.
    /// Reference: McIntosh 1967, doi:10.2307/1934334.
    case mcintoshD = "mcintosh_d"

    /// McIntosh's evenness (Heip's form).
    ///
    /// √(Σ c_i²) / √((N − S + 1)² + S − 1). Integer counts only. Empty: NaN. One feature: 1.
    /// Reference: Heip & Engels 1974, doi:10.1017/S0025315400057271.
    case mcintoshE = "mcintosh_e"

    /// Margalef's richness index.
    ///
    /// (S − 1) / ln N. Integer counts only. Empty: NaN. N = 1: NaN. One feature (N > 1): 0.
    /// Reference: Margalef 1958, in Perspectives in Marine Biology, University of California Press.
    case margalef

    /// Menhinick's richness index.
    ///
    /// S / √N. Integer counts only. Empty: NaN. One feature: 1/√N.
    /// Reference: Menhinick 1964, doi:10.2307/1934933.
    case menhinick

    /// Brillouin's index of diversity, for fully censused communities.
    ///
    /// (ln N! − Σ ln c_i!) / N, with ln x! = lgamma(x + 1). Integer counts only. Empty: NaN. One feature: 0.
    /// Reference: Brillouin 1956, Science and Information Theory, Academic Press; Pielou 1975,
    /// Ecological Diversity, Wiley.
    case brillouinD = "brillouin_d"

    /// Fisher's alpha: the α of the log-series distribution with S features and N reads.
    ///
    /// Solves S = α ln(1 + N/α) by minimising (α ln(1 + N/α) − S)² with Brent's method exactly as
    /// scikit-bio does (SciPy's `minimize_scalar`, bracket from (0, 1), xtol 1.48e-8), so results
    /// agree with scikit-bio to 1e-12 rather than only to the minimiser's 1e-8 tolerance.
    /// Integer counts only. Empty: NaN. All features singletons (N = S, one feature seen once
    /// included): +∞. Throws when the minimiser fails, as scikit-bio does. Complexity O(S) plus
    /// about 40 evaluations.
    /// Reference: Fisher, Corbet & Williams 1943, doi:10.2307/1411.
    case fisherAlpha = "fisher_alpha"

    /// Strong's dominance: the largest gap between the cumulative share of the ranked features
    /// and the share of features ranked.
    ///
    /// max_i (b_i / N − i / S), b_i the sum of the i largest counts. Empty: NaN. One feature: 0.
    /// Complexity O(S log S).
    /// Reference: Strong 2002, doi:10.1034/j.1600-0706.2002.990311.x.
    case strong

    /// Gini index of inequality over all the table's features (absent ones count as zeros, as
    /// scikit-bio's `gini_index` keeps them), rectangle rule.
    ///
    /// max(0, 1 − 2B), B = (1/n) Σ_{k=1..n} L_k, L the Lorenz curve of the n sorted values.
    /// Empty: 0 (scikit-bio's NaN curve turns into 0 through `max(0.0, nan)`). One feature present
    /// among n: max(0, 1 − 2/n).
    /// Complexity O(S log S + n).
    /// Reference: Gini 1912; Wittebolle et al. 2009, doi:10.1038/nature07840.
    case giniIndex = "gini_index"

    /// Robbins' estimate of the probability that the next read is an unobserved feature.
    ///
    /// F₁ / N. Integer counts only. Empty: NaN. One feature: 1 if its count is 1, else 0.
    /// Reference: Robbins 1968, doi:10.1214/aoms/1177698328.
    case robbins

    /// The number of features seen exactly twice, F₂.
    ///
    /// Integer counts only. Empty: 0.
    /// Reference: scikit-bio `doubles`.
    case doubles

    /// The number of features seen exactly once, F₁.
    ///
    /// Integer counts only. Empty: 0.
    /// Reference: scikit-bio `singles`.
    case singles

    /// Faith's phylogenetic diversity: the total length of the branches joining the present
    /// features to the root of the tree.
    ///
    /// Σ of the branch lengths of every node on a path from the root to a present tip, each node
    /// once (the root's own length included, as scikit-bio's `faith_pd` does; missing lengths
    /// count as 0). Needs a tree. Empty: 0. One feature: the root-to-tip path length.
    /// Complexity O(nodes on the union of the paths) per sample; see `FaithPD`.
    /// Reference: Faith 1992, doi:10.1016/0006-3207(92)91201-3.
    case faithPD = "faith_pd"

    /// Whether the metric needs a phylogenetic tree.
    public var needsTree: Bool { self == .faithPD }

    /// Whether the metric is defined on whole-number counts only (singletons, doubletons, N!…);
    /// a table with fractions is rejected for these.
    public var needsIntegerCounts: Bool {
        switch self {
        case .chao1, .ace, .goodsCoverage, .mcintoshD, .mcintoshE, .margalef, .menhinick, .brillouinD,
            .fisherAlpha, .robbins, .doubles, .singles:
            return true
        default:
            return false
        }
    }

    /// Whether `--base` changes the metric (scikit-bio's `base=` parameter).
    public var takesLogBase: Bool { self == .shannon || self == .pielouE }

    /// Whether the values are whole numbers, written without a decimal point (as pandas writes an
    /// integer column).
    public var isWholeNumber: Bool { self == .observedFeatures || self == .singles || self == .doubles }

    /// Every metric that needs no tree, in declaration order.
    public static let withoutTree: [AlphaMetric] = allCases.filter { !$0.needsTree }
}
