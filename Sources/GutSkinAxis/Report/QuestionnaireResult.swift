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

    /// One association from the literature, worded as such.
    public struct AssociationNote: Sendable, Codable, Equatable {
        public var statement: String
        public var strength: String
        public var citation: String

        public init(statement: String, strength: String, citation: String) {
            self.statement = statement
            self.strength = strength
            self.citation = citation
        }
    }

    /// The answers given, each with the literature associations of its topic.
    public init(_ questionnaire: Questionnaire, associations: [LiteratureAssociation] = LiteratureAssociation.standard) {
        func notes(_ topic: LiteratureAssociation.Topic) -> [AssociationNote] {
            associations.filter { $0.topic == topic }.map { AssociationNote(statement: $0.statement, strength: $0.strength, citation: $0.citation) }
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
