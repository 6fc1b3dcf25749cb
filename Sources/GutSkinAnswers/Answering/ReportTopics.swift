import GutSkinAxis

/// Which of the report's numbers a question is about: report scores by the words people use for
/// them ("diversity" → observed features, Shannon, Faith's PD), and the site ("skin" or "gut").
enum ReportTopics {
    /// A score or report value a question can name.
    enum Topic: Hashable, Sendable {
        case score(ScoreKind)
        case skinPH, breathTest, gmhi
    }

    /// Words (after spelling correction and synonyms) → topics, in the order they are answered.
    static let aliases: [(words: [String], topics: [Topic])] = [
        (
            ["diversity", "richness", "shannon", "observed", "faith"],
            [.score(.observedFeatures), .score(.shannonEntropy), .score(.faithPD)]
        ),
        (["dominance", "dominant", "dominates", "berger"], [.score(.bergerParkerDominance)]),
        (["dysbiosis", "dysbiotic"], [.score(.dysbiosisScore), .score(.microbialDysbiosisIndex)]),
        (["butyrate"], [.score(.butyrateProducers)]),
        (["propionate"], [.score(.propionateProducers)]),
        (["acetate"], [.score(.acetateProducers)]),
        (["gaba"], [.score(.gabaProducers)]),
        (["tryptophan", "indole"], [.score(.tryptophanIndole)]),
        (["linoleic"], [.score(.linoleicAcidMetabolisers)]),
        (["proteobacteria"], [.score(.proteobacteria)]),
        (["enterobacteriaceae", "lps"], [.score(.enterobacteriaceae), .score(.proteobacteria)]),
        (["mucin", "akkermansia"], [.score(.mucinDegraders)]),
        (["staphylococcus"], [.score(.staphylococcus)]),
        (["cutibacterium"], [.score(.cutibacterium)]),
        (["corynebacterium"], [.score(.corynebacterium)]),
        (["atypicality", "atypical", "unusual"], [.score(.skinAtypicality)]),
        (["ph"], [.skinPH]),
        (["breath", "sibo", "hydrogen", "methane"], [.breathTest]),
        (["gmhi"], [.gmhi]),
    ]

    /// The topics named by these words, in alias order, without repeats.
    static func topics(in words: [String]) -> [Topic] {
        let present = Set(words)
        var found: [Topic] = []
        for alias in aliases where alias.words.contains(where: present.contains) {
            for topic in alias.topics where !found.contains(topic) { found.append(topic) }
        }
        return found
    }

    /// The site a question names ("skin" unless it also names the gut), or nil.
    static func site(in words: [String]) -> BodySite? {
        let present = Set(words)
        if present.contains("skin") && !present.contains("gut") { return .skin }
        if present.contains("gut") || present.contains("stool") { return .gut }
        return nil
    }

    /// Whether the question asks about the person's own numbers ("my", "mine", "i").
    static func isPersonal(_ words: [String]) -> Bool {
        words.contains { ["my", "mine", "me", "i", "im", "ive"].contains($0) }
    }
}
