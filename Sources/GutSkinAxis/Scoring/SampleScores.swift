/// The scores of one sample against one reference, with what the report draws from them.
public struct SampleScores: Sendable {
    public let sampleID: String
    /// Each score's value; NaN when undefined for this sample (e.g. Faith's PD without a tree).
    public let values: [ScoreKind: Double]
    /// Genus shares (fractions of reads), largest first.
    public let genusShares: [(label: String, share: Double)]
    /// Share of reads in genera the reference also has (a low share means a poor match).
    public let knownGenusShare: Double
    /// Bray–Curtis dissimilarity to each reference sample (NaN for excluded same-subject samples).
    public let distancesToReference: [Double]
    /// Position on the reference map.
    public let mapPosition: [Double]
    /// Reads scored (after rarefaction, when the sample was rarefied).
    public let reads: Double
    /// Reads in the sample before rarefaction.
    public let originalReads: Double
    public let rarefied: Bool

    public func value(_ score: ScoreKind) -> Double { values[score] ?? .nan }
}
