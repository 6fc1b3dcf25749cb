import Foundation

/// The Gut Microbiome Health Index (GMHI) of a MetaPhlAn2 species profile, as in Gupta et al.
/// 2020 (Nat Commun 11:4635, `gupta-2020`) and its reference code (jaeyunsung/GMHI_2020, `GMHI.R`).
///
/// Steps: drop unclassified and virus entries; renormalise to sum 1; set proportions below
/// 1e-5 to 0. For each species set X (MH, health-prevalent; MN, health-scarce): R_X is the
/// number of its species present, H_X = -Σ p ln p over them (p is the proportion in the whole
/// profile), Psi_X = (R_X / R'_X) · H_X with R'_MH = 7 and R'_MN = 31.
/// GMHI = log10((Psi_MH + 1e-5) / (Psi_MN + 1e-5)); above 0 leans healthy, below 0 not.
public enum GutMicrobiomeHealthIndex {
    /// The 7 health-prevalent species (MH), as in the reference code's `MH_species.txt`.
    public static let healthPrevalentSpecies: [String] = [
        "s__Alistipes_senegalensis",
        "s__Bacteroidales_bacterium_ph8",
        "s__Bifidobacterium_adolescentis",
        "s__Bifidobacterium_angulatum",
        "s__Bifidobacterium_catenulatum",
        "s__Lachnospiraceae_bacterium_8_1_57FAA",
        "s__Sutterella_wadsworthensis",
    ]

    /// The 43 health-scarce species (MN), as in the reference code's `MN_species.txt`.
    public static let healthScarceSpecies: [String] = [
        "s__Anaerotruncus_colihominis",
        "s__Atopobium_parvulum",
        "s__Bifidobacterium_dentium",
        "s__Blautia_producta",
        "s__candidate_division_TM7_single_cell_isolate_TM7c",
        "s__Clostridiales_bacterium_1_7_47FAA",
        "s__Clostridium_asparagiforme",
        "s__Clostridium_bolteae",
        "s__Clostridium_citroniae",
        "s__Clostridium_clostridioforme",
        "s__Clostridium_hathewayi",
        "s__Clostridium_nexile",
        "s__Clostridium_ramosum",
        "s__Clostridium_symbiosum",
        "s__Eggerthella_lenta",
        "s__Erysipelotrichaceae_bacterium_2_2_44A",
        "s__Flavonifractor_plautii",
        "s__Fusobacterium_nucleatum",
        "s__Gemella_morbillorum",
        "s__Gemella_sanguinis",
        "s__Granulicatella_adiacens",
        "s__Holdemania_filiformis",
        "s__Klebsiella_pneumoniae",
        "s__Lachnospiraceae_bacterium_1_4_56FAA",
        "s__Lachnospiraceae_bacterium_2_1_58FAA",
        "s__Lachnospiraceae_bacterium_3_1_57FAA_CT1",
        "s__Lachnospiraceae_bacterium_5_1_57FAA",
        "s__Lachnospiraceae_bacterium_9_1_43BFAA",
        "s__Lactobacillus_salivarius",
        "s__Peptostreptococcus_stomatis",
        "s__Ruminococcaceae_bacterium_D16",
        "s__Ruminococcus_gnavus",
        "s__Solobacterium_moorei",
        "s__Streptococcus_anginosus",
        "s__Streptococcus_australis",
        "s__Streptococcus_gordonii",
        "s__Streptococcus_infantis",
        "s__Streptococcus_mitis_oralis_pneumoniae",
        "s__Streptococcus_sanguinis",
        "s__Streptococcus_vestibularis",
        "s__Subdoligranulum_sp_4_3_54A2FAA",
        "s__Subdoligranulum_variabile",
        "s__Veillonella_atypica",
    ]

