/// What a person reports about diet, products and skin, read from a small JSON object or a
/// two-column TSV (`question<TAB>answer`) with these keys (all optional):
///
/// | key | answer |
/// |---|---|
/// | `plant_types_per_week` | whole number: different plants eaten in a week (vegetables, fruit, grains, legumes, nuts, herbs) |
/// | `fibre_grams_per_day` | number: estimated dietary fibre, grams per day |
/// | `dairy` | `never`, `rarely`, `weekly`, `several_per_week`, `daily` |
/// | `sugary_foods` | same scale as `dairy` |
/// | `probiotics` | `none`, `past`, `current` |
/// | `antibiotics_last_6_months` | `yes` or `no` |
/// | `skin_conditions` | list (JSON array, or comma-separated in TSV) of `acne`, `atopic_dermatitis`, `rosacea`, `psoriasis`, `none` |
/// | `skin_ph` | list of skin-surface pH readings (3–9) |
///
/// Answers are shown beside the scores they relate to with what the literature associates with
/// them — never as a diagnosis or a recommendation.
public struct Questionnaire: Sendable, Equatable, Codable {
    public enum Frequency: String, Sendable, Codable, CaseIterable {
        case never, rarely, weekly
        case severalPerWeek = "several_per_week"
        case daily
        public var words: String {
            switch self {
            case .never: "never"
            case .rarely: "rarely (less than weekly)"
            case .weekly: "about once a week"
            case .severalPerWeek: "several times a week"
            case .daily: "daily"
            }
        }
    }

    public enum ProbioticUse: String, Sendable, Codable, CaseIterable { case none, past, current }

    public enum SkinCondition: String, Sendable, Codable, CaseIterable {
        case acne
        case atopicDermatitis = "atopic_dermatitis"
        case rosacea, psoriasis, none
        public var words: String {
            switch self {
            case .acne: "acne"
            case .atopicDermatitis: "atopic dermatitis (eczema)"
            case .rosacea: "rosacea"
            case .psoriasis: "psoriasis"
            case .none: "none"
            }
        }
    }

    public var plantTypesPerWeek: Int?
    public var fibreGramsPerDay: Double?
    public var dairy: Frequency?
    public var sugaryFoods: Frequency?
    public var probiotics: ProbioticUse?
    public var antibioticsLast6Months: Bool?
    public var skinConditions: [SkinCondition]?
    public var skinPh: [Double]?

    public init() {}

    /// The keys a questionnaire may hold, for error messages.
    public static let keys = [
        "plant_types_per_week", "fibre_grams_per_day", "dairy", "sugary_foods", "probiotics",
        "antibiotics_last_6_months", "skin_conditions", "skin_ph",
    ]
}
