/// A short plain-words finding from the literature that a report shows beside a questionnaire
/// answer or a score. It states an association, never a diagnosis, a product or a drug; it names
/// its evidence grade, and where the evidence is mixed or null the same sentence says so.
public struct LiteratureAssociation: Sendable, Hashable, Codable, Identifiable {
    /// What the finding is about, so a report can pick the ones that match an answer or a score.
    public enum Topic: String, CaseIterable, Sendable, Codable {
        case plantVariety = "plant_variety"
        case fibre
        case dairy
        case sugar
        case probiotics
        case acne
        case atopicDermatitis = "atopic_dermatitis"
        case psoriasis
        case rosacea
        case skinPH = "skin_ph"
        case skinMicrobiome = "skin_microbiome"
        case shortChainFattyAcids = "short_chain_fatty_acids"

        /// The skin condition a cohort's condition name stands for ("Eczema", "atopic_dermatitis",
        /// "Acne vulgaris"), or nil when it names none gutskin has statements for.
        public init?(condition name: String) {
            let words = name.lowercased().replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "-", with: " ")
            if words.contains("acne") {
                self = .acne
            } else if words.contains("eczema") || words.contains("atopic") {
                self = .atopicDermatitis
            } else if words.contains("psoria") {
                self = .psoriasis
            } else if words.contains("rosacea") {
                self = .rosacea
            } else {
                return nil
            }
        }
    }

    /// Short stable identifier (`dairy-acne`).
    public let id: String
    public let topic: Topic
    /// The finding, worded as an association ("… was associated with …"), with its limits and the
    /// strongest contrary result in the same sentence ("…, but a study of 20,416 adults found no link").
    public let statement: String
    /// The design and size of the evidence in plain words ("meta-analysis of 14 observational studies; 78,529 people").
    public let strength: String
    /// How strong the evidence is (docs/evidence.md).
    public let grade: EvidenceGrade
    /// Key into `Bibliography`: the main source.
    public let citation: String
    /// Other sources the statement names (e.g. a second meta-analysis), keys into `Bibliography`.
    public let furtherCitations: [String]
    /// The strongest contrary or null result, when one exists.
    public let contrary: ContraryEvidence?

    public init(
        id: String, topic: Topic, statement: String, strength: String, grade: EvidenceGrade, citation: String,
        furtherCitations: [String] = [], contrary: ContraryEvidence? = nil
    ) {
        self.id = id
        self.topic = topic
        self.statement = statement
        self.strength = strength
        self.grade = grade
        self.citation = citation
        self.furtherCitations = furtherCitations
        self.contrary = contrary
    }

    /// Every source the statement rests on or names: the main one, the further ones, the contrary one.
    public var citations: [String] {
        var keys = [citation]
        for key in furtherCitations + [contrary?.citation].compactMap({ $0 }) where !keys.contains(key) { keys.append(key) }
        return keys
    }

    /// The association with this identifier among the standard ones, or nil.
    public static func standard(_ id: String) -> LiteratureAssociation? {
        standard.first { $0.id == id }
    }
}
