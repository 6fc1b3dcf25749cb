/// Every source gutskin cites, by key: for its traits, scores and reports, and for the formats and
/// methods it implements (`gutskin --citations` is drawn from here). Authors are the first three
/// and "et al." (for formats and methods, the first and "et al."). Every entry has a DOI or a
/// `noDOIReason` (a book, software, or a DOI that could not be checked against a stored record);
/// a part that could not be verified (authors, title, volume:pages) is left out or says so.
public enum Bibliography {
    /// The literature: every entry names a year.
    public static let all: [Citation] =
        indices + metabolism + dietAndSkin + dietEvidence + skinEvidence + answersEvidence + answersSkinAndStool
        + formats + methods

    /// Per-person gut indices and breath testing.
    static let indices: [Citation] = [
        Citation(
            key: "lloyd-price-2019",
            reference:
                "Lloyd-Price J, Arze C, Ananthakrishnan AN, et al. Multi-omics of the gut microbial ecosystem in inflammatory bowel diseases. Nature 569:655–662 (2019).",
            doi: "10.1038/s41586-019-1237-9"),
        Citation(
            key: "gevers-2014",
            reference:
                "Gevers D, Kugathasan S, Denson LA, et al. The treatment-naive microbiome in new-onset Crohn's disease. Cell Host Microbe 15:382–392 (2014).",
            doi: "10.1016/j.chom.2014.02.005"),
        Citation(
            key: "gupta-2020",
            reference:
                "Gupta VK, Kim M, Bakshi U, et al. A predictive index for health status using species-level gut microbiome profiling. Nat Commun 11:4635 (2020).",
            doi: "10.1038/s41467-020-18476-8"),
        Citation(
            key: "rezaie-2017", authors: "Rezaie A, Buresi M, Lembo A, et al.",
            title: "Hydrogen and methane-based breath testing in gastrointestinal disorders: the North American Consensus",
            source: "Am J Gastroenterol 112:775–784", year: 2017, doi: "10.1038/ajg.2017.46"),
    ]

    /// What gut genera make: short-chain fatty acids, GABA, indole, CLA, LPS, mucin use.
    static let metabolism: [Citation] = [
        Citation(
            key: "vital-2014",
            reference:
                "Vital M, Howe AC, Tiedje JM. Revealing the bacterial butyrate synthesis pathways by analyzing (meta)genomic data. mBio 5:e00889-14 (2014).",
            doi: "10.1128/mBio.00889-14"),
        Citation(
            key: "louis-flint-2009",
            reference:
                "Louis P, Flint HJ. Diversity, metabolism and microbial ecology of butyrate-producing bacteria from the human large intestine. FEMS Microbiol Lett 294:1–8 (2009).",
            doi: "10.1111/j.1574-6968.2009.01514.x"),
        Citation(
            key: "pryde-2002",
            reference:
                "Pryde SE, Duncan SH, Stewart CS, et al. The microbiology of butyrate formation in the human colon. FEMS Microbiol Lett 217:133–139 (2002).",
            doi: "10.1111/j.1574-6968.2002.tb11467.x"),
        Citation(
            key: "belenguer-2006",
            reference:
                "Belenguer A, Duncan SH, Calder AG, et al. Two routes of metabolic cross-feeding between Bifidobacterium adolescentis and butyrate-producing anaerobes from the human gut. Appl Environ Microbiol 72:3593–3599 (2006).",
            doi: "10.1128/AEM.72.5.3593-3599.2006"),
        Citation(
            key: "reichardt-2014",
            reference:
                "Reichardt N, Duncan SH, Young P, et al. Phylogenetic distribution of three pathways for propionate production within the human gut microbiota. ISME J 8:1323–1335 (2014).",
            doi: "10.1038/ismej.2014.14"),
        Citation(
            key: "louis-hold-flint-2014",
            reference:
                "Louis P, Hold GL, Flint HJ. The gut microbiota, bacterial metabolites and colorectal cancer. Nat Rev Microbiol 12:661–672 (2014).",
            doi: "10.1038/nrmicro3344"),
        Citation(
            key: "strandwitz-2019",
            reference:
                "Strandwitz P, Kim KH, Terekhova D, et al. GABA-modulating bacteria of the human gut microbiota. Nat Microbiol 4:396–403 (2019).",
            doi: "10.1038/s41564-018-0307-3"),
        Citation(
            key: "roager-licht-2018",
            reference: "Roager HM, Licht TR. Microbial tryptophan catabolites in health and disease. Nat Commun 9:3294 (2018).",
            doi: "10.1038/s41467-018-05470-4"),
        // Content checked in PMC1899373; the journal, pages, co-authors and DOI were not, so they are left out.
        Citation(
            key: "devillard-2007", authors: "Devillard E, et al.", title: nil,
            source: "PubMed Central PMC1899373 (journal, pages and DOI not verified)", year: 2007,
            doi: nil, noDOIReason: "DOI not verified; PubMed Central PMC1899373"),
        // The DOI and the statement were checked; the authors and title were not seen, so they are left out.
        Citation(
            key: "salsinha-2018", authors: "Review (authors not verified)", title: nil,
            source: "Microbiol Mol Biol Rev", year: 2018, doi: "10.1128/MMBR.00019-18"),
        Citation(
            key: "vatanen-2016",
            reference:
                "Vatanen T, Kostic AD, d'Hennezel E, et al. Variation in microbiome LPS immunogenicity contributes to autoimmunity in humans. Cell 165:842–853 (2016).",
            doi: "10.1016/j.cell.2016.04.007"),
        Citation(
            key: "kawahara-2021",
            reference:
                "Kawahara K. Variation, modification and engineering of lipid A in endotoxin of Gram-negative bacteria. Int J Mol Sci 22:2281 (2021).",
            doi: "10.3390/ijms22052281"),
        Citation(
            key: "munford-varley-2006",
            reference:
                "Munford RS, Varley AW. Shield as signal: lipopolysaccharides and the evolution of immunity to Gram-negative bacteria. PLoS Pathog 2:e67 (2006).",
            doi: "10.1371/journal.ppat.0020067"),
        Citation(
            key: "derrien-2004",
            reference:
                "Derrien M, Vaughan EE, Plugge CM, et al. Akkermansia muciniphila gen. nov., sp. nov., a human intestinal mucin-degrading bacterium. Int J Syst Evol Microbiol 54:1469–1476 (2004).",
            doi: "10.1099/ijs.0.02873-0"),
    ]

