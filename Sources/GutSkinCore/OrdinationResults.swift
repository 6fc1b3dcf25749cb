/// The result of an ordination (PCoA, CA, RDA, …) as scikit-bio's `OrdinationResults` holds it
/// and writes it: eigenvalues, the proportion of variation each axis explains, and optional
/// coordinate tables for samples ("Site"), features ("Species"), biplot scores and sample
/// constraints. A plain value: computing it is the multivariate module's work, reading and
/// writing it the formats module's.
public struct OrdinationResults: Sendable, Equatable {
    /// Short and long method names (for example "PCoA", "Principal Coordinate Analysis").
    public var shortMethodName: String
    public var longMethodName: String
    /// One eigenvalue per axis, in axis order (largest first for PCoA).
    public var eigenvalues: [Double]
    /// The fraction of total variation each axis explains, one per axis, or nil.
    public var proportionExplained: [Double]?
    /// Sample coordinates ("Site" section), one row per sample.
    public var samples: OrdinationTable?
    /// Feature coordinates ("Species" section).
    public var features: OrdinationTable?
    /// Biplot scores (rows without ids).
    public var biplotScores: OrdinationTable?
    /// Sample constraints (rows named by the sample ids).
    public var sampleConstraints: OrdinationTable?

    public init(
        shortMethodName: String = "", longMethodName: String = "", eigenvalues: [Double],
        proportionExplained: [Double]? = nil, samples: OrdinationTable? = nil, features: OrdinationTable? = nil,
        biplotScores: OrdinationTable? = nil, sampleConstraints: OrdinationTable? = nil
    ) {
        self.shortMethodName = shortMethodName
        self.longMethodName = longMethodName
        self.eigenvalues = eigenvalues
        self.proportionExplained = proportionExplained
        self.samples = samples
        self.features = features
        self.biplotScores = biplotScores
        self.sampleConstraints = sampleConstraints
    }
}

/// A rows × columns table of doubles stored row-major, with optional row ids.
public struct OrdinationTable: Sendable, Equatable {
    /// Row labels (sample or feature ids), or nil for unlabelled rows (biplot scores).
    public let ids: [String]?
    public let rowCount: Int
    public let columnCount: Int
    /// Row-major values: row r is `values[r*columnCount ..< (r+1)*columnCount]`.
    public let values: [Double]

    /// Creates a table; returns nil when the sizes disagree.
    public init?(ids: [String]?, rowCount: Int, columnCount: Int, values: [Double]) {
        guard rowCount >= 0, columnCount >= 0, values.count == rowCount * columnCount else { return nil }
        if let ids, ids.count != rowCount { return nil }
        self.ids = ids
        self.rowCount = rowCount
        self.columnCount = columnCount
        self.values = values
    }

    /// The value at row r, column c.
    public subscript(row: Int, column: Int) -> Double { values[row * columnCount + column] }

    /// Row r as an array.
    public func row(_ r: Int) -> ArraySlice<Double> { values[(r * columnCount)..<((r + 1) * columnCount)] }
}
