import GutSkinAxis

/// The skin itself: how many bacteria live on it and where, and skin pH with washing. Each from a
/// source verified in ../shared/knowledge/evidence-for-answers.md.
extension Knowledge {
    static let skin: [KnowledgeStatement] = [
        KnowledgeStatement(
            id: "skin-bacteria-per-cm2", kind: .finding, topic: "skin",
            text:
                "How many bacteria live on skin varies enormously between people: on the foreheads of 48 adults, Propionibacterium (now Cutibacterium) ranged from fewer than 6 to 1,100,000 per square centimetre, and each person stayed rich or sparse for about a year; the often-quoted million per cm² is the top of that range.",
            grade: .low, citations: ["evans-1975"],
            keywords: "how many bacteria skin per square centimetre cm2 cm number count million microbes live on skin"),
        KnowledgeStatement(
            id: "skin-sites", kind: .finding, topic: "skin",
            text:
                "Which bacteria dominate depends on the part of the skin: Cutibacterium on oily sites such as the face and back, Corynebacterium and Staphylococcus on moist sites such as armpits and skin folds, while dry sites such as the forearm hold the most varied communities.",
            grade: .moderate, citations: ["grice-segre-2011"],
            keywords: "skin microbiome sites oily moist dry face armpit where which bacteria live on skin"),
        KnowledgeStatement(
            id: "skin-ph-eczema-children", kind: .finding, topic: "skin",
            text:
                "In 377 schoolchildren, skin surface pH was higher in the 45 with eczema and rose with skin dryness.",
            grade: .low, citations: ["eberlein-konig-2000"],
            keywords: "skin ph eczema atopic dermatitis children dry dryness acidic alkaline"),
        KnowledgeStatement(
            id: "skin-ph-soap", kind: .finding, topic: "skin",
            text:
                "Washing with an alkaline soap (pH 9.5) raised infants' skin pH more than water or pH-5.5 cleansers did, and removed more skin fat, in a small randomised study of 40 infants; in a survey of 90 children's soaps, pH ranged from about 4.4 to over 11 and only 2 labels stated it.",
            grade: .low, citations: ["gfatter-1997", "mendes-2016"],
            keywords: "soap cleanser wash washing shower body wash syndet alkaline acidic skin ph label"),
    ]
}
