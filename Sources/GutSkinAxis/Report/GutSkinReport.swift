/// One person's gut–skin report as data: the schema `report.json` follows (versioned; keys in
/// snake_case) so a service can render it in its own app. `ReportPage` renders the same data
/// as HTML. Shares are fractions (0–1); percentiles run 0–100.
public struct GutSkinReport: Sendable, Codable {
    public static let schemaName = "gutskin-report"
    public static let currentSchemaVersion = 2

    public var schema = GutSkinReport.schemaName
    public var schemaVersion = GutSkinReport.currentSchemaVersion
    public var generatedBy: String
    /// Plain-words summary, one sentence per entry, most important first.
    public var summary: [String]
    public var gut: SiteResult?
    public var skin: SiteResult?
    public var breathTest: BreathTestReport?
    /// The literature shown beside the breath test (empty without one), graded, with contrary results.
    public var breathTestLiterature: [QuestionnaireResult.AssociationNote] = []
    public var skinPh: SkinPHResult?
    public var questionnaire: QuestionnaireResult?
    /// Anything that limits how far the numbers can be trusted (poor match to the reference, shallow sample…).
    public var warnings: [String]
    /// Every source the report cites, in order of first use.
    public var citations: [Citation]
    public var disclaimer: String
    /// Schema version 2: the person's scores by date, their events and before/after changes
    /// against usual variation (`gutskin report --timeline`), or nil.
    public var timeline: PersonTimeline? = nil

    /// One site's scores against its reference.
    public struct SiteResult: Sendable, Codable {
        public var site: BodySite
        public var sampleId: String
        public var table: String
        public var reference: ReferenceSummary
        /// Reads (or summed abundances) in the sample before rarefaction, and the depth it was rarefied to (nil: not rarefied).
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
        /// The sample is further from the reference than 99% of reference samples are from the
        /// rest: probably another body site, primer region or platform; its scores compare poorly.
        public var poorMatch: Bool
        /// Gut MetaPhlAn profiles only: the Gut Microbiome Health Index.
        public var gmhi: Double?
    }

    public struct ReferenceSummary: Sendable, Codable {
        public var name: String
        public var siteDetail: String
        public var samples: Int
        /// Distinct people among the samples, when the reference records subjects.
        public var subjects: Int?
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

// Every optional key is written, as null when absent, so a service can rely on the documented
// keys being present (Swift's synthesized encoding would leave them out).
extension GutSkinReport {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(schema, forKey: .schema)
        try container.encode(schemaVersion, forKey: .schemaVersion)
        try container.encode(generatedBy, forKey: .generatedBy)
        try container.encode(summary, forKey: .summary)
        try container.encode(gut, forKey: .gut)
        try container.encode(skin, forKey: .skin)
        try container.encode(breathTest, forKey: .breathTest)
        try container.encode(breathTestLiterature, forKey: .breathTestLiterature)
        try container.encode(skinPh, forKey: .skinPh)
        try container.encode(questionnaire, forKey: .questionnaire)
        try container.encode(warnings, forKey: .warnings)
        try container.encode(citations, forKey: .citations)
        try container.encode(disclaimer, forKey: .disclaimer)
        try container.encode(timeline, forKey: .timeline)
    }
}

extension GutSkinReport.SiteResult {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(site, forKey: .site)
        try container.encode(sampleId, forKey: .sampleId)
        try container.encode(table, forKey: .table)
        try container.encode(reference, forKey: .reference)
        try container.encode(reads, forKey: .reads)
        try container.encode(rarefiedTo, forKey: .rarefiedTo)
        try container.encode(knownGenusShare, forKey: .knownGenusShare)
        try container.encode(scores, forKey: .scores)
        try container.encode(topGenera, forKey: .topGenera)
        try container.encode(mapPosition, forKey: .mapPosition)
        try container.encode(dysbiotic, forKey: .dysbiotic)
        try container.encode(poorMatch, forKey: .poorMatch)
        try container.encode(gmhi, forKey: .gmhi)
    }
}

extension GutSkinReport.ReferenceSummary {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(siteDetail, forKey: .siteDetail)
        try container.encode(samples, forKey: .samples)
        try container.encode(subjects, forKey: .subjects)
        try container.encode(depth, forKey: .depth)
        try container.encode(platform, forKey: .platform)
        try container.encode(taxonomy, forKey: .taxonomy)
        try container.encode(builtFrom, forKey: .builtFrom)
    }
}

extension GutSkinReport.ScoreResult {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(section, forKey: .section)
        try container.encode(unit, forKey: .unit)
        try container.encode(value, forKey: .value)
        try container.encode(percentile, forKey: .percentile)
        try container.encode(band, forKey: .band)
        try container.encode(referenceP10, forKey: .referenceP10)
        try container.encode(referenceMedian, forKey: .referenceMedian)
        try container.encode(referenceP90, forKey: .referenceP90)
        try container.encode(explanation, forKey: .explanation)
        try container.encode(citations, forKey: .citations)
        try container.encode(note, forKey: .note)
    }
}
