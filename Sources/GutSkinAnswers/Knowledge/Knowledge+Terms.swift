import GutSkinAxis

/// Terms a report uses, in plain words, each from a source already in `Bibliography` (facts marked
/// verified in ../shared/knowledge/*.md). The Bristol stool scale has no such source and is left
/// out, so questions on it get no answer; serotonin and permeability are in Knowledge+Permeability.
extension Knowledge {
    static let terms: [KnowledgeStatement] = [
        KnowledgeStatement(
            id: "term-dysbiosis", kind: .definition, topic: "terms",
            text:
                "Dysbiosis means a gut community unlike those of healthy people. gutskin measures it as the median Bray–Curtis difference between your genus profile and healthy reference samples, and calls it dysbiotic above the reference's own 90th percentile, as a study of inflammatory bowel disease did. It is a distance from a reference, not a disease.",
            grade: nil, citations: ["lloyd-price-2019"], keywords: "dysbiosis dysbiotic imbalance unbalanced gut flora"),
        KnowledgeStatement(
            id: "term-short-chain-fatty-acids", kind: .finding, topic: "terms",
            text:
                "Short-chain fatty acids (acetate, propionate and butyrate) are made when gut bacteria ferment food that reaches the colon; Faecalibacterium prausnitzii and the Roseburia / Eubacterium rectale group are among the most abundant butyrate producers, and Bacteroides and Veillonella make propionate.",
            grade: .moderate, citations: ["louis-flint-2009", "reichardt-2014"],
            keywords: "short chain fatty acid scfa acetate propionate butyrate ferment fibre"),
        KnowledgeStatement(
            id: "term-butyrate", kind: .finding, topic: "terms",
            text:
                "Butyrate is a short-chain fatty acid made by a minority of gut bacteria: 225 of 3,184 bacterial genomes carried a butyrate pathway in one analysis, most of them Lachnospiraceae and Ruminococcaceae.",
            grade: .low, citations: ["vital-2014"], keywords: "butyrate producers low high why"),
        KnowledgeStatement(
            id: "term-butyrate-not-measured", kind: .definition, topic: "terms",
            text:
                "The report's butyrate score counts the share of reads from genera known to make butyrate; it does not measure butyrate itself, and a stool sample cannot show how much the bacteria actually make.",
            grade: nil, citations: ["vital-2014", "louis-flint-2009"], keywords: "butyrate low high why measure stool amount"),
        KnowledgeStatement(
            id: "term-gaba", kind: .finding, topic: "terms",
            text:
                "GABA is a signalling molecule of the nervous system; some gut bacteria make it, Bacteroides in large amounts, and GABA-making pathways are expressed by Bacteroides, Parabacteroides and Escherichia. No study linking gut GABA to a skin condition is known to gutskin.",
            grade: .low, citations: ["strandwitz-2019"], keywords: "gaba neurotransmitter brain"),
        KnowledgeStatement(
            id: "term-tryptophan", kind: .finding, topic: "terms",
            text:
                "Tryptophan is an amino acid from food; some gut bacteria turn it into indole and related signals that act on the gut lining and immune cells in laboratory and animal studies. Serotonin is also made from tryptophan; a link from gut bacteria through serotonin to the skin has not been shown.",
            grade: .mechanisticOnly, citations: ["roager-licht-2018"], keywords: "tryptophan indole serotonin amino acid"),
        KnowledgeStatement(
            id: "term-linoleic-acid", kind: .finding, topic: "terms",
            text:
                "Linoleic acid is a fatty acid from food; some gut bacteria convert it towards conjugated linoleic acid (CLA), and Roseburia species were the most active of 30 gut strains tested in the laboratory.",
            grade: .mechanisticOnly, citations: ["devillard-2007"], keywords: "linoleic acid cla conjugated fat fatty"),
        KnowledgeStatement(
            id: "term-lps", kind: .finding, topic: "terms",
            text:
                "Lipopolysaccharide (LPS, endotoxin) covers the outer surface of Gram-negative bacteria; the form made by Enterobacteriaceae such as Escherichia signals strongly to the immune system through the TLR4 receptor, while Bacteroides LPS is a weak signal (shown in cells).",
            grade: .mechanisticOnly, citations: ["munford-varley-2006", "kawahara-2021", "vatanen-2016"],
            keywords: "lps lipopolysaccharide endotoxin inflammation inflammatory proteobacteria"),
        KnowledgeStatement(
            id: "term-mucus-barrier", kind: .finding, topic: "terms",
            text:
                "The gut lining is covered by a layer of mucus that is part of its barrier; Akkermansia muciniphila was described as a gut bacterium that feeds on this mucus (mucin), grown in the laboratory from human stool.",
            grade: .mechanisticOnly, citations: ["derrien-2004"], keywords: "barrier mucus mucin lining akkermansia gut wall"),
        KnowledgeStatement(
            id: "term-skin-ph-washing", kind: .finding, topic: "terms",
            text:
                "In the same industry-laboratory study of 330 people, washing with tap water (about pH 8) raised skin pH for hours, and a pH of about 4–4.5 kept the skin's resident bacteria attached; natural skin pH averaged about 4.7.",
            grade: .low, citations: ["lambers-2006"], keywords: "skin ph cleanser soap wash washing shower water acid mantle barrier"),
        KnowledgeStatement(
            id: "term-staphylococcus", kind: .definition, topic: "terms",
            text:
                "Staphylococcus is a genus of skin bacteria; S. aureus rises with atopic dermatitis severity, and the 16S reads a report reads cannot tell S. aureus from other species of the genus such as S. epidermidis.",
            grade: nil, citations: ["edslev-2020"], keywords: "staphylococcus staph aureus epidermidis skin bacteria"),
        KnowledgeStatement(
            id: "term-cutibacterium", kind: .definition, topic: "terms",
            text:
                "Cutibacterium (called Propionibacterium in older databases) is the main bacterium of oily skin; C. acnes lives on skin with and without acne, and only some of its strains are associated with acne.",
            grade: nil, citations: ["fitz-gibbon-2013"], keywords: "cutibacterium propionibacterium acnes p acnes c acnes oily skin"),
        KnowledgeStatement(
            id: "term-sibo", kind: .finding, topic: "terms",
            text:
                "Small-intestinal bacterial overgrowth (SIBO) means more bacteria than usual in the small intestine. Breath tests estimate it from the hydrogen and methane bacteria make from a sugar drink (glucose 75 g or lactulose 10 g); the North American Consensus, an expert agreement rather than trial evidence, counts a hydrogen rise of at least 20 ppm by 90 minutes as positive.",
            grade: .veryLow, citations: ["rezaie-2017"], keywords: "sibo small intestinal bacterial overgrowth breath test hydrogen methane"
        ),
        KnowledgeStatement(
            id: "term-breath-test-preparation", kind: .finding, topic: "terms",
            text:
                "The North American Consensus asks people before a breath test to have had no antibiotics for 4 weeks and no laxatives or promotility drugs for 1 week, to avoid fermentable foods the day before, to fast for 8–12 hours and not to smoke; the clinician ordering the test says what applies to you.",
            grade: .veryLow, citations: ["rezaie-2017"], keywords: "breath test preparation prepare before fasting"),
    ]
}
