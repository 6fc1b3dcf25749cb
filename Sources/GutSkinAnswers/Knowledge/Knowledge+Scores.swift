import GutSkinAxis

/// What each report score counts, drawn from `ScoreKind` and the trait table (the report's own
/// words and sources), plus the scores the report gives outside `ScoreKind`: GMHI, skin pH and
/// the breath test.
extension Knowledge {
    static let scoreDefinitions: [KnowledgeStatement] = ScoreKind.allCases.map(definition) + otherScores

    /// "Butyrate producers: share of reads from genera that make butyrate …; counted genera: …".
    static func definition(of kind: ScoreKind) -> KnowledgeStatement {
        var text = "\(kind.title): \(kind.explanation)"
        var citations = kind.citations
        if let trait = kind.trait {
            let genera = TraitTable.standard.genera(for: trait)
            text += " gutskin counts these genera (its trait table): \(genera.joined(separator: ", "))."
            for key in TraitTable.standard.citations(for: trait) where !citations.contains(key) { citations.append(key) }
        }
        let words = [kind.rawValue.replacingOccurrences(of: "_", with: " "), kind.section.rawValue, scoreWords[kind] ?? ""]
        return KnowledgeStatement(
            id: "score-\(kind.rawValue)", kind: .definition, topic: "scores", text: text, grade: nil, citations: citations,
            keywords: words.joined(separator: " "), score: kind.rawValue)
    }

    /// Words people use for a score ("richness", "variety", "oily skin").
    static let scoreWords: [ScoreKind: String] = [
        .observedFeatures: "alpha diversity richness how many types species number variety",
        .shannonEntropy: "diversity shannon evenness variety",
        .faithPD: "diversity phylogenetic tree faith",
        .bergerParkerDominance: "dominance one bacterium dominates",
        .dysbiosisScore: "dysbiosis imbalance unbalanced dysbiotic",
        .microbialDysbiosisIndex: "dysbiosis index crohn imbalance",
        .butyrateProducers: "butyrate scfa short chain fatty acid",
        .propionateProducers: "propionate scfa short chain fatty acid",
        .acetateProducers: "acetate scfa short chain fatty acid",
        .gabaProducers: "gaba",
        .tryptophanIndole: "tryptophan indole serotonin",
        .linoleicAcidMetabolisers: "linoleic acid cla conjugated",
        .proteobacteria: "proteobacteria lps inflammation",
        .enterobacteriaceae: "enterobacteriaceae lps escherichia e coli klebsiella inflammation",
        .mucinDegraders: "mucin akkermansia mucus",
        .staphylococcus: "staphylococcus staph aureus skin eczema",
        .cutibacterium: "cutibacterium propionibacterium acnes skin oily",
        .corynebacterium: "corynebacterium skin",
        .skinAtypicality: "skin atypical unusual distance typical skin",
    ]

    static let otherScores: [KnowledgeStatement] = [
        KnowledgeStatement(
            id: "score-gmhi", kind: .definition, topic: "scores",
            text:
                "The Gut Microbiome Health Index (GMHI) compares 7 species found more often in healthy people with 43 found less often, from a MetaPhlAn species profile; above 0 leans to the healthy group, below 0 away from it. It is computed only for MetaPhlAn profiles, not for 16S tables.",
            grade: nil, citations: ["gupta-2020"], keywords: "gmhi gut microbiome health index metaphlan species", score: "gmhi"),
        KnowledgeStatement(
            id: "score-skin_ph", kind: .definition, topic: "scores",
            text:
                "Skin pH in the report is the mean of your readings, placed against the quoted healthy range of 4.0–5.5; natural forearm skin averaged about 4.7 in one industry-laboratory study.",
            grade: nil, citations: ["prakash-2017", "lambers-2006"], keywords: "skin ph acidic reading acid mantle", score: "skin_ph"),
        KnowledgeStatement(
            id: "score-breath_test", kind: .definition, topic: "scores",
            text:
                "The breath test is read by the North American Consensus: positive for hydrogen when hydrogen rises at least 20 ppm above the first reading by 90 minutes, positive for methane when methane reaches 10 ppm at any point. An expert consensus, and a breath test is not a diagnosis on its own.",
            grade: nil, citations: ["rezaie-2017"], keywords: "breath test hydrogen methane sibo ppm positive", score: "breath_test"),
    ]
}
