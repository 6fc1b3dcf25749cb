import Foundation

/// What a diary analysis found, as `diary.json` holds it (docs/diary.md): candidates sorted by
/// q then effect size, the multivariable models, overlapping exposures, phases, a challenge test
/// when one was logged, and notes in plain words.
public struct DiaryAnalysisResult: Sendable, Codable, Equatable {
    /// One exposure × symptom × lag comparison.
    public struct Candidate: Sendable, Codable, Equatable {
        public var exposure: String
        /// "tag" or "item".
        public var source: String
        public var symptom: String
        public var lag: Int
        /// Mean (detrended) symptom on days `lag` days after the exposure minus on other days, in symptom points.
        public var effect: Double
        /// 95% interval of the effect from Newey–West (HAC) standard errors; nil with too few days.
        public var ciLow: Double?
        public var ciHigh: Double?
        public var pValue: Double?
        public var qValue: Double?
        public var nExposed: Int
        public var nUnexposed: Int
        public var tooFew: Bool
        /// With too few days: how many more days with and without the exposure the test needs.
        public var moreExposedDaysNeeded: Int
        public var moreUnexposedDaysNeeded: Int
        /// The items behind the exposure (a tag's items).
        public var items: [String]

        public init(
            exposure: String, source: String, symptom: String, lag: Int, effect: Double, ciLow: Double?, ciHigh: Double?,
            pValue: Double?, qValue: Double?, nExposed: Int, nUnexposed: Int, tooFew: Bool, moreExposedDaysNeeded: Int,
            moreUnexposedDaysNeeded: Int, items: [String]
        ) {
            self.exposure = exposure
            self.source = source
            self.symptom = symptom
            self.lag = lag
            self.effect = effect
            self.ciLow = ciLow
            self.ciHigh = ciHigh
            self.pValue = pValue
            self.qValue = qValue
            self.nExposed = nExposed
            self.nUnexposed = nUnexposed
            self.tooFew = tooFew
            self.moreExposedDaysNeeded = moreExposedDaysNeeded
            self.moreUnexposedDaysNeeded = moreUnexposedDaysNeeded
            self.items = items
        }
    }

    /// One exposure's effect in a symptom's multivariable model.
    public struct AdjustedTerm: Sendable, Codable, Equatable {
        public var exposure: String
        public var lag: Int
        public var effect: Double
        public var standardError: Double
        public var ciLow: Double
        public var ciHigh: Double
        public var pValue: Double
        /// The effect when tested alone, for comparison.
        public var unadjustedEffect: Double
    }

    /// A symptom's regression on its leading candidates together, with HAC standard errors.
    public struct AdjustedModel: Sendable, Codable, Equatable {
        public var symptom: String
        public var days: Int
        public var maxLags: Int
        public var terms: [AdjustedTerm]
    }

    /// Two exposures that travel together.
    public struct CoExposure: Sendable, Codable, Equatable {
        public var first: String
        public var second: String
        public var daysBoth: Int
        public var daysFirst: Int
        public var daysSecond: Int
        /// Days with both / days with either (Jaccard).
        public var overlap: Double
    }

    /// Symptoms during reintroduction compared with elimination of an item.
    public struct PhaseComparison: Sendable, Codable, Equatable {
        public var item: String
        public var symptom: String
        /// Mean symptom in reintroduction minus in elimination.
        public var effect: Double
        public var nElimination: Int
        public var nReintroduction: Int
        public var pValue: Double?
        public var tooFew: Bool
    }

    public var candidates: [Candidate]
    public var adjusted: [AdjustedModel]
    public var coExposures: [CoExposure]
    public var phases: [PhaseComparison]
    public var challenge: ChallengeResult?
    /// Days from the first to the last entry.
    public var days: Int
    public var firstDay: DiaryDate?
    public var lastDay: DiaryDate?
    public var symptoms: [String]
    public var exposures: [String]
    public var testsRun: Int
    public var permutations: Int
    public var seed: UInt64
    public var blockLength: Int
    public var trendPeriodDays: Double
    public var notes: [String]

