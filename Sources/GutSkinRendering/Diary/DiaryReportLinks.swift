import Foundation
import GutSkinDiary

/// Which diary tags belong beside which parts of a person's report: foods linked with acne in the
/// literature beside the acne-related notes, fibre, fermented foods and probiotics beside the
/// butyrate and short-chain fatty acid scores, skin products beside the skin pH and barrier notes.
/// Data, not claims: it only says where a diary association is shown, never that one causes another.
public enum DiaryReportLinks {
    /// A part of the report and the diary tags shown beside it.
    public struct Section: Sendable, Equatable {
        /// Stable id (for tests and JSON).
        public let id: String
        public let title: String
        /// What the part of the report is called, and its anchor in the report page (ReportPage).
        public let reportPart: String
        public let anchor: String
        public let tags: [String]
    }

    public static let sections: [Section] = [
        Section(
            id: "acne", title: "Foods and acne-related notes", reportPart: "your answers and the acne-related notes",
            anchor: "questionnaire", tags: ["dairy", "sugary foods", "refined carbohydrates"]),
        Section(
            id: "short-chain-fatty-acids", title: "Fibre, fermented foods and the butyrate and SCFA scores",
            reportPart: "the butyrate and short-chain fatty acid producer scores", anchor: "score-gut-butyrate_producers",
            tags: ["high-fibre foods", "fermented foods", "probiotic"]),
        Section(
            id: "skin-barrier", title: "Skin products and the skin pH and barrier notes",
            reportPart: "the skin section (skin pH and barrier)",
            anchor: "skin", tags: ["fragranced product", "new cleanser or moisturiser"]),
    ]

    /// Candidates shown per section at most.
    public static let perSection = 4

    /// The tags an exposure stands for, normalised: its names (merged exposures are written "a / b")
    /// and, for an item, the tags the vocabulary gives it.
    /// Tag names as the vocabulary keeps them (lower case, letters and digits, single spaces:
    /// "high-fibre foods" is kept as "high fibre foods").
    public static func normalised(_ tag: String) -> String {
        tag.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }).joined(separator: " ")
    }

    public static func tags(of candidate: DiaryAnalysisResult.Candidate, vocabulary: TagVocabulary = .standard) -> Set<String> {
        var tags = Set(candidate.exposure.split(separator: "/").map { normalised(String($0)) })
        if candidate.source == "item" { tags.formUnion(vocabulary.tags(of: candidate.exposure).map(normalised)) }
        return tags
    }

    /// Per section, its tested candidates (best q first, then larger effect; at most `perSection`);
    /// sections with none are left out. Too-few comparisons are not shown beside a report.
    public static func candidates(
        _ all: [DiaryAnalysisResult.Candidate], vocabulary: TagVocabulary = .standard
    ) -> [(section: Section, candidates: [DiaryAnalysisResult.Candidate])] {
        sections.compactMap { section in
            let wanted = Set(section.tags.map(normalised))
            let matching = all.filter { !$0.tooFew && $0.pValue != nil && !tags(of: $0, vocabulary: vocabulary).isDisjoint(with: wanted) }
            let sorted = matching.sorted { ($0.qValue ?? 1, -abs($0.effect)) < ($1.qValue ?? 1, -abs($1.effect)) }
            return sorted.isEmpty ? nil : (section, Array(sorted.prefix(perSection)))
        }
    }
}
