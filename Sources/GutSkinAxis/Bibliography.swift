/// Every source gutskin's traits, scores and reports cite, by key. Authors are the first three
/// and "et al."; a DOI is nil where it could not be checked against the publisher's record.
public enum Bibliography {
    public static let all: [Citation] = indices + metabolism + dietAndSkin

    /// Per-person gut indices and breath testing.
    static let indices: [Citation] = [
        Citation(
            key: "lloyd-price-2019",
            reference: "Lloyd-Price J, Arze C, Ananthakrishnan AN, et al. Multi-omics of the gut microbial ecosystem in inflammatory bowel diseases. Nature 569:655–662 (2019).",
            doi: "10.1038/s41586-019-1237-9"),
        Citation(
            key: "gevers-2014",
            reference: "Gevers D, Kugathasan S, Denson LA, et al. The treatment-naive microbiome in new-onset Crohn's disease. Cell Host Microbe 15:382–392 (2014).",
            doi: "10.1016/j.chom.2014.02.005"),
        Citation(
            key: "gupta-2020",
            reference: "Gupta VK, Kim M, Bakshi U, et al. A predictive index for health status using species-level gut microbiome profiling. Nat Commun 11:4635 (2020).",
            doi: "10.1038/s41467-020-18476-8"),
        Citation(
            key: "rezaie-2017",
            reference: "Rezaie A, Buresi M, Lembo A, et al. Hydrogen and methane-based breath testing in gastrointestinal disorders: the North American Consensus. Am J Gastroenterol 112:775–784 (2017).",
            doi: "10.1038/ajg.2017.46"),
    ]

    /// What gut genera make: short-chain fatty acids, GABA, indole, CLA, LPS, mucin use.
    static let metabolism: [Citation] = [
        Citation(
            key: "vital-2014",
            reference: "Vital M, Howe AC, Tiedje JM. Revealing the bacterial butyrate synthesis pathways by analyzing (meta)genomic data. mBio 5:e00889-14 (2014).",
            doi: "10.1128/mBio.00889-14"),
        Citation(
            key: "louis-flint-2009",
            reference: "Louis P, Flint HJ. Diversity, metabolism and microbial ecology of butyrate-producing bacteria from the human large intestine. FEMS Microbiol Lett 294:1–8 (2009).",
            doi: "10.1111/j.1574-6968.2009.01514.x"),
        Citation(
            key: "pryde-2002",
            reference: "Pryde SE, Duncan SH, Stewart CS, et al. The microbiology of butyrate formation in the human colon. FEMS Microbiol Lett 217:133–139 (2002).",
            doi: "10.1111/j.1574-6968.2002.tb11467.x"),
        Citation(
            key: "belenguer-2006",
            reference: "Belenguer A, Duncan SH, Calder AG, et al. Two routes of metabolic cross-feeding between Bifidobacterium adolescentis and butyrate-producing anaerobes from the human gut. Appl Environ Microbiol 72:3593–3599 (2006).",
            doi: "10.1128/AEM.72.5.3593-3599.2006"),
        Citation(
            key: "reichardt-2014",
            reference: "Reichardt N, Duncan SH, Young P, et al. Phylogenetic distribution of three pathways for propionate production within the human gut microbiota. ISME J 8:1323–1335 (2014).",
            doi: "10.1038/ismej.2014.14"),
        Citation(
            key: "louis-hold-flint-2014",
            reference: "Louis P, Hold GL, Flint HJ. The gut microbiota, bacterial metabolites and colorectal cancer. Nat Rev Microbiol 12:661–672 (2014).",
            doi: "10.1038/nrmicro3344"),
        Citation(
            key: "strandwitz-2019",
            reference: "Strandwitz P, Kim KH, Terekhova D, et al. GABA-modulating bacteria of the human gut microbiota. Nat Microbiol 4:396–403 (2019).",
            doi: "10.1038/s41564-018-0307-3"),
        Citation(
            key: "roager-licht-2018",
            reference: "Roager HM, Licht TR. Microbial tryptophan catabolites in health and disease. Nat Commun 9:3294 (2018).",
            doi: "10.1038/s41467-018-05470-4"),
        Citation(
            key: "devillard-2007",
            reference: "Devillard E, McIntosh FM, Duncan SH, et al. Metabolism of linoleic acid by human gut bacteria: different routes for biosynthesis of conjugated linoleic acid. J Bacteriol 189:2566–2570 (2007).",
            doi: nil),
        Citation(
            key: "salsinha-2018",
            reference: "Salsinha AS, Pimentel LL, Fontes AL, et al. Microbial production of conjugated linoleic acid and conjugated linolenic acid relies on a multienzymatic system. Microbiol Mol Biol Rev 82:e00019-18 (2018).",
            doi: "10.1128/MMBR.00019-18"),
        Citation(
            key: "vatanen-2016",
            reference: "Vatanen T, Kostic AD, d'Hennezel E, et al. Variation in microbiome LPS immunogenicity contributes to autoimmunity in humans. Cell 165:842–853 (2016).",
            doi: "10.1016/j.cell.2016.04.007"),
        Citation(
            key: "kawahara-2021",
            reference: "Kawahara K. Variation, modification and engineering of lipid A in endotoxin of Gram-negative bacteria. Int J Mol Sci 22:2281 (2021).",
            doi: "10.3390/ijms22052281"),
        Citation(
            key: "munford-varley-2006",
            reference: "Munford RS, Varley AW. Shield as signal: lipopolysaccharides and the evolution of immunity to Gram-negative bacteria. PLoS Pathog 2:e67 (2006).",
            doi: "10.1371/journal.ppat.0020067"),
        Citation(
            key: "derrien-2004",
            reference: "Derrien M, Vaughan EE, Plugge CM, et al. Akkermansia muciniphila gen. nov., sp. nov., a human intestinal mucin-degrading bacterium. Int J Syst Evol Microbiol 54:1469–1476 (2004).",
            doi: "10.1099/ijs.0.02873-0"),
    ]

