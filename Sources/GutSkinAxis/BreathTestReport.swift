/// The result of a breath test as gutskin reports it: `gutskin breath-test --json` prints it, and
/// the gut–skin report embeds the same object. Keys (stable, snake_case; optional values are
/// written as `null`, never left out):
///
/// - `hydrogen_positive` (bool): H₂ rose ≥ 20 ppm over the baseline at some reading ≤ 90 min;
/// - `methane_positive` (bool or null): CH₄ ≥ 10 ppm at some reading; null when CH₄ was not measured;
/// - `baseline_h2_ppm`, `baseline_ch4_ppm` (null without CH₄): the readings at minute 0;
/// - `max_h2_rise_ppm_by_90_min`: the largest H₂ − baseline over readings after the baseline up to
///   90 min (null when there is none);
/// - `first_minute_h2_rise_reached`: the first time (at any minute, also after 90) H₂ was ≥ 20 ppm
///   over the baseline, or null;
/// - `max_ch4_ppm`: the largest CH₄ reading, null without CH₄;
/// - `readings`: the series, objects with `minutes`, `h2_ppm`, `ch4_ppm` (null without CH₄);
/// - `criteria`: the rules applied, in words; `citation`: the bibliography key (`rezaie-2017`);
/// - `warnings`: sentences on what limits the result (late or sparse readings), possibly empty.
public struct BreathTestReport: Sendable, Equatable, Codable {
    /// One reading as the report lists it.
    public struct Reading: Sendable, Equatable, Codable {
        public let minutes: Double
        public let hydrogenPPM: Double
        public let methanePPM: Double?

        public init(minutes: Double, hydrogenPPM: Double, methanePPM: Double?) {
            self.minutes = minutes
            self.hydrogenPPM = hydrogenPPM
            self.methanePPM = methanePPM
        }

        enum CodingKeys: String, CodingKey {
            case minutes
            case hydrogenPPM = "h2_ppm"
            case methanePPM = "ch4_ppm"
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(minutes, forKey: .minutes)
            try container.encode(hydrogenPPM, forKey: .hydrogenPPM)
            try container.encode(methanePPM, forKey: .methanePPM)
        }
    }

    public let hydrogenPositive: Bool
    public let methanePositive: Bool?
    public let baselineHydrogenPPM: Double
    public let baselineMethanePPM: Double?
    public let maximumHydrogenRiseBy90MinutesPPM: Double?
    public let firstMinuteHydrogenRiseReached: Double?
    public let maximumMethanePPM: Double?
    public let readings: [Reading]
    public let criteria: String
    public let citation: String
    public let warnings: [String]

    public init(
        hydrogenPositive: Bool, methanePositive: Bool?, baselineHydrogenPPM: Double, baselineMethanePPM: Double?,
        maximumHydrogenRiseBy90MinutesPPM: Double?, firstMinuteHydrogenRiseReached: Double?, maximumMethanePPM: Double?,
        readings: [Reading], criteria: String, citation: String, warnings: [String]
    ) {
        self.hydrogenPositive = hydrogenPositive
        self.methanePositive = methanePositive
        self.baselineHydrogenPPM = baselineHydrogenPPM
        self.baselineMethanePPM = baselineMethanePPM
        self.maximumHydrogenRiseBy90MinutesPPM = maximumHydrogenRiseBy90MinutesPPM
        self.firstMinuteHydrogenRiseReached = firstMinuteHydrogenRiseReached
        self.maximumMethanePPM = maximumMethanePPM
        self.readings = readings
        self.criteria = criteria
        self.citation = citation
        self.warnings = warnings
    }

    enum CodingKeys: String, CodingKey {
        case hydrogenPositive = "hydrogen_positive"
        case methanePositive = "methane_positive"
        case baselineHydrogenPPM = "baseline_h2_ppm"
        case baselineMethanePPM = "baseline_ch4_ppm"
        case maximumHydrogenRiseBy90MinutesPPM = "max_h2_rise_ppm_by_90_min"
        case firstMinuteHydrogenRiseReached = "first_minute_h2_rise_reached"
        case maximumMethanePPM = "max_ch4_ppm"
        case readings, criteria, citation, warnings
    }

    /// Writes every key, optional ones as `null` (synthesized encoding would leave them out).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(hydrogenPositive, forKey: .hydrogenPositive)
        try container.encode(methanePositive, forKey: .methanePositive)
        try container.encode(baselineHydrogenPPM, forKey: .baselineHydrogenPPM)
        try container.encode(baselineMethanePPM, forKey: .baselineMethanePPM)
        try container.encode(maximumHydrogenRiseBy90MinutesPPM, forKey: .maximumHydrogenRiseBy90MinutesPPM)
        try container.encode(firstMinuteHydrogenRiseReached, forKey: .firstMinuteHydrogenRiseReached)
        try container.encode(maximumMethanePPM, forKey: .maximumMethanePPM)
        try container.encode(readings, forKey: .readings)
        try container.encode(criteria, forKey: .criteria)
        try container.encode(citation, forKey: .citation)
        try container.encode(warnings, forKey: .warnings)
    }
}
