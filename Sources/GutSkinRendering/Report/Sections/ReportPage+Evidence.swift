import GutSkinAxis

extension ReportPage {
    /// The evidence grade as a small label beside a statement's sources ("evidence: low"); its
    /// meaning is in the label's title and in the about section.
    static func gradeLabel(_ grade: EvidenceGrade) -> String { EvidenceHTML.gradeLabel(grade) }

    /// One literature note: the statement (which already says its limits and contrary result in
    /// plain words), its grade beside its sources, the design, and the strongest contrary result
    /// with its own source.
    static func literatureNote(_ note: QuestionnaireResult.AssociationNote, _ context: Context) -> String {
        var html = "\(HTMLText.escape(note.statement)) \(gradeLabel(note.evidenceGrade))"
        html += context.cite([note.citation] + note.furtherCitations)
        html += " <span class=\"note\">(\(HTMLText.escape(note.strength)))</span>"
        if let contrary = note.contrary {
            html += "<br><span class=\"note contrary\">Strongest contrary result: \(HTMLText.escape(contrary.statement))"
            html += "\(context.cite([contrary.citation]))</span>"
        }
        return html
    }

    /// What the grades mean, for the about section.
    static func gradesItem() -> String {
        let grades = EvidenceGrade.allCases.map { "<strong>\($0.words)</strong>: \(HTMLText.escape($0.meaning))" }
        return "<li>Each statement from the literature shows how strong its evidence is (gutskin's grading of the "
            + "study designs; the strongest contrary result is given where one is known): "
            + grades.joined(separator: "; ") + "</li>"
    }
}
