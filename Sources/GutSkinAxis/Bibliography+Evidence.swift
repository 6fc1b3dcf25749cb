/// The sources that weigh the report's literature statements: contrary and null results, reviews
/// and trials, each checked against ../shared/knowledge/evidence-for-answers.md (section B). Parts
/// that could not be checked (authors, volume:pages, DOI) are left out or say so.
extension Bibliography {
    /// Diet, fibre and probiotics.
    static let dietEvidence: [Citation] = [
        Citation(
            key: "juhl-2018-mr", authors: "Juhl CR, Bergholdt HKM, Miller IM, et al.",
            title: "Lactase persistence, milk intake, and adult acne: a Mendelian randomization study of 20,416 Danish adults",
            source: "Nutrients 10:1041", year: 2018, doi: "10.3390/nu10081041"),
        Citation(
            key: "aghasi-2019", authors: "Aghasi M, Golzarand M, Shab-Bidar S, et al.",
            title: "Dairy intake and acne development: a meta-analysis of observational studies",
            source: "Clin Nutr 38:1067–1075", year: 2019, doi: "10.1016/j.clnu.2018.04.015"),
        Citation(
            key: "reynolds-2010", authors: "Reynolds RC, Lee S, Choi JYJ, et al.",
            title: "Effect of the glycemic index of carbohydrates on acne vulgaris",
            source: "Nutrients 2:1060–1072", year: 2010, doi: "10.3390/nu2101060"),
        Citation(
            key: "penso-2020", authors: "Penso L, Touvier M, Deschasaux M, et al.",
            title: "Association between adult acne and dietary behaviors: findings from the NutriNet-Santé prospective cohort study",
            source: "JAMA Dermatol 156:854–862", year: 2020, doi: "10.1001/jamadermatol.2020.1602"),
        Citation(
            key: "so-2018", authors: "So D, Whelan K, Rossi M, et al.",
            title: "Dietary fiber intervention on gut microbiota composition in healthy adults: a systematic review and meta-analysis",
            source: "Am J Clin Nutr 107:965–983", year: 2018, doi: "10.1093/ajcn/nqy041"),
        Citation(
            key: "wastyk-2021", authors: "Wastyk HC, Fragiadakis GK, Perelman D, et al.",
            title: "Gut-microbiota-targeted diets modulate human immune status",
            source: "Cell 184:4137–4153.e14", year: 2021, doi: "10.1016/j.cell.2021.06.019"),
        Citation(
            key: "makrgeorgou-2018", authors: "Makrgeorgou A, Leonardi-Bee J, Bath-Hextall FJ, et al.",
            title: "Probiotics for treating eczema",
            source: "Cochrane Database Syst Rev 11:CD006135", year: 2018, doi: "10.1002/14651858.CD006135.pub3"),
        Citation(
            key: "cuello-garcia-2015", authors: "Cuello-Garcia CA, Brożek JL, Fiocchi A, et al.",
            title: "Probiotics for the prevention of allergy: a systematic review and meta-analysis of randomized controlled trials",
            source: "J Allergy Clin Immunol 136:952–961", year: 2015, doi: "10.1016/j.jaci.2015.04.031"),
        Citation(
            key: "szajewska-horvath-2018", authors: "Szajewska H, Horvath A",
            title: "Lactobacillus rhamnosus GG in the primary prevention of eczema in children: a systematic review and meta-analysis",
            source: "Nutrients, published 18 September 2018 (volume and article number not verified)", year: 2018,
            doi: nil, noDOIReason: "DOI not verified"),
        Citation(
            key: "roediger-1980", authors: "Roediger WE",
            title: "Role of anaerobic bacteria in the metabolic welfare of the colonic mucosa in man",
            source: "Gut 21:793–798", year: 1980, doi: "10.1136/gut.21.9.793"),
        Citation(
            key: "trompette-2022", authors: "Trompette A, Pernot J, Perdijk O, et al.",
            title: "Gut-derived short-chain fatty acids modulate skin barrier integrity by promoting keratinocyte metabolism and "
                + "differentiation",
            source: "Mucosal Immunol 15:908–926", year: 2022, doi: "10.1038/s41385-022-00524-9"),
    ]

    /// Skin conditions, skin pH and the gut in skin conditions.
    static let skinEvidence: [Citation] = [
        Citation(
            key: "egeberg-2017", authors: "Egeberg A, Weinstock LB, Thyssen EP, et al.",
            title: "Rosacea and gastrointestinal disorders: a population-based cohort study",
            source: "Br J Dermatol, issue 1:100–106 (volume not verified)", year: 2017, doi: "10.1111/bjd.14930"),
        Citation(
            key: "totte-2016", authors: "Totté JEE, van der Feltz WT, Hennekam M, et al.",
            title: "Prevalence and odds of Staphylococcus aureus carriage in atopic dermatitis: a systematic review and meta-analysis",
            source: "Br J Dermatol 175:687–695", year: 2016, doi: nil, noDOIReason: "DOI not verified; PMID 26994362"),
        Citation(
            key: "song-2016", authors: "Song H, Yoo Y, Hwang J, et al.",
            title: "Faecalibacterium prausnitzii subspecies-level dysbiosis in the human gut microbiome underlying atopic dermatitis",
            source: "J Allergy Clin Immunol 137:852–860", year: 2016, doi: nil, noDOIReason: "DOI not verified; PMID 26431583"),
        // The reference range 4.5–5.5 (women) and 4.0–5.5 (men) is quoted there as a normal value; title not seen.
        Citation(
            key: "prakash-2017", authors: "Prakash C, et al.", title: nil,
            source: "J Clin Aesthet Dermatol 10(7):33–39", year: 2017, doi: nil, noDOIReason: "no DOI seen in the checked record"),
        Citation(
            key: "skin-ph-atopic-adults-2020", authors: "Authors not verified",
            title: "Skin pH mapping and its relationship with transepidermal water loss, hydration and disease severity in adult "
                + "patients with atopic dermatitis",
            source: "Skin Res Technol 26:91–98", year: 2020, doi: "10.1111/srt.12768"),
    ]
}
