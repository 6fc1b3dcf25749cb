/// Why alpha diversity could not be computed; each message names the sample, feature or metric.
public enum AlphaDiversityError: Error, CustomStringConvertible, Equatable {
    /// `faith_pd` was asked for without a tree.
    case treeRequired
    /// A log base that is not a positive number other than 1.
    case invalidLogBase(Double)
    /// A negative value; no alpha metric is defined for it (scikit-bio: "Counts cannot contain negative values").
    case negativeValue(sample: String, feature: String, value: Double)
    /// A fraction in a table given to metrics defined on whole-number counts only.
    case notCounts(metrics: [AlphaMetric], sample: String, feature: String, value: Double)
    /// The metric has no value for this sample, and scikit-bio raises an error for it.
    case undefined(metric: AlphaMetric, sample: String, reason: String)
    /// Table features that are not tips of the tree: the first few, and how many in all.
    case featuresNotInTree(firstFew: [String], count: Int)
    /// The tree names several tips alike, so a feature cannot be placed (scikit-bio refuses such trees).
    case duplicateTipNames([String])

    public var description: String {
        switch self {
        case .treeRequired:
            return "faith_pd needs a phylogenetic tree"
        case .invalidLogBase(let base):
            return "the logarithm base must be a positive number other than 1, not \(base)"
        case .negativeValue(let sample, let feature, let value):
            return "sample '\(sample)', feature '\(feature)': \(value) is negative; alpha diversity needs counts or abundances ≥ 0"
        case .notCounts(let metrics, let sample, let feature, let value):
            let names = metrics.map(\.rawValue).joined(separator: ", ")
            return
                "sample '\(sample)', feature '\(feature)': \(value) is not a whole number; \(names) \(metrics.count == 1 ? "needs" : "need") integer counts (rarefy or use a count table, not relative abundances)"
        case .undefined(let metric, let sample, let reason):
            return "\(metric.rawValue) is undefined for sample '\(sample)': \(reason)"
        case .featuresNotInTree(let firstFew, let count):
            let shown = firstFew.map { "'\($0)'" }.joined(separator: ", ")
            return count == 1
                ? "feature \(shown) is not a tip of the tree"
                : "\(count) features are not tips of the tree: \(shown)\(count > firstFew.count ? ", …" : "")"
        case .duplicateTipNames(let names):
            let shown = names.prefix(5).map { "'\($0)'" }.joined(separator: ", ")
            return
                "the tree has \(names.count) tip names used more than once (\(shown)\(names.count > 5 ? ", …" : "")); faith_pd needs unique tip names"
        }
    }
}
