/// The settings of a diary analysis; the defaults are the documented ones (docs/diary.md).
public struct DiaryAnalysisOptions: Sendable, Equatable {
    /// Days between exposure and symptom to test (0: same day).
    public var lags: [Int] = [0, 1, 2, 3]
    /// Block permutations per test (0: effects and intervals only, no p-values).
    public var permutations = 9999
    public var seed: UInt64 = 0
    /// Threads (nil: all cores); the result is the same for any number.
    public var threads: Int?
    /// Consecutive days kept together in a permutation.
    public var blockLength = 7
    /// Drift slower than this many days is removed before comparing (0: only the mean).
    public var trendPeriod = Detrending.defaultPeriod
    /// Fewer exposed or unexposed days than this: no p-value ("too few").
    public var minimumDays = 7
    /// The q-value below which a candidate is reported as standing out.
    public var qThreshold = 0.05
    /// Exposures, at most, in each symptom's multivariable model.
    public var adjustedTerms = 5
    /// Tag vocabulary mapping items to tags.
    public var vocabulary = TagVocabulary.standard

    public init() {}
}
