extension TraitTable {
    /// gutskin's trait table: each row a genus (current SILVA 138 / GTDB name), its other
    /// spellings, a trait, the source that assigns it and the grade of that evidence. A row exists
    /// only where the source names the genus or its species; "some species" or "some strains" says
    /// when not all do. Grades follow docs/evidence.md ("Trait rows"): the claim graded is that the
    /// genus carries the trait, not that the trait does anything to the skin.
    public static let standard = TraitTable(butyrate + propionate + acetate + gaba + indole + linoleicAcid + lipopolysaccharide + mucin)

    static let butyrate: [TraitAssignment] = [
        TraitAssignment(
            genus: "Faecalibacterium", trait: .butyrate, citation: "louis-flint-2009",
            evidence: "F. prausnitzii: one of the two most abundant butyrate-producing groups in the human colon", grade: .moderate),
        TraitAssignment(
            genus: "Roseburia", trait: .butyrate, citation: "louis-flint-2009",
            evidence: "Eubacterium rectale / Roseburia group: one of the two most abundant butyrate-producing groups", grade: .moderate),
        TraitAssignment(
            genus: "Agathobacter", trait: .butyrate, citation: "louis-flint-2009",
            evidence: "Eubacterium rectale (now Agathobacter rectalis): Eubacterium rectale / Roseburia butyrate-producing group",
            grade: .moderate),
        TraitAssignment(
            genus: "Coprococcus", trait: .butyrate, citation: "pryde-2002",
            evidence: "butyrate producers of clostridial clusters IV and XIVa include species related to Coprococcus", grade: .low),
        TraitAssignment(
            genus: "Eubacterium", trait: .butyrate, citation: "pryde-2002",
            evidence: "some species: butyrate producers of clostridial clusters IV and XIVa include Eubacterium species",
            grade: .low),
        TraitAssignment(
            genus: "Anaerostipes", trait: .butyrate, citation: "belenguer-2006",
            evidence: "A. caccae: lactate-utilising butyrate producer", grade: .low),
    ]

    static let propionate: [TraitAssignment] = [
        TraitAssignment(
            genus: "Bacteroides", trait: .propionate, citation: "reichardt-2014",
            evidence: "succinate pathway (methylmalonyl-CoA decarboxylase gene) widespread in Bacteroidetes", grade: .moderate),
        TraitAssignment(
            genus: "Veillonella", trait: .propionate, citation: "reichardt-2014",
            evidence: "succinate pathway, found in many Negativicutes", grade: .low),
        TraitAssignment(
            genus: "Phascolarctobacterium", trait: .propionate, citation: "reichardt-2014",
            evidence: "succinate pathway, found in many Negativicutes", grade: .low),
        TraitAssignment(
            genus: "Coprococcus", trait: .propionate, citation: "reichardt-2014",
            evidence: "some species: acrylate pathway from lactate in C. catus", grade: .low),
        TraitAssignment(
            genus: "Roseburia", trait: .propionate, citation: "reichardt-2014",
            evidence: "some species: propanediol pathway in R. inulinivorans", grade: .low),
        TraitAssignment(
            genus: "Blautia", trait: .propionate, citation: "reichardt-2014",
            evidence: "some species: propanediol pathway in relatives of Ruminococcus obeum (now Blautia obeum)", grade: .low),
        TraitAssignment(
            genus: "Akkermansia", trait: .propionate, citation: "reichardt-2014",
            evidence: "A. muciniphila produces propionate", grade: .low),
    ]

    /// Acetate is made by most enteric bacteria, so a genus list says little; no primary source
    /// naming further genera was verified (docs/evidence.md), so the table is not widened here.
    static let acetate: [TraitAssignment] = [
        TraitAssignment(
            genus: "Bifidobacterium", trait: .acetate, citation: "belenguer-2006",
            evidence: "B. adolescentis strains form acetate and lactate, which butyrate producers take up", grade: .low)
    ]

    static let gaba: [TraitAssignment] = [
        TraitAssignment(
            genus: "Bacteroides", trait: .gaba, citation: "strandwitz-2019",
            evidence: "Bacteroides species produce large quantities of GABA; pathways expressed in human stool", grade: .low),
        TraitAssignment(
            genus: "Parabacteroides", trait: .gaba, citation: "strandwitz-2019",
            evidence: "GABA-producing pathways expressed in human stool transcriptomes", grade: .low),
        TraitAssignment(
            genus: "Escherichia", synonyms: ["Escherichia-Shigella"], trait: .gaba, citation: "strandwitz-2019",
            evidence: "GABA-producing pathways expressed in human stool transcriptomes", grade: .low),
    ]

