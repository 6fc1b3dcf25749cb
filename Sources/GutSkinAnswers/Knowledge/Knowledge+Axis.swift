import GutSkinAxis

/// The gut–skin axis itself, summarised from the graded findings it rests on.
extension Knowledge {
    static let axis: [KnowledgeStatement] = [
        KnowledgeStatement(
            id: "axis-gut-skin", kind: .finding, topic: "axis",
            text:
                "The gut–skin axis is the idea that gut bacteria, and the immune signals they start, are linked with skin conditions. The evidence in people is mostly small studies comparing people with and without a condition: acne (43 and 43; 31 and 31 people), atopic dermatitis (132 people) and a review of 10 psoriasis studies that disagreed on which bacteria differ; none can show which came first.",
            grade: .veryLow, citations: ["deng-2018", "yan-2018", "song-2016", "sikora-2020"],
            keywords: "gut skin axis connection link connected gut flora affect skin"),
        KnowledgeStatement(
            id: "axis-immune-signalling", kind: .finding, topic: "axis",
            text:
                "Gut bacteria differ in how strongly their surface molecules (LPS) stimulate the immune system, and in infants the kind of LPS in the gut was associated with differences in how the immune system developed; whether this matters for skin conditions has not been shown.",
            grade: .low, citations: ["vatanen-2016"],
            keywords: "immune system signalling inflammation circulation blood how does gut affect skin"),
        KnowledgeStatement(
            id: "axis-diversity-diet", kind: .finding, topic: "axis",
            text:
                "What raises gut diversity is uncertain: eating more than 30 kinds of plants a week was associated with higher diversity in a self-selected cohort, fermented foods raised it in a small trial, and fibre supplements did not across 64 trials.",
            grade: .low, citations: ["mcdonald-2018", "wastyk-2021", "so-2018"],
            keywords: "improve increase raise diversity low diversity diet what can i eat"),
    ]
}
