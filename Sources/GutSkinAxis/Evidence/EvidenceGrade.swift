/// How strong the evidence behind a statement is, graded by gutskin from the designs of the
/// studies it rests on (docs/evidence.md says how; a Cochrane or GRADE rating is followed where one
/// exists). Strongest first; gutskin has no "high" grade because none of its statements earns one.
public enum EvidenceGrade: String, CaseIterable, Sendable, Codable, Comparable {
    /// Meta-analyses of randomised trials, or large and consistent data.
    case moderate
    /// Meta-analyses of observational studies, single randomised trials of modest size, cross-sectional cohorts.
    case low
    /// Small, unblinded, uncontrolled or single-centre studies, or a statement resting on secondary sources.
    case veryLow = "very_low"
    /// Animal, cell-culture or laboratory work only: shown in mice, cells or cultured bacteria, not in people.
    case mechanisticOnly = "mechanistic_only"
    /// An idea that has not been tested.
    case hypothesis

    /// The grade in plain words, as the page shows it ("very low").
    public var words: String {
        switch self {
        case .moderate: "moderate"
        case .low: "low"
        case .veryLow: "very low"
        case .mechanisticOnly: "mechanistic only"
        case .hypothesis: "hypothesis"
        }
    }

    /// What the grade means for a reader, in one sentence.
    public var meaning: String {
        switch self {
        case .moderate: "Reasonably consistent evidence from many studies or randomised trials; further research could still change it."
        case .low: "Observational studies or a few modest trials; further research is likely to change it."
        case .veryLow: "Small, unblinded or single-centre studies, or secondary sources only; very uncertain."
        case .mechanisticOnly: "Shown in the laboratory (cells, cultured bacteria or animals), not in people."
        case .hypothesis: "An idea that has not been tested."
        }
    }

    /// Strongest first: `.moderate < .low` reads "moderate comes before low".
    public static func < (lhs: EvidenceGrade, rhs: EvidenceGrade) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
