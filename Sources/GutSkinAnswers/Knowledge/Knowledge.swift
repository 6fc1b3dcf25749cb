import GutSkinAxis

/// The statements answers are drawn from: the graded findings and trait rows of
/// `EvidenceStatements.all` (one source of truth, shared with the report), a definition of every
/// report score, and the topic files in this folder (report terms, the gut–skin axis, what a stool
/// sample can tell, the skin, diet and hives, probiotics, permeability and serotonin).
public struct Knowledge: Sendable {
    public let statements: [KnowledgeStatement]
    private let byID: [String: KnowledgeStatement]

    public init(statements: [KnowledgeStatement]) {
        self.statements = statements
        byID = Dictionary(statements.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The statement with this id, or nil.
    public func statement(_ id: String) -> KnowledgeStatement? { byID[id] }

    /// gutskin's knowledge: evidence statements, score definitions, then the topic files.
    public static let standard = Knowledge(
        statements: evidence(EvidenceStatements.all) + scoreDefinitions + terms + axis + stool + stoolFindings + skin + diet
            + probiotics + permeability)

    /// The shared evidence statements, with the words people use for their topics indexed beside them.
    static func evidence(_ statements: [EvidenceStatement]) -> [KnowledgeStatement] {
        statements.map { statement in
            KnowledgeStatement(
                id: statement.id, kind: statement.kind == .trait ? .trait : .finding, topic: statement.topic,
                text: statement.text, grade: statement.grade, citations: statement.citations,
                keywords: topicWords[statement.topic] ?? statement.topic.replacingOccurrences(of: "_", with: " "))
        }
    }

    /// Words people use for each evidence topic (indexed beside the statement, never shown).
    static let topicWords: [String: String] = [
        "plant_variety": "plants vegetables fruit variety diet eat food",
        "fibre": "fibre fiber diet food eat wholegrain",
        "dairy": "dairy milk cheese yogurt diet food",
        "sugar": "sugar sweets chocolate glycaemic glycemic carbs diet food",
        "probiotics": "probiotics probiotic supplement lactobacillus bifidobacterium eczema atopic dermatitis skin",
        "acne": "acne gut",
        "atopic_dermatitis": "atopic dermatitis eczema",
        "psoriasis": "psoriasis gut",
        "rosacea": "rosacea sibo breath",
        "skin_ph": "skin ph acidic acid mantle",
        "skin_microbiome": "skin microbiome bacteria",
        "short_chain_fatty_acids": "short chain fatty acid scfa butyrate fibre why important matter",
        "butyrate": "butyrate producers scfa short chain fatty acid",
        "propionate": "propionate producers scfa short chain fatty acid",
        "acetate": "acetate producers scfa short chain fatty acid",
        "gaba": "gaba producers",
        "tryptophan_indole": "tryptophan indole serotonin",
        "cla": "linoleic acid cla conjugated",
        "lps": "lps lipopolysaccharide endotoxin inflammation",
        "mucin_degradation": "mucin mucus akkermansia",
    ]
}