    enum CodingKeys: String, CodingKey {
        case candidates, adjusted
        case coExposures = "co_exposures"
        case phases, challenge, days
        case firstDay = "first_day"
        case
            lastDay = "last_day"
        case symptoms, exposures
        case testsRun = "tests_run"
        case permutations, seed
        case
            blockLength = "block_length"
        case trendPeriodDays = "trend_period_days"
        case notes
    }

    /// Candidates whose q-value is below `threshold`.
    public func standingOut(threshold: Double = 0.05) -> [Candidate] {
        candidates.filter { ($0.qValue ?? 1) < threshold }
    }
}

extension DiaryAnalysisResult.Candidate {
    enum CodingKeys: String, CodingKey {
        case exposure, source, symptom, lag, effect
        case ciLow = "ci_low"
        case ciHigh = "ci_high"
        case pValue = "p_value"
        case
            qValue = "q_value"
        case nExposed = "n_exposed"
        case nUnexposed = "n_unexposed"
        case tooFew = "too_few"
        case
            moreExposedDaysNeeded = "more_exposed_days_needed"
        case moreUnexposedDaysNeeded = "more_unexposed_days_needed"
        case items
    }

    /// Keys written even when nil (`p_value`, `q_value`, `ci_low`, `ci_high` are null with too few days).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(exposure, forKey: .exposure)
        try c.encode(source, forKey: .source)
        try c.encode(symptom, forKey: .symptom)
        try c.encode(lag, forKey: .lag)
        try c.encode(effect, forKey: .effect)
        try c.encode(ciLow, forKey: .ciLow)
        try c.encode(ciHigh, forKey: .ciHigh)
        try c.encode(pValue, forKey: .pValue)
        try c.encode(qValue, forKey: .qValue)
        try c.encode(nExposed, forKey: .nExposed)
        try c.encode(nUnexposed, forKey: .nUnexposed)
        try c.encode(tooFew, forKey: .tooFew)
        try c.encode(moreExposedDaysNeeded, forKey: .moreExposedDaysNeeded)
        try c.encode(moreUnexposedDaysNeeded, forKey: .moreUnexposedDaysNeeded)
        try c.encode(items, forKey: .items)
    }
}

extension DiaryAnalysisResult.AdjustedTerm {
    enum CodingKeys: String, CodingKey {
        case exposure, lag, effect
        case standardError = "standard_error"
        case ciLow = "ci_low"
        case ciHigh = "ci_high"
        case
            pValue = "p_value"
        case unadjustedEffect = "unadjusted_effect"
    }
}

extension DiaryAnalysisResult.AdjustedModel {
    enum CodingKeys: String, CodingKey {
        case symptom, days
        case maxLags = "max_lags"
        case terms
    }
}

extension DiaryAnalysisResult.CoExposure {
    enum CodingKeys: String, CodingKey {
        case first, second
        case daysBoth = "days_both"
        case daysFirst = "days_first"
        case daysSecond = "days_second"
        case overlap
    }
}

extension DiaryAnalysisResult.PhaseComparison {
    enum CodingKeys: String, CodingKey {
        case item, symptom, effect
        case nElimination = "n_elimination"
        case nReintroduction = "n_reintroduction"
        case
            pValue = "p_value"
        case tooFew = "too_few"
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(item, forKey: .item)
        try c.encode(symptom, forKey: .symptom)
        try c.encode(effect, forKey: .effect)
        try c.encode(nElimination, forKey: .nElimination)
        try c.encode(nReintroduction, forKey: .nReintroduction)
        try c.encode(pValue, forKey: .pValue)
        try c.encode(tooFew, forKey: .tooFew)
    }
}

extension DiaryAnalysisResult {
    /// `diary.json` as documented in docs/diary.md: sorted keys, pretty-printed, a final newline; the
    /// bytes the CLI writes and a service can send.
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return try encoder.encode(self) + Data("\n".utf8)
    }
}
