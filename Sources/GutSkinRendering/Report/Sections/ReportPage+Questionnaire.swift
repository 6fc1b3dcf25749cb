import GutSkinAxis

extension ReportPage {
    /// Answers beside a section of scores ("What you told us"), with the literature on each;
    /// empty when there are none to show there.
    static func answers(_ answers: [QuestionnaireResult.Answer], _ context: Context) -> String {
        guard !answers.isEmpty else { return "" }
        var html = "<div class=\"answers\"><h4>What you told us</h4><ul>"
        for answer in answers {
            html += "<li><strong>\(HTMLText.escape(answer.question)):</strong> \(HTMLText.escape(answer.answer))"
            for note in answer.literature {
                html += "<br><span class=\"note\">\(literatureNote(note, context))</span>"
            }
            html += "</li>"
        }
        return html + "</ul></div>"
    }

    /// Every answer in a table, with the associations the literature reports for it.
    static func questionnaireSection(_ questionnaire: QuestionnaireResult?, _ context: Context) -> String {
        var html = "<section id=\"questionnaire\"><h2>Your answers and what the literature says</h2>"
        if let questionnaire, !questionnaire.answers.isEmpty {
            html += "<div class=\"table-scroll\"><table><thead><tr><th>Question</th><th>Your answer</th>"
            html += "<th>Associations reported in the literature</th></tr></thead><tbody>"
            for answer in questionnaire.answers { html += answerRow(answer, context) }
            html += "</tbody></table></div><p class=\"note\">Associations describe groups of people in studies; "
            html += "they do not say what causes what for you.</p>"
        } else {
            html += "<p class=\"muted\">No questionnaire was given.</p>"
        }
        return html + "</section>\n"
    }

    static func answerRow(_ answer: QuestionnaireResult.Answer, _ context: Context) -> String {
        let notes = answer.literature.map { "<p class=\"literature\">\(literatureNote($0, context))</p>" }
        let literature = notes.isEmpty ? "<span class=\"muted\">–</span>" : notes.joined()
        return "<tr><td>\(HTMLText.escape(answer.question))</td><td>\(HTMLText.escape(answer.answer))</td>"
            + "<td>\(literature)</td></tr>"
    }
}
