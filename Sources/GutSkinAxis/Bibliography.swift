/// Every source gutskin's traits, scores and reports cite, by key.
public enum Bibliography {
    public static let all: [Citation] = [
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
        Citation(
            key: "lambers-2006",
            reference: "Lambers H, Piessens S, Bloem A, Pronk H, Finkel P. Natural skin surface pH is on average below 5, which is beneficial for its resident flora. Int J Cosmet Sci 28:359–370 (2006).",
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
            key: "vatanen-2016",
            reference: "Vatanen T, Kostic AD, d'Hennezel E, et al. Variation in microbiome LPS immunogenicity contributes to autoimmunity in humans. Cell 165:842–853 (2016).",
            doi: "10.1016/j.cell.2016.04.007"),
        Citation(
            key: "gower-1968",
            reference: "Gower JC. Adding a point to vector diagrams in multivariate analysis. Biometrika 55:582–585 (1968).",
            doi: "10.1093/biomet/55.3.582"),
    ]

    private static let byKey: [String: Citation] = Dictionary(uniqueKeysWithValues: all.map { ($0.key, $0) })

    /// The citation with this key, or nil.
    public static func citation(_ key: String) -> Citation? { byKey[key] }
}
