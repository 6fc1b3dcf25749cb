import GutSkinCore

/// One sample's reads as scoring sees them: the entries of one row of a table (after
/// rarefaction to the reference depth, when the sample was deep enough).
public struct SampleProfile: Sendable {
    public let id: String
    /// Feature indices into the table the profile came from.
    public let featureIndices: ArraySlice<Int32>
    public let counts: ArraySlice<Double>
    /// Whether the profile was rarefied to the reference depth (false: shallower than the depth).
    public let rarefied: Bool

    public init(table: FeatureTable, sample: Int, rarefied: Bool) {
        let range = table.entryRange(ofSample: sample)
        id = table.sampleIDs[sample]
        featureIndices = table.featureIndices[range]
        counts = table.values[range]
        self.rarefied = rarefied
    }

    public var total: Double { counts.reduce(0, +) }
}
