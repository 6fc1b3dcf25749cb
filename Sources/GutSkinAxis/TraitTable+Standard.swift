extension TraitTable {
    /// gutskin's trait table: each row a genus (current SILVA 138 / GTDB name), its other
    /// spellings, a trait and the source that assigns it. A row exists only where the source
    /// names the genus or its species; "some species" or "some strains" says when not all do.
    public static let standard = TraitTable(butyrate + propionate + acetate + gaba + indole + linoleicAcid + lipopolysaccharide + mucin)

    static let butyrate: [TraitAssignment] = [
        TraitAssignment(genus: "Faecalibacterium", trait: .butyrate, citation: "louis-flint-2009",
            evidence: "F. prausnitzii: one of the two most abundant butyrate-producing groups in the human colon"),
        TraitAssignment(genus: "Roseburia", trait: .butyrate, citation: "louis-flint-2009",
            evidence: "Eubacterium rectale / Roseburia group: one of the two most abundant butyrate-producing groups"),
        TraitAssignment(genus: "Agathobacter", trait: .butyrate, citation: "louis-flint-2009",
            evidence: "Eubacterium rectale (now Agathobacter rectalis): Eubacterium rectale / Roseburia butyrate-producing group"),
        TraitAssignment(genus: "Coprococcus", trait: .butyrate, citation: "pryde-2002",
            evidence: "butyrate producers of clostridial clusters IV and XIVa include species related to Coprococcus"),
        TraitAssignment(genus: "Anaerostipes", trait: .butyrate, citation: "belenguer-2006",
            evidence: "A. caccae: lactate-utilising butyrate producer"),
    ]

    static let propionate: [TraitAssignment] = [
        TraitAssignment(genus: "Bacteroides", trait: .propionate, citation: "reichardt-2014",
            evidence: "succinate pathway (methylmalonyl-CoA decarboxylase gene) widespread in Bacteroidetes"),
        TraitAssignment(genus: "Veillonella", trait: .propionate, citation: "reichardt-2014",
            evidence: "succinate pathway, found in many Negativicutes"),
        TraitAssignment(genus: "Phascolarctobacterium", trait: .propionate, citation: "reichardt-2014",
            evidence: "succinate pathway, found in many Negativicutes"),
        TraitAssignment(genus: "Coprococcus", trait: .propionate, citation: "reichardt-2014",
            evidence: "some species: acrylate pathway from lactate in C. catus"),
        TraitAssignment(genus: "Roseburia", trait: .propionate, citation: "reichardt-2014",
            evidence: "some species: propanediol pathway in R. inulinivorans"),
        TraitAssignment(genus: "Blautia", trait: .propionate, citation: "reichardt-2014",
            evidence: "some species: propanediol pathway in relatives of Ruminococcus obeum (now Blautia obeum)"),
        TraitAssignment(genus: "Akkermansia", trait: .propionate, citation: "reichardt-2014",
            evidence: "A. muciniphila produces propionate"),
    ]

    static let acetate: [TraitAssignment] = [
        TraitAssignment(genus: "Bifidobacterium", trait: .acetate, citation: "belenguer-2006",
            evidence: "B. adolescentis strains form acetate and lactate, which butyrate producers take up"),
    ]

    static let gaba: [TraitAssignment] = [
        TraitAssignment(genus: "Bacteroides", trait: .gaba, citation: "strandwitz-2019",
            evidence: "Bacteroides species produce large quantities of GABA; pathways expressed in human stool"),
        TraitAssignment(genus: "Parabacteroides", trait: .gaba, citation: "strandwitz-2019",
            evidence: "GABA-producing pathways expressed in human stool transcriptomes"),
        TraitAssignment(genus: "Escherichia", synonyms: ["Escherichia-Shigella"], trait: .gaba, citation: "strandwitz-2019",
            evidence: "GABA-producing pathways expressed in human stool transcriptomes"),
    ]

    static let indole: [TraitAssignment] = [
        TraitAssignment(genus: "Escherichia", synonyms: ["Escherichia-Shigella"], trait: .tryptophanIndole, citation: "roager-licht-2018",
            evidence: "E. coli makes indole from tryptophan with tryptophanase"),
        TraitAssignment(genus: "Bacteroides", trait: .tryptophanIndole, citation: "roager-licht-2018",
            evidence: "some species make indole from tryptophan with tryptophanase"),
    ]

    static let linoleicAcid: [TraitAssignment] = [
        TraitAssignment(genus: "Roseburia", trait: .conjugatedLinoleicAcid, citation: "devillard-2007",
            evidence: "most active linoleic-acid metabolisers of 30 gut strains; form precursors of CLA"),
        TraitAssignment(genus: "Cutibacterium", synonyms: ["Propionibacterium"], trait: .conjugatedLinoleicAcid, citation: "salsinha-2018",
            evidence: "some strains of Propionibacterium (C. acnes was P. acnes) produce CLA"),
        TraitAssignment(genus: "Lactobacillus", trait: .conjugatedLinoleicAcid, citation: "salsinha-2018",
            evidence: "some strains produce CLA"),
        TraitAssignment(genus: "Bifidobacterium", trait: .conjugatedLinoleicAcid, citation: "salsinha-2018",
            evidence: "some strains produce CLA"),
    ]

    /// Enterobacterial lipid A has the E. coli structure, the strong TLR4 agonist; Bacteroides
    /// LPS is a weak one and is deliberately absent.
    static let lipopolysaccharide: [TraitAssignment] = [
        TraitAssignment(genus: "Escherichia", synonyms: ["Escherichia-Shigella"], trait: .lipopolysaccharide, citation: "vatanen-2016",
            evidence: "E. coli LPS is a potent innate immune activator; Bacteroides LPS inhibits it"),
        TraitAssignment(genus: "Shigella", trait: .lipopolysaccharide, citation: "kawahara-2021",
            evidence: "enterobacterium: lipid A shares the E. coli structure (family-level statement)"),
        TraitAssignment(genus: "Klebsiella", trait: .lipopolysaccharide, citation: "kawahara-2021",
            evidence: "enterobacterium: lipid A shares the E. coli structure (family-level statement)"),
        TraitAssignment(genus: "Enterobacter", trait: .lipopolysaccharide, citation: "kawahara-2021",
            evidence: "enterobacterium: lipid A shares the E. coli structure (family-level statement)"),
        TraitAssignment(genus: "Citrobacter", trait: .lipopolysaccharide, citation: "kawahara-2021",
            evidence: "enterobacterium: lipid A shares the E. coli structure (family-level statement)"),
        TraitAssignment(genus: "Salmonella", trait: .lipopolysaccharide, citation: "kawahara-2021",
            evidence: "enterobacterium: lipid A shares the E. coli structure (family-level statement)"),
        TraitAssignment(genus: "Proteus", trait: .lipopolysaccharide, citation: "munford-varley-2006",
            evidence: "facultative Gram-negative of the gut: such bacteria mostly make the hexa-acyl lipid A that TLR4 senses (group-level statement)"),
    ]

    static let mucin: [TraitAssignment] = [
        TraitAssignment(genus: "Akkermansia", trait: .mucinDegradation, citation: "derrien-2004",
            evidence: "A. muciniphila was isolated on gastric mucin as sole carbon and nitrogen source"),
    ]
}
