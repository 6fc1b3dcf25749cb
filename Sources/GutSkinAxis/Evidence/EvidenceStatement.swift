/// One statement gutskin shows a person, as data: a literature association or a trait-table row,
/// with its grade, sources and strongest contrary result. The report, the cohort page and answers
/// to people's questions draw on the same statements (`EvidenceStatements.all`).
public struct EvidenceStatement: Sendable, Hashable, Codable, Identifiable {
    /// Where the statement comes from.
    public enum Kind: String, Sendable, Codable {
        /// A finding from the literature (`LiteratureAssociation.standard`).
        case literature
        /// A trait-table row: a genus counted in a trait score (`TraitTable.standard`).
        case trait
    }

    /// Stable identifier: the association's id, or `trait-<trait>-<genus>` for a trait row.
    public let id: String
    public let kind: Kind
    /// The association's topic or the trait's identifier (`dairy`, `butyrate`), for indexing.
    public let topic: String
    /// The sentence a person reads, with its limits and contrary result.
    public let text: String
    public let grade: EvidenceGrade
    /// Keys into `Bibliography`: the main source first.
    public let citations: [String]
    public let contrary: ContraryEvidence?

    public init(
        id: String, kind: Kind, topic: String, text: String, grade: EvidenceGrade, citations: [String], contrary: ContraryEvidence?
    ) {
        self.id = id
        self.kind = kind
        self.topic = topic
        self.text = text
        self.grade = grade
        self.citations = citations
        self.contrary = contrary
    }
}
