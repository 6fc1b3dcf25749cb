import GutSkinAxis

extension ReportPage {
    /// What the page's sections share: the number of each cited source, and which sections
    /// already show the questionnaire answers that relate to them (each answer is shown once).
    struct Context {
        let report: GutSkinReport
        private var sourceNumber = [String: Int]()
        private var sectionsWithAnswers = Set<ScoreKind.Section>()

        init(report: GutSkinReport) {
            self.report = report
            for (index, citation) in report.citations.enumerated() { sourceNumber[citation.key] = index + 1 }
        }

        /// Superscript links to the sources with these keys, numbered as in the sources list;
        /// empty when none of the keys is cited.
        func cite(_ keys: [String]) -> String {
            let links = keys.compactMap { key in sourceNumber[key].map { "<a href=\"#source-\(key)\">\($0)</a>" } }
            return links.isEmpty ? "" : "<sup>[\(links.joined(separator: ", "))]</sup>"
        }

        /// The answers that relate to `section`, the first time it is asked for a section that
        /// has any; empty after that, so each answer appears beside the first section it relates to.
        mutating func answersNotYetShown(for section: ScoreKind.Section) -> [QuestionnaireResult.Answer] {
            let related = report.questionnaire?.answers.filter { $0.relatesTo == section } ?? []
            guard !related.isEmpty, sectionsWithAnswers.insert(section).inserted else { return [] }
            return related
        }
    }
}