    /// R'_MH: the median MH richness of the top-ranked 1% of the paper's samples.
    public static let healthPrevalentReferenceRichness = 7.0
    /// R'_MN: the median MN richness of the bottom-ranked 1% of the paper's samples.
    public static let healthScarceReferenceRichness = 31.0
    /// Proportions below this are set to 0, and it is added to both Psi values before the ratio.
    public static let detectionLimit = 1e-5

    /// The index with the parts it is built from.
    public struct Result: Sendable, Equatable {
        /// log10((Psi_MH + 1e-5) / (Psi_MN + 1e-5)).
        public let index: Double
        /// Psi_MH = (R_MH / 7) · H_MH.
        public let healthPrevalentPsi: Double
        /// Psi_MN = (R_MN / 31) · H_MN.
        public let healthScarcePsi: Double
        /// MH species present after the 1e-5 cut, as `s__Genus_species`, in list order.
        public let healthPrevalentFound: [String]
        /// MN species present after the 1e-5 cut, as `s__Genus_species`, in list order.
        public let healthScarceFound: [String]
    }

    /// GMHI of one profile. Keys are MetaPhlAn species names in any common form
    /// (`s__Bifidobacterium_adolescentis`, `Bifidobacterium adolescentis`, or a full
    /// `k__…|s__…` lineage); entries above or below species rank are ignored. Values are
    /// relative abundances on any scale (percent or fractions): the profile is renormalised.
    public static func score(speciesAbundances: [String: Double]) -> Result {
        var abundanceBySpecies = [String: Double]()
        for (name, value) in speciesAbundances {
            guard value.isFinite, value > 0, let species = speciesName(name), !isExcluded(lineage: name) else { continue }
            abundanceBySpecies[species, default: 0] += value
        }
        let total = abundanceBySpecies.values.reduce(0, +)
        var proportions = [String: Double]()
        if total > 0 {
            for (species, value) in abundanceBySpecies where value / total >= detectionLimit {
                proportions[species] = value / total
            }
        }
        let healthPrevalent = collectiveAbundance(
            of: healthPrevalentSpecies, in: proportions, referenceRichness: healthPrevalentReferenceRichness)
        let healthScarce = collectiveAbundance(of: healthScarceSpecies, in: proportions, referenceRichness: healthScarceReferenceRichness)
        return Result(
            index: log10((healthPrevalent.psi + detectionLimit) / (healthScarce.psi + detectionLimit)),
            healthPrevalentPsi: healthPrevalent.psi,
            healthScarcePsi: healthScarce.psi,
            healthPrevalentFound: healthPrevalent.found,
            healthScarceFound: healthScarce.found)
    }

    /// Psi = (R / R') · H over the listed species present in the profile, and which they are.
    static func collectiveAbundance(of list: [String], in proportions: [String: Double], referenceRichness: Double) -> (
        psi: Double, found: [String]
    ) {
        var found = [String]()
        var shannon = 0.0
        for listed in list {
            guard let species = speciesName(listed), let proportion = proportions[species], proportion > 0 else { continue }
            found.append(listed)
            shannon -= proportion * log(proportion)
        }
        return (Double(found.count) / referenceRichness * shannon, found)
    }

    /// `Genus_species` from any accepted spelling, or nil for a name above or below species rank.
    static func speciesName(_ name: String) -> String? {
        var last = Substring(name)
        if let bar = name.lastIndex(of: "|") { last = name[name.index(after: bar)...] }
        var text = String(last).trimmingCharacters(in: .whitespaces)
        if text.count > 3, text.dropFirst().hasPrefix("__") {
            guard text.hasPrefix("s__") else { return nil }
            text = String(text.dropFirst(3))
        }
        guard !text.isEmpty else { return nil }
        return text.replacingOccurrences(of: " ", with: "_")
    }

    /// The reference code drops rows whose name contains `unclassified` or `virus`; the
    /// comparison here ignores case so that a `k__Viruses` lineage is dropped too.
    static func isExcluded(lineage name: String) -> Bool {
        let lowered = name.lowercased()
        return lowered.contains("unclassified") || lowered.contains("virus")
    }
}
