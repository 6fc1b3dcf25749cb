import GutSkinCore

/// Why a beta-diversity kernel could not be set up for a table.
public enum BetaDiversityError: Error, CustomStringConvertible, Equatable {
    /// A value below zero: abundances are counts or fractions, never negative (scikit-bio refuses them too).
    case negativeValue(sample: String, feature: String, value: Double)
    /// The Aitchison pseudocount must be a positive, finite number (the logarithm of zero is undefined).
    case invalidPseudocount(Double)

    public var description: String {
        switch self {
        case .negativeValue(let sample, let feature, let value):
            return "sample '\(sample)', feature '\(feature)' holds \(value); beta diversity needs non-negative counts or abundances"
        case .invalidPseudocount(let pseudocount):
            return "the pseudocount must be a positive number (it is added before taking logarithms), not \(pseudocount)"
        }
    }

    /// Throws `negativeValue` for the first negative entry of `table`.
    static func checkNonNegative(_ table: FeatureTable) throws(BetaDiversityError) {
        for sample in 0..<table.sampleCount {
            for entry in table.entryRange(ofSample: sample) where table.values[entry] < 0 {
                throw .negativeValue(
                    sample: table.sampleIDs[sample], feature: table.featureIDs[Int(table.featureIndices[entry])],
                    value: table.values[entry])
            }
        }
    }
}
