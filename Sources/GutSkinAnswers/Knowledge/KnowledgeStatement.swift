import GutSkinAxis

/// One short cited statement an answer may quote: a finding from `EvidenceStatements.all`, a
/// definition of a report score, or a plain-words explanation of a report term. Every citation
/// key is a `Bibliography` key (a test fails otherwise).
public struct KnowledgeStatement: Sendable, Hashable, Codable, Identifiable {
    /// What the statement is, which decides whether it carries an evidence grade.
    public enum Kind: String, Sendable, Codable {
        /// A finding from the literature (graded).
        case finding
        /// A trait-table row: a genus counted in a trait score (graded: that the genus has the trait).
        case trait
        /// What a report score or term counts, as gutskin computes it: a method, not a finding, so ungraded.
        case definition
    }

    /// Stable identifier (`dairy-acne`, `score-butyrate_producers`, `term-dysbiosis`).
    public let id: String
    public let kind: Kind
    /// The topic file the statement belongs to (`scores`, `terms`, `diet`, `probiotics`, …).
    public let topic: String
    /// The statement as a person reads it.
    public let text: String
    /// How strong the evidence is; nil for a definition.
    public let grade: EvidenceGrade?
    /// Keys into `Bibliography`: the main source first.
    public let citations: [String]
    /// Extra words people use for this statement (indexed, never shown): "eczema itch", "pimples".
    public let keywords: String
    /// The report score the statement explains, when it explains one (`butyrate_producers`).
    public let score: String?

    public init(
        id: String, kind: Kind, topic: String, text: String, grade: EvidenceGrade?, citations: [String],
        keywords: String = "", score: String? = nil
    ) {
        self.id = id
        self.kind = kind
        self.topic = topic
        self.text = text
        self.grade = grade
        self.citations = citations
        self.keywords = keywords
        self.score = score
    }

    /// The grade in plain words, or "definition" for an ungraded statement.
    public var gradeWords: String { grade.map { "evidence: \($0.words)" } ?? "definition" }
}
