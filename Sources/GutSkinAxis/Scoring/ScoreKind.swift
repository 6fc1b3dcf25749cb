/// Every score gutskin's report gives, with what a reader needs to understand it: a title, the
/// unit, the report section, the body site it applies to, and the source it rests on.
public enum ScoreKind: String, Sendable, Codable, CaseIterable {
    // Diversity (gut and skin)
    case observedFeatures = "observed_features"
    case shannonEntropy = "shannon_entropy"
    case faithPD = "faith_pd"
    // Balance and dysbiosis (gut)
    case bergerParkerDominance = "berger_parker_d"
    case dysbiosisScore = "dysbiosis_score"
    case microbialDysbiosisIndex = "md_index"
    // Metabolic potential (gut)
    case butyrateProducers = "butyrate_producers"
    case propionateProducers = "propionate_producers"
    case acetateProducers = "acetate_producers"
    case gabaProducers = "gaba_producers"
    case tryptophanIndole = "tryptophan_indole"
    case linoleicAcidMetabolisers = "cla_metabolisers"
    // Inflammation-related (gut)
    case proteobacteria
    case enterobacteriaceae
    case mucinDegraders = "mucin_degraders"
    // Skin
    case staphylococcus
    case cutibacterium
    case corynebacterium
    case skinAtypicality = "skin_atypicality"

    /// The report section a score belongs to.
    public enum Section: String, Sendable, Codable, CaseIterable {
        case diversity, balance, metabolism, inflammation, skin
        public var title: String {
            switch self {
            case .diversity: "Diversity"
            case .balance: "Balance and dysbiosis"
            case .metabolism: "What your gut bacteria can make"
            case .inflammation: "Inflammation-related signals"
            case .skin: "Skin community"
            }
        }
    }

    public var title: String {
        switch self {
        case .observedFeatures: "Observed features (richness)"
        case .shannonEntropy: "Shannon diversity"
        case .faithPD: "Faith's phylogenetic diversity"
        case .bergerParkerDominance: "Dominance (Berger–Parker)"
        case .dysbiosisScore: "Dysbiosis score"
        case .microbialDysbiosisIndex: "Microbial Dysbiosis index"
        case .butyrateProducers: "Butyrate producers"
        case .propionateProducers: "Propionate producers"
        case .acetateProducers: "Acetate producers"
        case .gabaProducers: "GABA producers"
        case .tryptophanIndole: "Tryptophan / indole metabolisers"
        case .linoleicAcidMetabolisers: "Linoleic-acid (CLA) metabolisers"
        case .proteobacteria: "Proteobacteria"
        case .enterobacteriaceae: "Enterobacteriaceae (strong LPS)"
        case .mucinDegraders: "Mucin degraders (Akkermansia)"
        case .staphylococcus: "Staphylococcus"
        case .cutibacterium: "Cutibacterium (Propionibacterium)"
        case .corynebacterium: "Corynebacterium"
        case .skinAtypicality: "Distance from typical skin"
        }
    }

    public var unit: String {
        switch self {
        case .observedFeatures: "features"
        case .shannonEntropy: "bits"
        case .faithPD: "branch length"
        case .bergerParkerDominance, .dysbiosisScore, .skinAtypicality: "0–1"
        case .microbialDysbiosisIndex: "log ratio"
        default: "share of reads"
        }
    }

    /// True for scores that are shares of reads: fractions 0–1 in JSON, shown as percentages.
    public var isShare: Bool { unit == "share of reads" }

    public var section: Section {
        switch self {
        case .observedFeatures, .shannonEntropy, .faithPD: .diversity
        case .bergerParkerDominance, .dysbiosisScore, .microbialDysbiosisIndex: .balance
        case .butyrateProducers, .propionateProducers, .acetateProducers, .gabaProducers, .tryptophanIndole,
            .linoleicAcidMetabolisers:
            .metabolism
        case .proteobacteria, .enterobacteriaceae, .mucinDegraders: .inflammation
        case .staphylococcus, .cutibacterium, .corynebacterium, .skinAtypicality: .skin
        }
    }

    /// The sites the score is computed for.
    public var sites: [BodySite] {
        switch section {
        case .diversity: [.gut, .skin]
        case .skin: [.skin]
        default: [.gut]
        }
    }

