/// The outcome of a hypothesis test: the statistic SciPy reports and its p-value.
public struct TestResult: Sendable, Equatable {
    /// The test statistic, in SciPy's convention for the test (documented on each function).
    public let statistic: Double
    /// The p-value; NaN when the test is undefined for the input (documented per test).
    public let pValue: Double

    public init(statistic: Double, pValue: Double) {
        self.statistic = statistic
        self.pValue = pValue
    }
}

/// The alternative hypothesis, as SciPy's `alternative` argument.
public enum Alternative: String, Sendable, CaseIterable {
    case twoSided = "two-sided"
    case less
    case greater
}

/// Input a statistical test cannot use, with a message for people.
public enum StatisticsError: Error, CustomStringConvertible, Equatable {
    case emptySample(String)
    case notANumber(String)
    case lengthMismatch(String)
    case invalidArgument(String)

    public var description: String {
        switch self {
        case .emptySample(let message), .notANumber(let message), .lengthMismatch(let message),
            .invalidArgument(let message):
            return message
        }
    }
}