    /// Diet, gut findings in skin conditions, and the skin itself.
    static let dietAndSkin: [Citation] = [
        Citation(
            key: "mcdonald-2018",
            reference: "McDonald D, Hyde E, Debelius JW, et al. American Gut: an open platform for citizen science microbiome research. mSystems 3:e00031-18 (2018).",
            doi: "10.1128/mSystems.00031-18"),
        Citation(
            key: "baxter-2019",
            reference: "Baxter NT, Schmidt AW, Venkataraman A, et al. Dynamics of human gut microbiota and short-chain fatty acids in response to dietary interventions with three fermentable fibers. mBio 10:e02566-18 (2019).",
            doi: "10.1128/mBio.02566-18"),
        Citation(
            key: "juhl-2018",
            reference: "Juhl CR, Bergholdt HKM, Miller IM, et al. Dairy intake and acne vulgaris: a systematic review and meta-analysis of 78,529 children, adolescents, and young adults. Nutrients 10:1049 (2018).",
            doi: "10.3390/nu10081049"),
        Citation(
            key: "smith-2007",
            reference: "Smith RN, Mann NJ, Braue A, et al. A low-glycemic-load diet improves symptoms in acne vulgaris patients: a randomized controlled trial. Am J Clin Nutr 86:107–115 (2007).",
            doi: nil),
        Citation(
            key: "huang-2017",
            reference: "Huang R, Ning H, Shen M, et al. Probiotics for the treatment of atopic dermatitis in children: a systematic review and meta-analysis of randomized controlled trials. Front Cell Infect Microbiol 7:392 (2017).",
            doi: "10.3389/fcimb.2017.00392"),
        Citation(
            key: "deng-2018",
            reference: "Deng Y, Wang H, Zhou J, et al. Patients with acne vulgaris have a distinct gut microbiota in comparison with healthy controls. Acta Derm Venereol 98:783–790 (2018).",
            doi: "10.2340/00015555-2968"),
        Citation(
            key: "yan-2018",
            reference: "Yan HM, Zhao HJ, Guo DY, et al. Gut microbiota alterations in moderate to severe acne vulgaris patients. J Dermatol 45:1166–1171 (2018).",
            doi: "10.1111/1346-8138.14586"),
        Citation(
            key: "sikora-2020",
            reference: "Sikora M, Stec A, Chrabaszcz M, et al. Gut microbiome in psoriasis: an updated review. Pathogens 9:463 (2020).",
            doi: "10.3390/pathogens9060463"),
        Citation(
            key: "parodi-2008",
            reference: "Parodi A, Paolino S, Greco A, et al. Small intestinal bacterial overgrowth in rosacea: clinical effectiveness of its eradication. Clin Gastroenterol Hepatol 6:759–764 (2008).",
            doi: "10.1016/j.cgh.2008.02.054"),
        Citation(
            key: "edslev-2020",
            reference: "Edslev SM, Agner T, Andersen PS. Skin microbiome in atopic dermatitis. Acta Derm Venereol 100:adv00164 (2020).",
            doi: nil),
        Citation(
            key: "fitz-gibbon-2013",
            reference: "Fitz-Gibbon S, Tomida S, Chiu BH, et al. Propionibacterium acnes strain populations in the human skin microbiome associated with acne. J Invest Dermatol 133:2152–2160 (2013).",
            doi: "10.1038/jid.2013.21"),
        Citation(
            key: "lambers-2006",
            reference: "Lambers H, Piessens S, Bloem A, et al. Natural skin surface pH is on average below 5, which is beneficial for its resident flora. Int J Cosmet Sci 28:359–370 (2006).",
            doi: "10.1111/j.1467-2494.2006.00344.x"),
        Citation(
            key: "hmp-2012",
            reference: "The Human Microbiome Project Consortium. Structure, function and diversity of the healthy human microbiome. Nature 486:207–214 (2012).",
            doi: "10.1038/nature11234"),
        Citation(
            key: "shannon-1948",
            reference: "Shannon CE. A mathematical theory of communication. Bell Syst Tech J 27:379–423 (1948).",
            doi: "10.1002/j.1538-7305.1948.tb01338.x"),
        Citation(
            key: "faith-1992",
            reference: "Faith DP. Conservation evaluation and phylogenetic diversity. Biol Conserv 61:1–10 (1992).",
            doi: "10.1016/0006-3207(92)91201-3"),
        Citation(
            key: "berger-parker-1970",
            reference: "Berger WH, Parker FL. Diversity of planktonic Foraminifera in deep-sea sediments. Science 168:1345–1347 (1970).",
            doi: "10.1126/science.168.3937.1345"),
        Citation(
            key: "gower-1968",
            reference: "Gower JC. Adding a point to vector diagrams in multivariate analysis. Biometrika 55:582–585 (1968).",
            doi: "10.1093/biomet/55.3.582"),
    ]

    private static let byKey: [String: Citation] = Dictionary(all.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })

    /// The citation with this key, or nil.
    public static func citation(_ key: String) -> Citation? { byKey[key] }
}
