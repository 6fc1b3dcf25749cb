/// One person's gut–skin report as data: the schema `report.json` follows (versioned; keys in
/// snake_case) so a service can render it in its own app. `ReportPage` renders the same data
/// as HTML. Shares are fractions (0–1); percentiles run 0–100.
public struct GutSkinReport: Sendable, Codable {
    public static let schemaName = "gutskin-report"
    public static let currentSchemaVersion = 1

    public var schema = GutSkinReport.schemaName
    public var schemaVersion = GutSkinReport.currentSchemaVersion
    public var generatedBy: String
    /// Plain-words summary, one sentence per entry, most important first.
    public var summary: [String]
    public var gut: SiteResult?
    public var skin: SiteResult?
    public var breathTest: BreathTestReport?
    public var skinPh: SkinPHResult?
    public var questionnaire: QuestionnaireResult?
    /// Anything that limits how far the numbers can be trusted (poor match to the reference, shallow sample…).
    public var warnings: [String]
    /// Every source the report cites, in order of first use.
    public var citations: [Citation]
    public var disclaimer: String

    /// One site's scores against its reference.
    public struct SiteResult: Sendable, Codable {
        public var site: BodySite
        public var sampleId: String
        public var table: String
        public var reference: ReferenceSummary
        /// Reads in the sample before rarefaction, and the depth it was rarefied to (nil: too shallow).
        public var reads: Double
        public var rarefiedTo: Int?
        /// Share of reads in genera the reference also has.
        public var knownGenusShare: Double
        public var scores: [ScoreResult]
        public var topGenera: [GenusShare]
        /// The person's position on the reference map (PCoA axes 1 and 2).
        public var mapPosition: [Double]
        /// Gut only: whether the dysbiosis score exceeds the reference's own 90th percentile.
        public var dysbiotic: Bool?
        /// Gut MetaPhlAn profiles only: the Gut Microbiome Health Index.
        public var gmhi: Double?
    }

    public struct ReferenceSummary: Sendable, Codable {
        public var name: String
        public var siteDetail: String
        public var samples: Int
        public var depth: Int
        public var platform: String
        public var taxonomy: String
        public var builtFrom: String
    }

    public struct ScoreResult: Sendable, Codable {
        public var id: ScoreKind
        public var title: String
        public var section: ScoreKind.Section
        public var unit: String
        /// nil when undefined for this sample.
        public var value: Double?
        /// nil when the value is undefined or not comparable with the reference.
        public var percentile: Double?
        public var band: ScoreBand
        public var referenceP10: Double?
        public var referenceMedian: Double?
        public var referenceP90: Double?
        public var explanation: String
        public var citations: [String]
        public var note: String?
    }

    public struct GenusShare: Sendable, Codable {
        public var genus: String
        public var share: Double
        /// The genus's median share over the reference samples.
        public var referenceMedianShare: Double
    }
}
