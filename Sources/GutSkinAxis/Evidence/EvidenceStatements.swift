/// Every statement gutskin may show a person, in one list with stable ids: the literature
/// associations, then the trait-table rows. One source of truth for the report, the cohort page
/// and a question-answering index; the banned-words test runs over all of them.
public enum EvidenceStatements {
    /// The literature associations, then the trait-table rows, in table order.
    public static let all: [EvidenceStatement] = statements(
        associations: LiteratureAssociation.standard, traits: TraitTable.standard)

    /// The statement with this id, or nil.
    public static func statement(_ id: String) -> EvidenceStatement? {
        all.first { $0.id == id }
    }

    /// The statements of these associations and trait rows.
    public static func statements(associations: [LiteratureAssociation], traits: TraitTable) -> [EvidenceStatement] {
        let literature = associations.map {
            EvidenceStatement(
                id: $0.id, kind: .literature, topic: $0.topic.rawValue, text: $0.statement, grade: $0.grade,
                citations: $0.citations, contrary: $0.contrary)
        }
        let rows = traits.assignments.map {
            EvidenceStatement(
                id: "trait-\($0.trait.rawValue)-\($0.genus.lowercased())", kind: .trait, topic: $0.trait.rawValue,
                text: $0.statement, grade: $0.grade, citations: [$0.citation], contrary: nil)
        }
        return literature + rows
    }
}