    /// The trait whose producers the score sums, for metabolic and mucin scores.
    public var trait: MicrobialTrait? {
        switch self {
        case .butyrateProducers: .butyrate
        case .propionateProducers: .propionate
        case .acetateProducers: .acetate
        case .gabaProducers: .gaba
        case .tryptophanIndole: .tryptophanIndole
        case .linoleicAcidMetabolisers: .conjugatedLinoleicAcid
        case .mucinDegraders: .mucinDegradation
        default: nil
        }
    }

    /// Bibliography keys of the score's definition or of the findings it rests on; for trait
    /// scores, the sources of the trait table's rows for that trait.
    public var citations: [String] {
        if let trait { return TraitTable.standard.citations(for: trait) }
        switch self {
        case .observedFeatures, .corynebacterium: return ["hmp-2012"]
        case .shannonEntropy: return ["shannon-1948"]
        case .faithPD: return ["faith-1992"]
        case .bergerParkerDominance: return ["berger-parker-1970"]
        case .dysbiosisScore: return ["lloyd-price-2019"]
        case .skinAtypicality: return ["hmp-2012"]
        case .microbialDysbiosisIndex: return ["gevers-2014"]
        case .proteobacteria, .enterobacteriaceae: return ["vatanen-2016"]
        case .staphylococcus: return ["edslev-2020"]
        case .cutibacterium: return ["fitz-gibbon-2013"]
        default: return []
        }
    }

    /// One or two sentences saying what the score measures, for people.
    public var explanation: String {
        switch self {
        case .observedFeatures: "How many different bacterial types (features) were found in an equal number of reads."
        case .shannonEntropy: "Diversity that counts both how many types there are and how evenly reads spread over them (in bits)."
        case .faithPD: "Diversity measured on the bacterial family tree: the total branch length the sample's types span."
        case .bergerParkerDominance: "The share of reads taken by the single most abundant type; high values mean one type dominates."
        case .dysbiosisScore:
            "How different the profile is from healthy reference profiles: the median Bray–Curtis dissimilarity of genus profiles. Above the reference's own 90th percentile counts as dysbiotic (Lloyd-Price et al. 2019)."
        case .microbialDysbiosisIndex:
            "Log ratio of genera increased to genera decreased in Crohn's disease (Gevers et al. 2014); higher is further from health. Undefined when either group is absent."
        case .butyrateProducers: "Share of reads from genera that make butyrate, a short-chain fatty acid that feeds the gut lining."
        case .propionateProducers: "Share of reads from genera that make propionate, a short-chain fatty acid."
        case .acetateProducers:
            "Share of reads from genera the trait table lists as acetate producers (most gut anaerobes make some acetate; only genera with a cited source are counted)."
        case .gabaProducers: "Share of reads from genera that make GABA, a signalling molecule."
        case .tryptophanIndole: "Share of reads from genera that turn tryptophan into indole and related signals."
        case .linoleicAcidMetabolisers: "Share of reads from genera that convert linoleic acid into conjugated linoleic acid (CLA)."
        case .proteobacteria:
            "Share of Proteobacteria, the phylum of most Gram-negative bacteria with strongly inflammatory lipopolysaccharide (LPS)."
        case .enterobacteriaceae: "Share of Enterobacteriaceae (e.g. Escherichia, Klebsiella), whose LPS signals strongly through TLR4."
        case .mucinDegraders: "Share of mucin-degrading genera (Akkermansia), which live on the gut's mucus layer."
        case .staphylococcus:
            "Share of Staphylococcus; S. aureus rises with atopic dermatitis severity (16S reads cannot tell S. aureus from S. epidermidis)."
        case .cutibacterium:
            "Share of Cutibacterium (Propionibacterium in Greengenes), the main bacterium of oily skin; 16S reads do not resolve acne-linked strains."
        case .corynebacterium: "Share of Corynebacterium, common on moist and oily skin."
        case .skinAtypicality:
            "Median Bray–Curtis dissimilarity of the skin genus profile to the skin reference: how unusual the skin community is for its site."
        }
    }

    /// Decimals shown to people (pages, `reference inspect`); shares are shown as percentages.
    public var decimals: Int {
        switch self {
        case .observedFeatures: 0
        case .faithPD, .shannonEntropy, .microbialDysbiosisIndex: 2
        default: 3
        }
    }

    /// A value for people: a percentage for shares, else `decimals` decimals.
    public func formatted(_ value: Double) -> String {
        isShare ? HTMLText.percent(value) : HTMLText.number(value, decimals: decimals)
    }

    /// The scores computed at `site`.
    public static func scores(at site: BodySite) -> [ScoreKind] { allCases.filter { $0.sites.contains(site) } }
}
