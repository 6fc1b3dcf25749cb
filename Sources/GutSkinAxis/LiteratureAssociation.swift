/// A short plain-words finding from the literature that a report shows beside a questionnaire
/// answer or a score. It states an association, never a diagnosis, a product or a drug.
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
    }

    /// Short stable identifier (`dairy-acne`).
    public let id: String
    public let topic: Topic
    /// The finding, worded as an association ("… was associated with …").
    public let statement: String
    /// The design and size of the evidence in plain words ("meta-analysis of 14 observational studies; 78,529 people").
    public let strength: String
    /// Key into `Bibliography`.
    public let citation: String

    public init(id: String, topic: Topic, statement: String, strength: String, citation: String) {
        self.id = id
        self.topic = topic
        self.statement = statement
        self.strength = strength
        self.citation = citation
    }
}
