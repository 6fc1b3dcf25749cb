/// Why ANCOM-BC could not run on the given table and design.
public enum ANCOMBCError: Error, CustomStringConvertible, Equatable {
    case needsTwoGroups(factor: String, found: [String])
    case unknownReference(factor: String, reference: String, levels: [String])
    case covariateLength(name: String, count: Int, samples: Int)
    case nonFiniteCovariate(name: String, sample: Int)
    case sampleCountMismatch(table: Int, design: Int)
    case tooFewSamples(samples: Int, coefficients: Int)
    case noFeatures
    case nonPositiveValue(sample: String, feature: String)
    case badOption(String)
    case linearAlgebraFailed(Int32)

    public var description: String {
        switch self {
        case .needsTwoGroups(let factor, let found):
            return
                "'\(factor)' needs at least two groups among the kept samples, found \(found.isEmpty ? "none" : found.map { "'\($0)'" }.joined(separator: ", "))"
        case .unknownReference(let factor, let reference, let levels):
            return
                "reference group '\(reference)' is not a level of '\(factor)' among the kept samples (levels: \(levels.map { "'\($0)'" }.joined(separator: ", ")))"
        case .covariateLength(let name, let count, let samples):
            return "covariate '\(name)' has \(count) values for \(samples) samples"
        case .nonFiniteCovariate(let name, let sample):
            return "covariate '\(name)' is not a finite number at sample \(sample + 1)"
        case .sampleCountMismatch(let table, let design):
            return "the table has \(table) samples but the design has \(design)"
        case .tooFewSamples(let samples, let coefficients):
            return "ANCOM-BC needs more samples (\(samples)) than model coefficients (\(coefficients))"
        case .noFeatures: return "the table has no features left to test"
        case .nonPositiveValue(let sample, let feature):
            return
                "sample '\(sample)', feature '\(feature)' is zero or negative: ANCOM-BC takes logarithms, so add a pseudocount (gutskin's default is 1, as scikit-bio's documentation and R's pseudo = 1)"
        case .badOption(let what): return what
        case .linearAlgebraFailed(let status):
            return "singular value decomposition of the design matrix failed (LAPACK dgesdd status \(status))"
        }
    }
}
