import GutSkinAxis

/// Intestinal permeability ("leaky gut"), serotonin's gut origin: what was measured, and what the
/// tests sold for it measure. Each from a source verified in ../shared/knowledge/evidence-for-answers.md.
extension Knowledge {
    static let permeability: [KnowledgeStatement] = [
        KnowledgeStatement(
            id: "permeability-eczema", kind: .finding, topic: "permeability",
            text:
                "Whether the gut is more permeable (\"leaky gut\") in eczema is not established: a sugar-absorption test found higher permeability in 26 children with eczema than in 29 without, while another found it normal in most of 62 patients with eczema and 29 with psoriasis, unrelated to how active the skin disease was.",
            grade: .veryLow, citations: ["pike-1986", "hamilton-1985"],
            keywords: "leaky gut intestinal permeability permeable lining barrier eczema psoriasis"),
        KnowledgeStatement(
            id: "permeability-zonulin-tests", kind: .finding, topic: "permeability",
            text:
                "Commercial \"zonulin\" blood tests, sold as leaky-gut tests, did not detect zonulin in two laboratory studies: the kits picked up other proteins (such as complement C3 and properdin) instead, so a result from such a kit says little about the gut barrier.",
            grade: .moderate, citations: ["scheffler-2018", "ajamian-2019"],
            keywords: "zonulin leaky gut test kit blood marker permeability barrier"),
        KnowledgeStatement(
            id: "serotonin-gut-origin", kind: .finding, topic: "serotonin",
            text:
                "Most of the body's serotonin, roughly 95%, is released in the gut by cells of the gut lining rather than made in the brain.",
            grade: .moderate, citations: ["berger-2009"],
            keywords: "serotonin happy hormone gut made produced brain mood 5-ht"),
        KnowledgeStatement(
            id: "serotonin-bacteria-mice", kind: .finding, topic: "serotonin",
            text:
                "In mice, spore-forming gut bacteria from mouse and human stool raised how much serotonin the colon's cells made, affecting gut movement and blood platelets. No study in people has linked serotonin made under bacterial influence to a skin condition.",
            grade: .mechanisticOnly, citations: ["yano-2015"],
            keywords: "serotonin gut bacteria microbes mice mood skin brain"),
    ]
}