    static let indole: [TraitAssignment] = [
        TraitAssignment(
            genus: "Escherichia", synonyms: ["Escherichia-Shigella"], trait: .tryptophanIndole, citation: "roager-licht-2018",
            evidence: "E. coli makes indole from tryptophan with tryptophanase", grade: .moderate),
        TraitAssignment(
            genus: "Bacteroides", trait: .tryptophanIndole, citation: "roager-licht-2018",
            evidence: "some species make indole from tryptophan with tryptophanase", grade: .low),
    ]

    static let linoleicAcid: [TraitAssignment] = [
        TraitAssignment(
            genus: "Roseburia", trait: .conjugatedLinoleicAcid, citation: "devillard-2007",
            evidence: "among the most active linoleic-acid metabolisers of 30 gut strains; form precursors of CLA", grade: .low),
        TraitAssignment(
            genus: "Cutibacterium", synonyms: ["Propionibacterium"], trait: .conjugatedLinoleicAcid, citation: "salsinha-2018",
            evidence: "a review reports CLA-producing capacity in some strains of Propionibacterium (C. acnes was P. acnes)",
            grade: .veryLow),
        TraitAssignment(
            genus: "Lactobacillus", trait: .conjugatedLinoleicAcid, citation: "salsinha-2018",
            evidence: "a review reports CLA-producing capacity in some strains", grade: .veryLow),
        TraitAssignment(
            genus: "Bifidobacterium", trait: .conjugatedLinoleicAcid, citation: "salsinha-2018",
            evidence: "a review reports CLA-producing capacity in some strains", grade: .veryLow),
    ]

    /// Enterobacterial lipid A has the E. coli structure, the strong TLR4 agonist; Bacteroides
    /// LPS is a weak one and is deliberately absent.
    static let lipopolysaccharide: [TraitAssignment] = [
        TraitAssignment(
            genus: "Escherichia", synonyms: ["Escherichia-Shigella"], trait: .lipopolysaccharide, citation: "vatanen-2016",
            evidence: "E. coli LPS is a potent innate immune activator; Bacteroides LPS inhibits it", grade: .moderate),
        TraitAssignment(
            genus: "Shigella", trait: .lipopolysaccharide, citation: "kawahara-2021",
            evidence: "enterobacterium: lipid A shares the E. coli structure (family-level statement)", grade: .low),
        TraitAssignment(
            genus: "Klebsiella", trait: .lipopolysaccharide, citation: "kawahara-2021",
            evidence: "enterobacterium: lipid A shares the E. coli structure (family-level statement)", grade: .low),
        TraitAssignment(
            genus: "Enterobacter", trait: .lipopolysaccharide, citation: "kawahara-2021",
            evidence: "enterobacterium: lipid A shares the E. coli structure (family-level statement)", grade: .low),
        TraitAssignment(
            genus: "Citrobacter", trait: .lipopolysaccharide, citation: "kawahara-2021",
            evidence: "enterobacterium: lipid A shares the E. coli structure (family-level statement)", grade: .low),
        TraitAssignment(
            genus: "Salmonella", trait: .lipopolysaccharide, citation: "kawahara-2021",
            evidence: "enterobacterium: lipid A shares the E. coli structure (family-level statement)", grade: .low),
        TraitAssignment(
            genus: "Proteus", trait: .lipopolysaccharide, citation: "munford-varley-2006",
            evidence: "facultative Gram-negative of the gut: such bacteria mostly make the hexa-acyl lipid A that TLR4 senses "
                + "(group-level statement)", grade: .veryLow),
    ]

    /// Only Akkermansia: no verified source for other mucin degraders was found (docs/evidence.md).
    static let mucin: [TraitAssignment] = [
        TraitAssignment(
            genus: "Akkermansia", trait: .mucinDegradation, citation: "derrien-2004",
            evidence: "A. muciniphila was isolated on gastric mucin as sole carbon and nitrogen source", grade: .moderate)
    ]
}