    /// Diet, gut findings in skin conditions, and the skin itself.
    static let dietAndSkin: [Citation] = [
        Citation(
            key: "mcdonald-2018",
            reference:
                "McDonald D, Hyde E, Debelius JW, et al. American Gut: an open platform for citizen science microbiome research. mSystems 3:e00031-18 (2018).",
            doi: "10.1128/mSystems.00031-18"),
        Citation(
            key: "juhl-2018",
            reference:
                "Juhl CR, Bergholdt HKM, Miller IM, et al. Dairy intake and acne vulgaris: a systematic review and meta-analysis of 78,529 children, adolescents, and young adults. Nutrients 10:1049 (2018).",
            doi: "10.3390/nu10081049"),
        Citation(
            key: "smith-2007",
            reference:
                "Smith RN, Mann NJ, Braue A, et al. A low-glycemic-load diet improves symptoms in acne vulgaris patients: a randomized controlled trial. Am J Clin Nutr 86:107–115 (2007).",
            doi: "10.1093/ajcn/86.1.107"),
        Citation(
            key: "deng-2018",
            reference:
                "Deng Y, Wang H, Zhou J, et al. Patients with acne vulgaris have a distinct gut microbiota in comparison with healthy controls. Acta Derm Venereol 98:783–790 (2018).",
            doi: "10.2340/00015555-2968"),
        Citation(
            key: "yan-2018", authors: "Yan, et al. (author list not verified)",
            title: "Gut microbiota alterations in moderate to severe acne vulgaris patients",
            source: "J Dermatol 45:1166–1171", year: 2018, doi: "10.1111/1346-8138.14586"),
        Citation(
            key: "sikora-2020",
            reference: "Sikora M, Stec A, Chrabaszcz M, et al. Gut microbiome in psoriasis: an updated review. Pathogens 9:463 (2020).",
            doi: "10.3390/pathogens9060463"),
        Citation(
            key: "parodi-2008",
            reference:
                "Parodi A, Paolino S, Greco A, et al. Small intestinal bacterial overgrowth in rosacea: clinical effectiveness of its eradication. Clin Gastroenterol Hepatol 6:759–764 (2008).",
            doi: "10.1016/j.cgh.2008.02.054"),
        Citation(
            key: "edslev-2020", authors: "Edslev SM, Agner T, Andersen PS", title: "Skin microbiome in atopic dermatitis",
            source: "Acta Derm Venereol 100:adv00164 (a review)", year: 2020, doi: nil, noDOIReason: "DOI not verified"),
        Citation(
            key: "fitz-gibbon-2013",
            reference:
                "Fitz-Gibbon S, Tomida S, Chiu BH, et al. Propionibacterium acnes strain populations in the human skin microbiome associated with acne. J Invest Dermatol 133:2152–2160 (2013).",
            doi: "10.1038/jid.2013.21"),
        Citation(
            key: "lambers-2006",
            reference:
                "Lambers H, Piessens S, Bloem A, et al. Natural skin surface pH is on average below 5, which is beneficial for its resident flora. Int J Cosmet Sci 28:359–370 (2006).",
            doi: "10.1111/j.1467-2494.2006.00344.x"),
        Citation(
            key: "hmp-2012",
            reference:
                "The Human Microbiome Project Consortium. Structure, function and diversity of the healthy human microbiome. Nature 486:207–214 (2012).",
            doi: "10.1038/nature11234"),
        Citation(
            key: "shannon-1948",
            reference: "Shannon CE. A mathematical theory of communication. Bell Syst Tech J 27:379–423 (1948).",
            doi: "10.1002/j.1538-7305.1948.tb01338.x"),
        Citation(
            key: "faith-1992", authors: "Faith DP", title: "Conservation evaluation and phylogenetic diversity",
            source: "Biol Conserv 61:1–10", year: 1992, doi: "10.1016/0006-3207(92)91201-3"),
        Citation(
            key: "berger-parker-1970",
            reference: "Berger WH, Parker FL. Diversity of planktonic Foraminifera in deep-sea sediments. Science 168:1345–1347 (1970).",
            doi: "10.1126/science.168.3937.1345"),
        Citation(
            key: "gower-1968",
            reference: "Gower JC. Adding a point to vector diagrams in multivariate analysis. Biometrika 55:582–585 (1968).",
            doi: "10.1093/biomet/55.3.582"),
    ]

