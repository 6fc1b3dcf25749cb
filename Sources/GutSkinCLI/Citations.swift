/// What to cite for gutskin and for the methods and formats it implements (`gutskin --citations`).
enum Citations {
    static let text = """
        gutskin \(GutSkinCommand.version) — measures the gut–skin axis from microbiome data.
        Please cite what you used:

        Formats
          BIOM format: McDonald D, et al. (2012) The Biological Observation Matrix (BIOM) format or: \
        how I learned to stop worrying and love the ome-ome. GigaScience 1:7. doi:10.1186/2047-217X-1-7
          QIIME 2 artifacts and metadata: Bolyen E, et al. (2019) Reproducible, interactive, scalable \
        and extensible microbiome data science using QIIME 2. Nat Biotechnol 37:852–857. \
        doi:10.1038/s41587-019-0209-9
          MetaPhlAn profiles: Blanco-Míguez A, et al. (2023) Extending and improving metagenomic \
        taxonomic profiling with uncharacterized species using MetaPhlAn 4. Nat Biotechnol 41:1633–1644. \
        doi:10.1038/s41587-023-01688-w
          Greengenes taxonomy and tree (demo and test data): McDonald D, et al. (2012) An improved \
        Greengenes taxonomy with explicit ranks for ecological and evolutionary analyses of bacteria \
        and archaea. ISME J 6:610–618. doi:10.1038/ismej.2011.139

        Methods
          Rarefaction (subsampling without replacement): Sanders HL (1968) Marine benthic diversity: \
        a comparative study. Am Nat 102:243–282. doi:10.1086/282541; on its use and limits: \
        Weiss S, et al. (2017) Normalization and microbial differential abundance strategies depend \
        upon data characteristics. Microbiome 5:27. doi:10.1186/s40168-017-0237-y
          Selection sampling (Algorithm S): Knuth DE, The Art of Computer Programming vol. 2, §3.4.2.
          Random numbers (xoshiro256**): Blackman D, Vigna S (2021) Scrambled linear pseudorandom \
        number generators. ACM Trans Math Softw 47:36. doi:10.1145/3460772
          Alpha diversity (definitions and reference values): scikit-bio, https://scikit.bio; each \
        metric's original reference is in its documentation (AlphaMetric.swift)
          Faith's phylogenetic diversity: Faith DP (1992) Conservation evaluation and phylogenetic \
        diversity. Biol Conserv 61:1–10. doi:10.1016/0006-3207(92)91201-3
          Bray–Curtis: Bray JR, Curtis JT (1957) An ordination of the upland forest communities of southern Wisconsin. Ecol Monogr 27:325–349. doi:10.2307/1942268
          Aitchison distance: Aitchison J (1986) The Statistical Analysis of Compositional Data. Chapman & Hall. Robust Aitchison: Martino C, et al. (2019) A novel sparse compositional technique reveals microbial perturbations. mSystems 4:e00016-19. doi:10.1128/mSystems.00016-19
          UniFrac: Lozupone C, Knight R (2005) UniFrac: a new phylogenetic method for comparing microbial communities. Appl Environ Microbiol 71:8228–8235. doi:10.1128/AEM.71.12.8228-8235.2005; weighted: Lozupone CA, et al. (2007) Appl Environ Microbiol 73:1576–1585. doi:10.1128/AEM.01996-06; generalized: Chen J, et al. (2012) Bioinformatics 28:2106–2113. doi:10.1093/bioinformatics/bts342; variance adjusted: Chang Q, et al. (2011) BMC Bioinformatics 12:118. doi:10.1186/1471-2105-12-118
          Striped UniFrac (stripes, partial runs): McDonald D, et al. (2018) Striped UniFrac: enabling microbiome analysis at unprecedented scale. Nat Methods 15:847–848. doi:10.1038/s41592-018-0187-8
          PCoA: Gower JC (1966) Biometrika 53:325–338. doi:10.1093/biomet/53.3-4.325; randomized SVD: \
        Halko N, et al. (2011) SIAM Rev 53:217–288. doi:10.1137/090771806
          PERMANOVA: Anderson MJ (2001) Austral Ecol 26:32–46. doi:10.1111/j.1442-9993.2001.01070.pp.x; \
        adonis (sequential sums of squares): McArdle BH, Anderson MJ (2001) Ecology 82:290–297. \
        doi:10.1890/0012-9658(2001)082[0290:FMMTCD]2.0.CO;2; PERMDISP: Anderson MJ (2006) Biometrics \
        62:245–253. doi:10.1111/j.1541-0420.2005.00440.x; ANOSIM: Clarke KR (1993) Aust J Ecol \
        18:117–143. doi:10.1111/j.1442-9993.1993.tb00438.x; Mantel N (1967) Cancer Res 27:209–220
          ANCOM-BC: Lin H, Peddada SD (2020) Analysis of compositions of microbiomes with bias \
        correction. Nat Commun 11:3514. doi:10.1038/s41467-020-17041-7
          ALDEx2: Fernandes AD, et al. (2014) Unifying the analysis of high-throughput sequencing \
        datasets. Microbiome 2:15. doi:10.1186/2049-2618-2-15
          False discovery rate: Benjamini Y, Hochberg Y (1995) J R Stat Soc B 57:289–300. \
        doi:10.1111/j.2517-6161.1995.tb02031.x
          SIBO breath test (hydrogen and methane criteria): Rezaie A, et al. (2017) Hydrogen and \
        methane-based breath testing in gastrointestinal disorders: the North American Consensus. \
        Am J Gastroenterol 112:775–784. doi:10.1038/ajg.2017.46
          Reference implementations matched: scikit-bio (https://scikit.bio), SciPy (Virtanen P, et al. \
        (2020) Nat Methods 17:261–272. doi:10.1038/s41592-019-0686-2), vegan (Oksanen J, et al., R package)
        """
}
