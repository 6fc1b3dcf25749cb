extension LiteratureAssociation {
    /// The findings gutskin's reports may show: every number checked against the source, each with its
    /// grade and, where one exists, the strongest contrary or null result in the same sentence
    /// (../shared/knowledge/evidence-for-answers.md; docs/evidence.md).
    public static let standard: [LiteratureAssociation] = diet + gutInSkinConditions + skin + shortChainFattyAcids

    static let diet: [LiteratureAssociation] = [
        LiteratureAssociation(
            id: "plant-variety-gut-diversity", topic: .plantVariety,
            statement: "In the American Gut citizen-science cohort, eating more than 30 types of plants a week was associated with a "
                + "more diverse gut microbiome than eating 10 or fewer; its members chose to take part and reported their own diet.",
            strength: "observational; self-selected cohort of over 10,000 people, self-reported diet",
            grade: .low, citation: "mcdonald-2018"),
        LiteratureAssociation(
            id: "fibre-bifidobacteria", topic: .fibre,
            statement: "Fibre supplements were associated with more Bifidobacterium and Lactobacillus in stool across 64 randomised "
                + "trials in 2,099 healthy adults, but not with a more diverse gut microbiome.",
            strength: "meta-analysis of 64 randomised controlled trials; 2,099 healthy adults",
            grade: .moderate, citation: "so-2018",
            contrary: ContraryEvidence(
                statement: "The same trials found no difference in gut diversity between fibre and placebo or low fibre.",
                citation: "so-2018")),
        LiteratureAssociation(
            id: "fermented-food-gut-diversity", topic: .fibre,
            statement: "A diet rich in fermented foods was associated with a steady rise in gut diversity over about 14 weeks in 18 "
                + "healthy adults, but a high-fibre diet in 18 others was not, and the trial's main immune measure did not change.",
            strength: "small randomised diet trial; 36 healthy adults",
            grade: .low, citation: "wastyk-2021",
            contrary: ContraryEvidence(
                statement: "Gut diversity stayed stable on the high-fibre diet, and the primary outcome (a cytokine response score) did "
                    + "not change.",
                citation: "wastyk-2021")),
        LiteratureAssociation(
            id: "dairy-acne", topic: .dairy,
            statement: "Any dairy was associated with higher odds of acne in people aged 7–30 (odds ratio 1.25 across 14 observational "
                + "studies, smaller after adjustment, with signs of publication bias, and a second meta-analysis found no link for "
                + "yogurt or cheese), but a genetic study of 20,416 Danish adults found no link between milk and acne.",
            strength: "meta-analyses of observational studies (14 studies, 78,529 people aged 7–30); one genetic study in adults",
            grade: .low, citation: "juhl-2018", furtherCitations: ["aghasi-2019"],
            contrary: ContraryEvidence(
                statement: "A Mendelian-randomisation study of 20,416 Danish adults found no observational or genetic association "
                    + "between milk and acne (adults only; wide confidence intervals).",
                citation: "juhl-2018-mr")),
        LiteratureAssociation(
            id: "glycaemic-load-acne", topic: .sugar,
            statement: "A low-glycaemic-load diet was associated with a larger fall in acne lesions than a carbohydrate-dense diet in 43 "
                + "males aged 15–25, who also lost more weight, but in another trial of 43 adolescent boys acne improved on both a low- "
                + "and a high-glycaemic diet with no significant difference.",
            strength: "small trials: 43 males over 12 weeks (randomised); 43 adolescent boys (alternate allocation)",
            grade: .low, citation: "smith-2007",
            contrary: ContraryEvidence(
                statement: "In 43 adolescent boys who completed low- or high-glycaemic-index diets, acne improved on both with no "
                    + "significant difference between them.",
                citation: "reynolds-2010")),
        LiteratureAssociation(
            id: "sugary-food-adult-acne", topic: .sugar,
            statement: "Fatty and sugary foods, sugary drinks and milk were associated with current acne in 24,452 French adults (odds "
                + "ratios 1.54, 1.18 and 1.12), but acne was self-reported and diet and acne were recorded at the same time, so which "
                + "came first is unknown.",
            strength: "cross-sectional analysis of a web cohort; 24,452 adults",
            grade: .low, citation: "penso-2020"),
        LiteratureAssociation(
            id: "probiotics-eczema-treatment", topic: .probiotics,
            statement: "Probiotics taken for existing eczema were associated with little or no difference in patient-rated symptoms or "
                + "quality of life in the 2018 Cochrane review of randomised trials, but doctor-rated severity may be slightly lower, by "
                + "an amount of uncertain clinical importance.",
            strength: "Cochrane systematic review of randomised controlled trials (2018 update)",
            grade: .moderate, citation: "makrgeorgou-2018",
            contrary: ContraryEvidence(
                statement: "The same review found a small effect on doctor-rated severity whose clinical importance is uncertain.",
                citation: "makrgeorgou-2018")),
        LiteratureAssociation(
            id: "probiotics-eczema-prevention", topic: .probiotics,
            statement: "Probiotics taken in late pregnancy, while breast-feeding or given to infants were associated with less eczema in "
                + "infants across 29 randomised trials (risk ratios 0.57–0.80, low or very low certainty), but Lactobacillus rhamnosus "
                + "GG given alone was not, in 5 trials with 889 participants.",
            strength: "meta-analysis of 29 randomised controlled trials (GRADE certainty low or very low)",
            grade: .low, citation: "cuello-garcia-2015",
            contrary: ContraryEvidence(
                statement: "In 5 randomised trials with 889 participants, Lactobacillus rhamnosus GG alone was not associated with less "
                    + "eczema in children.",
                citation: "szajewska-horvath-2018")),
    ]

    static let gutInSkinConditions: [LiteratureAssociation] = [
        LiteratureAssociation(
            id: "acne-gut-diversity", topic: .acne,
            statement: "Acne was associated with lower gut microbial diversity and fewer Clostridia, Lachnospiraceae and Ruminococcaceae "
                + "in one small study of 43 people with acne and 43 without, which cannot show which came first.",
            strength: "case–control; 43 people with acne, 43 without",
            grade: .veryLow, citation: "deng-2018"),
        LiteratureAssociation(
            id: "acne-gut-actinobacteria", topic: .acne,
            statement: "Moderate to severe acne was associated with fewer gut Actinobacteria (0.89% against 2.84%) and less "
                + "Bifidobacterium, Butyricicoccus and Lactobacillus in one small study of 31 people with acne and 31 without.",
            strength: "case–control; 31 people with acne, 31 without",
            grade: .veryLow, citation: "yan-2018"),
        LiteratureAssociation(
            id: "psoriasis-gut-composition", topic: .psoriasis,
            statement: "Psoriasis was associated with a different gut microbial composition in a review of 10 studies, but the studies "
                + "varied widely, which bacteria differed was not consistent, and 4 of the 8 that measured diversity found no difference "
                + "in the variety of a person's gut bacteria.",
            strength: "systematic review of 10 heterogeneous studies",
            grade: .low, citation: "sikora-2020",
            contrary: ContraryEvidence(
                statement: "Of the 8 studies that measured diversity, 4 found no difference in alpha-diversity.",
                citation: "sikora-2020")),
        LiteratureAssociation(
            id: "rosacea-small-intestinal-overgrowth", topic: .rosacea,
            statement: "Rosacea was associated with small-intestinal bacterial overgrowth on breath testing in one clinical study (52 of "
                + "113 patients against 3 of 60 controls; the dermatologists grading the skin knew who had been treated, and no "
                + "independent repeat was found), but a Danish nationwide study of 49,475 people with rosacea found no association with "
                + "overgrowth recorded in national registers.",
            strength: "one single-centre trial with unblinded skin grading; 113 people with rosacea, 60 without",
            grade: .veryLow, citation: "parodi-2008",
            contrary: ContraryEvidence(
                statement: "In a Danish nationwide cohort, 49,475 people with rosacea were not more often recorded with small-intestinal "
                    + "bacterial overgrowth in national registers (hazard ratio 0.71, 95% CI 0.18–1.86; too imprecise to rule a link in "
                    + "or out).",
                citation: "egeberg-2017")),
        LiteratureAssociation(
            id: "atopic-dermatitis-gut-faecalibacterium", topic: .atopicDermatitis,
            statement: "Atopic dermatitis was associated with one subspecies of Faecalibacterium prausnitzii and with less butyrate and "
                + "propionate in stool in a Korean study of 132 people (90 with eczema), which cannot show which came first.",
            strength: "single-centre case–control; 132 people",
            grade: .low, citation: "song-2016"),
    ]

    static let skin: [LiteratureAssociation] = [
        LiteratureAssociation(
            id: "atopic-dermatitis-staphylococcus-carriage", topic: .atopicDermatitis,
            statement: "Atopic dermatitis was associated with carrying Staphylococcus aureus on affected skin (70% of patients; odds "
                + "ratio 19.7 against people without eczema) in a meta-analysis of 95 observational studies, most of fair or poor "
                + "quality and differing widely.",
            strength: "meta-analysis of 95 observational studies (30 with controls)",
            grade: .moderate, citation: "totte-2016"),
        LiteratureAssociation(
            id: "atopic-dermatitis-staphylococcus", topic: .atopicDermatitis,
            statement: "A 2020 review of skin-microbiome studies reports that atopic dermatitis is associated with more Staphylococcus "
                + "aureus and lower bacterial diversity on the skin, both more marked with greater severity.",
            strength: "narrative review, not a primary study",
            grade: .low, citation: "edslev-2020"),
        LiteratureAssociation(
            id: "skin-ph-resident-flora", topic: .skinPH,
            statement: "The natural surface pH of healthy forearm skin was estimated at about 4.7 in a study of 330 people, and a pH "
                + "below 5 was associated with conditions that suit the skin's resident bacteria; the study was run by an industry "
                + "laboratory.",
            strength: "multicentre measurement study; 330 people (forearm)",
            grade: .low, citation: "lambers-2006"),
        LiteratureAssociation(
            id: "skin-ph-reference-range", topic: .skinPH,
            statement: "A skin surface pH of 4.5–5.5 in women and 4.0–5.5 in men is quoted as the normal range associated with healthy "
                + "skin, but in adults with eczema the average pH at each of 18 body sites was 5.16–5.52, inside that range.",
            strength: "a reference range quoted by a study of 200 people with acne and 200 without, not measured there",
            grade: .veryLow, citation: "prakash-2017",
            contrary: ContraryEvidence(
                statement: "In 48 adults with atopic dermatitis measured at 18 body sites, the average pH of each site was 5.16–5.52, "
                    + "and pH did not track eczema severity.",
                citation: "skin-ph-atopic-adults-2020")),
        LiteratureAssociation(
            id: "acne-cutibacterium-strains", topic: .skinMicrobiome,
            statement: "Cutibacterium acnes was as abundant on skin with acne as without in 49 people with acne and 52 without, but some "
                + "of its strains were associated with acne and others with healthy skin; the 16S data this report reads cannot tell "
                + "these strains apart.",
            strength: "case–control metagenomics; 49 people with acne, 52 without",
            grade: .low, citation: "fitz-gibbon-2013"),
    ]

    /// What the report's butyrate sentence rests on, and how far it reaches (not to the skin in people).
    static let shortChainFattyAcids: [LiteratureAssociation] = [
        LiteratureAssociation(
            id: "butyrate-colon-fuel", topic: .shortChainFattyAcids,
            statement: "Butyrate was associated with about three-quarters of the oxygen use of colon-lining cells from 14 surgical "
                + "specimens, a sign that it is their main fuel, but this was measured in cells, not in people's health.",
            strength: "laboratory study of human colon cells; 14 specimens",
            grade: .mechanisticOnly, citation: "roediger-1980"),
        LiteratureAssociation(
            id: "butyrate-skin-barrier-mice", topic: .shortChainFattyAcids,
            statement: "In mice, a fermentable-fibre diet was associated with less allergic skin inflammation, with butyrate "
                + "strengthening the skin barrier, but no human trial of fibre or butyrate for a skin outcome was found.",
            strength: "mouse experiments",
            grade: .mechanisticOnly, citation: "trompette-2022"),
    ]
}
