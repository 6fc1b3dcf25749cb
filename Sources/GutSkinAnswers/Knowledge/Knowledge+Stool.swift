import GutSkinAxis

/// What a stool sample (and gutskin's reading of it) can and cannot tell: methods, so ungraded.
extension Knowledge {
    /// What a stool sample can and cannot tell.
    static let stool: [KnowledgeStatement] = [
        KnowledgeStatement(
            id: "stool-what-it-tells", kind: .definition, topic: "stool",
            text:
                "A stool sample shows which bacteria were in that sample, as shares of the sequencing reads, compared with healthy reference people (gutskin's gut reference is 318 stool samples from 193 healthy people in the Human Microbiome Project). It cannot diagnose a skin or gut condition, show what the bacteria are making, or show cause.",
            grade: nil, citations: ["hmp-2012"], keywords: "stool sample poop test what can tell cannot limits accurate reliable"),
        KnowledgeStatement(
            id: "stool-proportions", kind: .definition, topic: "stool",
            text:
                "Sequencing gives each bacterium as a share of the reads, not an amount: the total is fixed by the sequencer, so one bacterium's share can rise because others fell, and two samples can have the same shares and very different numbers of bacteria.",
            grade: nil, citations: ["weiss-2017", "aitchison-1986"], keywords: "proportion share percentage relative abundance amount count"
        ),
        KnowledgeStatement(
            id: "stool-16s-resolution", kind: .definition, topic: "stool",
            text:
                "16S reads name most bacteria only to the genus, so a report cannot tell Staphylococcus aureus from S. epidermidis, or acne-linked Cutibacterium acnes strains from others.",
            grade: nil, citations: ["edslev-2020", "fitz-gibbon-2013"], keywords: "16s species strain resolution genus level accurate"),
        KnowledgeStatement(
            id: "stool-lower-bound", kind: .definition, topic: "stool",
            text:
                "Trait scores such as butyrate producers are a lower bound: they count only genera the trait table names with a source, and only reads that could be named to a genus; other bacteria carry the same pathways.",
            grade: nil, citations: ["vital-2014", "louis-flint-2009"], keywords: "lower bound underestimate caveat missing genera trait"),
        KnowledgeStatement(
            id: "stool-platform-mismatch", kind: .definition, topic: "stool",
            text:
                "Scores compare poorly when a sample was sequenced differently from the reference (another primer region, platform or taxonomy); the report warns when under half of the reads fall in genera the reference knows, or when the sample is further from the reference than 99% of reference samples.",
            grade: nil, citations: ["hmp-2012", "weiss-2017"], keywords: "platform mismatch warning poor match different lab kit primer"),
    ]

    /// What methods studies found about reading stool sequencing (graded findings).
    static let stoolFindings: [KnowledgeStatement] = [
        KnowledgeStatement(
            id: "stool-microbial-load", kind: .finding, topic: "stool",
            text:
                "Healthy people differ up to tenfold in how many bacteria their stool holds, which a sequencing report does not show: counting cells alongside sequencing found that some differences seen in shares (such as Bacteroides against Prevotella) came from the shares themselves.",
            grade: .moderate, citations: ["vandeputte-2017"],
            keywords: "microbial load amount count how many bacteria total absolute quantitative stool"),
        KnowledgeStatement(
            id: "stool-compositional", kind: .finding, topic: "stool",
            text:
                "Microbiome sequencing data are compositional: the total is fixed by the instrument, so a rise in one bacterium's percentage can reflect a fall in others, and analyses must allow for that.",
            grade: .moderate, citations: ["gloor-2017"],
            keywords: "compositional proportion percentage share relative abundance rise fall"),
        KnowledgeStatement(
            id: "stool-16s-species", kind: .finding, topic: "stool",
            text:
                "Short-read 16S sequencing of one region (such as V4) cannot reliably tell species or strains apart; that needs the whole 16S gene or shotgun metagenomics.",
            grade: .moderate, citations: ["johnson-2019"],
            keywords: "16s species strain resolution v4 shotgun metagenomics accurate genus level"),
        KnowledgeStatement(
            id: "stool-snapshot", kind: .finding, topic: "stool",
            text:
                "One stool sample is a snapshot: in three adults sampled over 10 months, people differed more from each other than from day to day, but daily variation was real, so a change needs repeat samples to show it.",
            grade: .low, citations: ["dethlefsen-relman-2011"],
            keywords: "one sample snapshot repeat retest change day to day variation stable over time"),
        KnowledgeStatement(
            id: "stool-antibiotics-recovery", kind: .finding, topic: "stool",
            text:
                "After antibiotics, gut communities shifted within 3–4 days and began to return about a week after each course, but often incompletely; in 3 adults given ciprofloxacin twice, each ended stable but altered.",
            grade: .low, citations: ["dethlefsen-relman-2011"],
            keywords: "antibiotics antibiotic after recovery recover course gut bacteria ciprofloxacin"),
    ]
}
