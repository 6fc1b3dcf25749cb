/// What a slice of a distance matrix (`gutskin beta --stripes`) was computed from, so that
/// `beta-merge` never assembles slices of different tables, trees, metrics, settings, precisions
/// or program versions into one matrix. The sample ids travel with the slice itself.
public struct SliceProvenance: Sendable, Equatable {
    /// SHA-256 (hex) of the table file's bytes.
    public let tableSHA256: String
    /// SHA-256 (hex) of the tree file's bytes; empty when the metric uses no tree.
    public let treeSHA256: String
    /// Settings that change the distances besides the metric (alpha, pseudocount, variance adjustment).
    public let parameters: String
    /// `fp64` or `fp32`.
    public let precision: String
    /// The gutskin version that computed the slice.
    public let gutskinVersion: String

    public init(tableSHA256: String, treeSHA256: String, parameters: String, precision: String, gutskinVersion: String) {
        self.tableSHA256 = tableSHA256
        self.treeSHA256 = treeSHA256
        self.parameters = parameters
        self.precision = precision
        self.gutskinVersion = gutskinVersion
    }

    /// The first field in which `other` differs from this, as "what (this vs other)", or nil.
    public func firstDifference(from other: SliceProvenance) -> String? {
        func short(_ hash: String) -> String { hash.isEmpty ? "none" : String(hash.prefix(12)) + "…" }
        if tableSHA256 != other.tableSHA256 { return "table SHA-256 (\(short(tableSHA256)) vs \(short(other.tableSHA256)))" }
        if treeSHA256 != other.treeSHA256 { return "tree SHA-256 (\(short(treeSHA256)) vs \(short(other.treeSHA256)))" }
        if parameters != other.parameters { return "settings (\(parameters) vs \(other.parameters))" }
        if precision != other.precision { return "precision (\(precision) vs \(other.precision))" }
        if gutskinVersion != other.gutskinVersion { return "gutskin version (\(gutskinVersion) vs \(other.gutskinVersion))" }
        return nil
    }
}
