/// The outcome of a permutation test on a distance matrix, with the fields scikit-bio's result
/// series carries (`method name`, `test statistic name`, `sample size`, `number of groups`,
/// `test statistic`, `p-value`, `number of permutations`).
public struct PermutationTestResult: Sendable, Equatable {
    /// `PERMANOVA`, `ANOSIM`, `PERMDISP` or `Mantel`.
    public let method: String
    /// `pseudo-F`, `R`, `r` (Pearson) or `rho` (Spearman).
    public let testStatisticName: String
    /// Objects (samples) in the test.
    public let sampleSize: Int
    /// Groups compared (PERMANOVA, ANOSIM); `nil` where the method has none (Mantel).
    public let numberOfGroups: Int?
    public let testStatistic: Double
    /// (permuted statistics at least as extreme as the observed + 1) / (permutations + 1);
    /// `nil` with zero permutations, or when the statistic is undefined (NaN).
    public let pValue: Double?
    public let permutations: Int

    public init(
        method: String, testStatisticName: String, sampleSize: Int, numberOfGroups: Int?,
        testStatistic: Double, pValue: Double?, permutations: Int
    ) {
        self.method = method
        self.testStatisticName = testStatisticName
        self.sampleSize = sampleSize
        self.numberOfGroups = numberOfGroups
        self.testStatistic = testStatistic
        self.pValue = pValue
        self.permutations = permutations
    }
}

/// Why a permutation test cannot run on its input.
public enum PermutationTestError: Error, CustomStringConvertible, Equatable {
    case groupingLength(labels: Int, samples: Int)
    case singleGroup
    case allGroupsSingletons
    case negativePermutations(Int)
    case tooFewSamples(Int, minimum: Int)
    case idsDiffer(onlyInFirst: [String], onlyInSecond: [String])

    public var description: String {
        switch self {
        case .groupingLength(let labels, let samples):
            return "the grouping has \(labels) labels for \(samples) samples"
        case .singleGroup:
            return "all samples are in one group; at least two groups are needed"
        case .allGroupsSingletons:
            return "every group has a single sample, so there are no within-group distances"
        case .negativePermutations(let count):
            return "the number of permutations must be zero or more (got \(count))"
        case .tooFewSamples(let count, let minimum):
            return "\(count) samples; at least \(minimum) are needed"
        case .idsDiffer(let first, let second):
            var parts = [String]()
            if !first.isEmpty { parts.append("\(first.count) only in the first (\(first.prefix(5).joined(separator: ", ")))") }
            if !second.isEmpty { parts.append("\(second.count) only in the second (\(second.prefix(5).joined(separator: ", ")))") }
            return "the two distance matrices must hold the same ids: " + parts.joined(separator: "; ")
        }
    }
}
