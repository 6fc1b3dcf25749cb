import GutSkinAxis

/// Probiotics and skin conditions beyond eczema, with how strong (or weak) the trials are, and
/// where the idea came from. Each from a source verified in ../shared/knowledge/evidence-for-answers.md.
extension Knowledge {
    static let probiotics: [KnowledgeStatement] = [
        KnowledgeStatement(
            id: "probiotics-acne-trials", kind: .finding, topic: "probiotics",
            text:
                "Oral probiotics for acne have only small trials: in a 12-week blinded trial (74 people analysed, run with a company author) a probiotic improved overall acne severity in 50% against 29.4% on placebo, but total lesion counts did not differ significantly; an open-label trial in 45 women added a probiotic to an antibiotic.",
            grade: .low, citations: ["eguren-2024", "jung-2013"],
            keywords: "probiotics probiotic supplement acne pimples spots lactobacillus trial"),
        KnowledgeStatement(
            id: "probiotics-rosacea-trial", kind: .finding, topic: "probiotics",
            text:
                "For rosacea and related rashes there is one randomised but unblinded trial (57 people, all also on a vegetarian diet and skin treatment): 89% responded with the probiotic E. coli Nissle 1917 against 56% without. No review of trials exists for rosacea.",
            grade: .veryLow, citations: ["manzhalii-2016"],
            keywords: "probiotics probiotic rosacea red face flushing seborrhoeic dermatitis trial"),
        KnowledgeStatement(
            id: "probiotics-lgg-eczema-null", kind: .finding, topic: "probiotics",
            text:
                "Not every probiotic helped in trials: Lactobacillus rhamnosus GG given alone did not lower the risk of eczema in children across 5 randomised trials with 889 participants.",
            grade: .low, citations: ["szajewska-horvath-2018"],
            keywords: "probiotics probiotic lactobacillus rhamnosus lgg eczema baby infant prevent no effect strain"),
        KnowledgeStatement(
            id: "probiotics-gut-brain-skin-history", kind: .finding, topic: "probiotics",
            text:
                "The idea of a gut–brain–skin link is old: in 1930 two dermatologists, Stokes and Pillsbury, proposed that emotions change gut bacteria and gut permeability and so inflame the skin, and suggested Lactobacillus cultures. A 2011 review argued that parts have since been supported; that is the reviewers' reading, not trial evidence.",
            grade: .hypothesis, citations: ["bowe-logan-2011"],
            keywords: "gut brain skin axis history stress emotions anxiety acne probiotics idea theory"),
    ]
}
