import GutSkinAxis

/// The evidence pieces both pages show: a grade label, and a statement with its grade and
/// sources for pages without a numbered source list (the cohort page).
enum EvidenceHTML {
    /// The evidence grade as a small label ("evidence: low"); its meaning is in the label's title.
    static func gradeLabel(_ grade: EvidenceGrade) -> String {
        "<span class=\"grade grade-\(grade.rawValue)\" title=\"\(HTMLText.escape(grade.meaning))\">evidence: \(grade.words)</span>"
    }

    /// A source named inline: author–year, linked to its DOI when it has one.
    static func source(_ key: String) -> String {
        guard let citation = Bibliography.citation(key) else { return "" }
        let name = citation.parts.map { "\($0.authors) \($0.year)" } ?? shortName(citation.reference)
        let text = HTMLText.escape(name)
        return citation.link.map { "<a href=\"\($0)\">\(text)</a>" } ?? text
    }

    /// "Deng Y, Wang H, Zhou J, et al. 2018" from a reference "authors. title. source (year).".
    static func shortName(_ reference: String) -> String {
        let authors = reference.components(separatedBy: ". ").first ?? reference
        guard let year = reference.range(of: #"\(\d{4}\)\.$"#, options: .regularExpression) else { return reference }
        return "\(authors). \(reference[year].dropFirst().prefix(4))"
    }

    /// One statement with its grade and inline sources (main, further, contrary), for the cohort page.
    static func statementItem(_ association: LiteratureAssociation) -> String {
        let sources = association.citations.map(source).filter { !$0.isEmpty }.joined(separator: "; ")
        return "<li>\(HTMLText.escape(association.statement)) \(gradeLabel(association.grade)) "
            + "<span class=\"note\">(\(HTMLText.escape(association.strength)); \(sources))</span></li>"
    }
}