    /// File formats gutskin reads, and the data its demo and tests use.
    static let formats: [Citation] = [
        Citation(
            key: "mcdonald-2012-biom", authors: "McDonald D, et al.",
            title: "The Biological Observation Matrix (BIOM) format or: how I learned to stop worrying and love the ome-ome",
            source: "GigaScience 1:7", year: 2012, doi: "10.1186/2047-217X-1-7"),
        Citation(
            key: "bolyen-2019", authors: "Bolyen E, et al.",
            title: "Reproducible, interactive, scalable and extensible microbiome data science using QIIME 2",
            source: "Nat Biotechnol 37:852–857", year: 2019, doi: "10.1038/s41587-019-0209-9"),
        Citation(
            key: "blanco-miguez-2023", authors: "Blanco-Míguez A, et al.",
            title: "Extending and improving metagenomic taxonomic profiling with uncharacterized species using MetaPhlAn 4",
            source: "Nat Biotechnol 41:1633–1644", year: 2023, doi: "10.1038/s41587-023-01688-w"),
        Citation(
            key: "mcdonald-2012-greengenes", authors: "McDonald D, et al.",
            title: "An improved Greengenes taxonomy with explicit ranks for ecological and evolutionary analyses of bacteria and archaea",
            source: "ISME J 6:610–618", year: 2012, doi: "10.1038/ismej.2011.139"),
    ]

