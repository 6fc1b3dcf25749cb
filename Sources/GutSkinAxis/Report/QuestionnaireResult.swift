/// The questionnaire's answers as the report shows them: each in plain words, beside the report
/// section it relates to, with what the literature associates with it and how strong that
/// evidence is.
public struct QuestionnaireResult: Sendable, Codable {
    public var answers: [Answer]

    public struct Answer: Sendable, Codable {
        public var question: String
        public var answer: String
        /// The report section the answer is shown beside.
        public var relatesTo: ScoreKind.Section
        public var literature: [AssociationNote]
    }

    /// One association from the literature, worded as such, with its evidence grade and the
    /// strongest contrary result (`contrary` is written as null when there is none).
    public struct AssociationNote: Sendable, Codable, Equatable {
        /// The association's id in `LiteratureAssociation.standard` / `EvidenceStatements.all`.
        public var id: String
        public var statement: String
        public var strength: String
        public var evidenceGrade: EvidenceGrade
        public var citation: String
        /// Other sources the statement names.
        public var furtherCitations: [String]
        public var contrary: ContraryEvidence?

        public init(_ association: LiteratureAssociation) {
            id = association.id
            statement = association.statement
            strength = association.strength
            evidenceGrade = association.grade
            citation = association.citation
            furtherCitations = association.furtherCitations
            contrary = association.contrary
        }

        /// Every source the note names: the main one, the further ones, the contrary one.
        public var citations: [String] {
            var keys = [citation]
            for key in furtherCitations + [contrary?.citation].compactMap({ $0 }) where !keys.contains(key) { keys.append(key) }
            return keys
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(statement, forKey: .statement)
            try container.encode(strength, forKey: .strength)
            try container.encode(evidenceGrade, forKey: .evidenceGrade)
            try container.encode(citation, forKey: .citation)
            try container.encode(furtherCitations, forKey: .furtherCitations)
            try container.encode(contrary, forKey: .contrary)
        }
    }

    /// The answers given, each with the literature associations of its topic.
    public init(_ questionnaire: Questionnaire, associations: [LiteratureAssociation] = LiteratureAssociation.standard) {
        func notes(_ topic: LiteratureAssociation.Topic) -> [AssociationNote] {
            associations.filter { $0.topic == topic }.map(AssociationNote.init)
        }
        var answers = [Answer]()
        func add(_ question: String, _ answer: String, _ section: ScoreKind.Section, _ topics: [LiteratureAssociation.Topic]) {
            answers.append(Answer(question: question, answer: answer, relatesTo: section, literature: topics.flatMap(notes)))
        }
        if let plants = questionnaire.plantTypesPerWeek {
            add("Different plants eaten per week", "\(plants)", .diversity, [.plantVariety])
        }
        if let fibre = questionnaire.fibreGramsPerDay {
            add("Dietary fibre", "\(HTMLText.number(fibre, decimals: 0)) g a day", .metabolism, [.fibre])
        }
        if let antibiotics = questionnaire.antibioticsLast6Months {
            add("Antibiotics in the last 6 months", antibiotics ? "yes" : "no", .diversity, [])
        }
        if let probiotics = questionnaire.probiotics {
            let words = ["none": "no", "past": "in the past", "current": "currently"][probiotics.rawValue]!
            add("Probiotics", words, .skin, [.probiotics])
        }
        if let dairy = questionnaire.dairy { add("Dairy", dairy.words, .skin, [.dairy]) }
        if let sugar = questionnaire.sugaryFoods { add("Sugary or high-glycaemic foods", sugar.words, .skin, [.sugar]) }
        if let conditions = questionnaire.skinConditions, !conditions.isEmpty {
            let topics: [LiteratureAssociation.Topic] = conditions.compactMap {
                switch $0 {
                case .acne: .acne
                case .atopicDermatitis: .atopicDermatitis
                case .rosacea: .rosacea
                case .psoriasis: .psoriasis
                case .none: nil
                }
            }
            add("Known skin conditions", conditions.map(\.words).joined(separator: ", "), .skin, topics)
        }
        self.answers = answers
    }
}
