extension LiteratureAssociation {
    /// The findings gutskin's reports may show; every number in them was checked against the source.
    public static let standard: [LiteratureAssociation] = [
        LiteratureAssociation(
            id: "plant-variety-gut-diversity", topic: .plantVariety,
            statement: "Eating more than 30 types of plants a week was associated with a more diverse gut microbiome than eating 10 or fewer.",
            strength: "observational; American Gut citizen-science cohort",
            citation: "mcdonald-2018"),
        LiteratureAssociation(
            id: "fibre-short-chain-fatty-acids", topic: .fibre,
            statement: "Adding fermentable fibre to the diet for two weeks was associated with more short-chain fatty acids in stool, most with resistant potato starch; responses differed between people.",
            strength: "dietary intervention; 174 healthy young adults, 2 weeks",
            citation: "baxter-2019"),
        LiteratureAssociation(
            id: "dairy-acne", topic: .dairy,
            statement: "Any dairy intake was associated with higher odds of acne in children, adolescents and young adults (odds ratio 1.25).",
            strength: "meta-analysis of 14 observational studies; 78,529 people aged 7–30",
            citation: "juhl-2018"),
        LiteratureAssociation(
            id: "glycaemic-load-acne", topic: .sugar,
            statement: "A low-glycaemic-load diet was associated with a larger fall in acne lesion counts than a carbohydrate-dense diet, alongside weight loss.",
            strength: "randomised controlled trial; 43 males aged 15–25, 12 weeks",
            citation: "smith-2007"),
        LiteratureAssociation(
            id: "probiotics-atopic-dermatitis", topic: .probiotics,
            statement: "Probiotics were associated with slightly lower eczema severity scores in children, but the authors judged the evidence not robust.",
            strength: "meta-analysis of 13 randomised controlled trials in children",
            citation: "huang-2017"),
        LiteratureAssociation(
            id: "acne-gut-diversity", topic: .acne,
            statement: "Acne was associated with lower gut microbial diversity and fewer Clostridia, Lachnospiraceae and Ruminococcaceae.",
            strength: "cross-sectional; 43 people with acne, 43 without",
            citation: "deng-2018"),
        LiteratureAssociation(
            id: "acne-gut-actinobacteria", topic: .acne,
            statement: "Moderate to severe acne was associated with fewer gut Actinobacteria (0.89% against 2.84%) and less Bifidobacterium, Butyricicoccus and Lactobacillus.",
            strength: "case–control; 31 people with acne, 31 without",
            citation: "yan-2018"),
        LiteratureAssociation(
            id: "psoriasis-gut-composition", topic: .psoriasis,
            statement: "Psoriasis was associated with a different gut microbial composition in all 10 studies reviewed; which bacteria differed varied between studies.",
            strength: "systematic review of 10 studies",
            citation: "sikora-2020"),
        LiteratureAssociation(
            id: "rosacea-small-intestinal-overgrowth", topic: .rosacea,
            statement: "Rosacea was associated with small intestinal bacterial overgrowth on breath testing: 52 of 113 people with rosacea against 3 of 60 without.",
            strength: "case–control; 113 people with rosacea, 60 without",
            citation: "parodi-2008"),
        LiteratureAssociation(
            id: "atopic-dermatitis-staphylococcus", topic: .atopicDermatitis,
            statement: "Atopic dermatitis is associated with more Staphylococcus aureus and lower bacterial diversity on the skin, both more marked with greater severity.",
            strength: "review of skin microbiome studies",
            citation: "edslev-2020"),
        LiteratureAssociation(
            id: "skin-ph-resident-flora", topic: .skinPH,
            statement: "A natural skin surface pH below 5 is associated with a skin surface that suits its resident flora.",
            strength: "skin pH measurements and literature review; size not stated here",
            citation: "lambers-2006"),
        LiteratureAssociation(
            id: "acne-cutibacterium-strains", topic: .skinMicrobiome,
            statement: "Cutibacterium acnes was as abundant on skin with acne as without, but some of its strains were associated with acne and others with healthy skin.",
            strength: "case–control metagenomics; 49 people with acne, 52 without",
            citation: "fitz-gibbon-2013"),
    ]
}