    /// The methods gutskin implements (each also in its doc comment), and the implementations
    /// its results are checked against. Titles are given where gutskin's citations listed them.
    static let methods: [Citation] = [
        Citation(
            key: "sanders-1968", authors: "Sanders HL", title: "Marine benthic diversity: a comparative study",
            source: "Am Nat 102:243–282", year: 1968, doi: "10.1086/282541"),
        Citation(
            key: "weiss-2017", authors: "Weiss S, et al.",
            title: "Normalization and microbial differential abundance strategies depend upon data characteristics",
            source: "Microbiome 5:27", year: 2017, doi: "10.1186/s40168-017-0237-y"),
        Citation(
            key: "knuth-taocp-2", authors: "Knuth DE",
            title: "The Art of Computer Programming, vol. 2: Seminumerical Algorithms, 3rd ed., §3.4.2",
            source: "Addison-Wesley", year: 1997, doi: nil, noDOIReason: "a book"),
        Citation(
            key: "blackman-vigna-2021", authors: "Blackman D, Vigna S", title: "Scrambled linear pseudorandom number generators",
            source: "ACM Trans Math Softw 47:36", year: 2021, doi: "10.1145/3460772"),
        Citation(
            key: "bray-curtis-1957", authors: "Bray JR, Curtis JT",
            title: "An ordination of the upland forest communities of southern Wisconsin",
            source: "Ecol Monogr 27:325–349", year: 1957, doi: "10.2307/1942268"),
        Citation(
            key: "aitchison-1986", authors: "Aitchison J", title: "The Statistical Analysis of Compositional Data",
            source: "Chapman & Hall", year: 1986, doi: nil, noDOIReason: "a book"),
        Citation(
            key: "martino-2019", authors: "Martino C, et al.",
            title: "A novel sparse compositional technique reveals microbial perturbations",
            source: "mSystems 4:e00016-19", year: 2019, doi: "10.1128/mSystems.00016-19"),
        Citation(
            key: "lozupone-knight-2005", authors: "Lozupone C, Knight R",
            title: "UniFrac: a new phylogenetic method for comparing microbial communities",
            source: "Appl Environ Microbiol 71:8228–8235", year: 2005, doi: "10.1128/AEM.71.12.8228-8235.2005"),
        Citation(
            key: "lozupone-2007", authors: "Lozupone CA, et al.", title: nil,
            source: "Appl Environ Microbiol 73:1576–1585", year: 2007, doi: "10.1128/AEM.01996-06"),
        Citation(
            key: "chen-2012", authors: "Chen J, et al.", title: nil,
            source: "Bioinformatics 28:2106–2113", year: 2012, doi: "10.1093/bioinformatics/bts342"),
        Citation(
            key: "chang-2011", authors: "Chang Q, et al.", title: nil,
            source: "BMC Bioinformatics 12:118", year: 2011, doi: "10.1186/1471-2105-12-118"),
        Citation(
            key: "mcdonald-2018-striped-unifrac", authors: "McDonald D, et al.",
            title: "Striped UniFrac: enabling microbiome analysis at unprecedented scale",
            source: "Nat Methods 15:847–848", year: 2018, doi: "10.1038/s41592-018-0187-8"),
        Citation(
            key: "gower-1966", authors: "Gower JC", title: nil,
            source: "Biometrika 53:325–338", year: 1966, doi: "10.1093/biomet/53.3-4.325"),
        Citation(
            key: "halko-2011", authors: "Halko N, et al.", title: nil,
            source: "SIAM Rev 53:217–288", year: 2011, doi: "10.1137/090771806"),
        Citation(
            key: "anderson-2001", authors: "Anderson MJ", title: nil,
            source: "Austral Ecol 26:32–46", year: 2001, doi: "10.1111/j.1442-9993.2001.01070.pp.x"),
        Citation(
            key: "mcardle-anderson-2001", authors: "McArdle BH, Anderson MJ", title: nil,
            source: "Ecology 82:290–297", year: 2001, doi: "10.1890/0012-9658(2001)082[0290:FMMTCD]2.0.CO;2"),
        Citation(
            key: "anderson-2006", authors: "Anderson MJ", title: nil,
            source: "Biometrics 62:245–253", year: 2006, doi: "10.1111/j.1541-0420.2005.00440.x"),
        Citation(
            key: "clarke-1993", authors: "Clarke KR", title: nil,
            source: "Aust J Ecol 18:117–143", year: 1993, doi: "10.1111/j.1442-9993.1993.tb00438.x"),
        Citation(
            key: "mantel-1967", authors: "Mantel N", title: nil,
            source: "Cancer Res 27:209–220", year: 1967, doi: nil, noDOIReason: "no DOI checked against the publisher's record"),
        Citation(
            key: "lin-peddada-2020", authors: "Lin H, Peddada SD",
            title: "Analysis of compositions of microbiomes with bias correction",
            source: "Nat Commun 11:3514", year: 2020, doi: "10.1038/s41467-020-17041-7"),
        Citation(
            key: "fernandes-2014", authors: "Fernandes AD, et al.",
            title: "Unifying the analysis of high-throughput sequencing datasets",
            source: "Microbiome 2:15", year: 2014, doi: "10.1186/2049-2618-2-15"),
        Citation(
            key: "benjamini-hochberg-1995", authors: "Benjamini Y, Hochberg Y", title: nil,
            source: "J R Stat Soc B 57:289–300", year: 1995, doi: "10.1111/j.2517-6161.1995.tb02031.x"),
        Citation(
            key: "virtanen-2020", authors: "Virtanen P, et al.", title: nil,
            source: "Nat Methods 17:261–272", year: 2020, doi: "10.1038/s41592-019-0686-2"),
    ]

    /// Software whose results gutskin matches: cited by name and address; no year, no DOI.
    public static let software: [Citation] = [
        Citation(key: "scikit-bio", reference: "scikit-bio (https://scikit.bio)", doi: nil, noDOIReason: "software"),
        Citation(key: "vegan", reference: "vegan (Oksanen J, et al., R package)", doi: nil, noDOIReason: "software"),
    ]

    private static let byKey: [String: Citation] = Dictionary(
        (all + software).map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })

    /// The citation with this key, or nil.
    public static func citation(_ key: String) -> Citation? { byKey[key] }
}
