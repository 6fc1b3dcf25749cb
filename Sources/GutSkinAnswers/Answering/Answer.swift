/// What gutskin answers to one question, as the CLI's `--json` and a service return it
/// (docs/ask.md): an answer, a refusal with its class, or an honest "no sourced answer".
public struct Answer: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable {
        case answer, refusal, unknown
    }

    /// Why a question was not answered.
    public enum RefusalClass: String, Sendable, Codable, CaseIterable {
        /// "Do I have SIBO?": gutskin never diagnoses.
        case diagnosis
        /// Medication and dosing: gutskin never prescribes.
        case medication
        /// Signs that need care now (trouble breathing, fever with a spreading rash).
        case emergency
        /// "Which probiotic brand?": gutskin never recommends a product.
        case product
        /// No sourced statement answers the question.
        case noSource = "no_source"
    }

    /// A cited source: its bibliography key and reference text.
    public struct CitedSource: Sendable, Codable, Equatable {
        public let key: String
        public let text: String
    }

    /// One of the person's own numbers, exactly as the report has it.
    public struct ReportValue: Sendable, Codable, Equatable {
        /// The report's score id (`butyrate_producers`), or `skin_ph`, `breath_test_h2_rise_ppm`, `breath_test_max_ch4_ppm`, `gmhi`.
        public let score: String
        public let value: Double?
        public let percentile: Double?
        /// The report's band (`low`, `typical`, `high`, `none`; `positive`/`negative` for the breath test).
        public let band: String
    }

    public let kind: Kind
    public let refusalClass: RefusalClass?
    public let text: String
    /// Ids of the knowledge statements the answer rests on, best first.
    public let statements: [String]
    public let citations: [CitedSource]
    public let reportValues: [ReportValue]

    public init(
        kind: Kind, refusalClass: RefusalClass? = nil, text: String, statements: [String] = [],
        citations: [CitedSource] = [], reportValues: [ReportValue] = []
    ) {
        self.kind = kind
        self.refusalClass = refusalClass
        self.text = text
        self.statements = statements
        self.citations = citations
        self.reportValues = reportValues
    }

    enum CodingKeys: String, CodingKey {
        case kind, text, statements, citations
        case refusalClass = "refusal_class"
        case reportValues = "report_values"
    }

    /// Writes every key, `refusal_class` as null when there is none.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        try container.encode(refusalClass, forKey: .refusalClass)
        try container.encode(text, forKey: .text)
        try container.encode(statements, forKey: .statements)
        try container.encode(citations, forKey: .citations)
        try container.encode(reportValues, forKey: .reportValues)
    }
}

extension Answer.ReportValue {
    enum CodingKeys: String, CodingKey { case score, value, percentile, band }

    /// Writes `value` and `percentile` as null when absent.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(score, forKey: .score)
        try container.encode(value, forKey: .value)
        try container.encode(percentile, forKey: .percentile)
        try container.encode(band, forKey: .band)
    }
}
