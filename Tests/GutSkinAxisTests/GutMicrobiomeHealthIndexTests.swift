import Foundation
import Testing

@testable import GutSkinAxis

@Suite struct GutMicrobiomeHealthIndexTests {
    typealias Index = GutMicrobiomeHealthIndex

    @Test func speciesListsMatchTheReferenceCode() {
        #expect(Index.healthPrevalentSpecies.count == 7)
        #expect(Index.healthScarceSpecies.count == 43)
        #expect(Set(Index.healthPrevalentSpecies).isDisjoint(with: Index.healthScarceSpecies))
    }

    @Test func onlyHealthPrevalentSpecies() {
        // p = 0.5, 0.5 (percent input). H_MH = -2 · 0.5 ln 0.5 = ln 2 = 0.693147;
        // Psi_MH = 2/7 · ln 2 = 0.198042; Psi_MN = 0;
        // GMHI = log10((0.198042 + 1e-5) / 1e-5) = log10(19805.2) = 4.29678.
        let result = Index.score(speciesAbundances: [
            "s__Bifidobacterium_adolescentis": 50, "s__Alistipes_senegalensis": 50,
        ])
        let psi = 2.0 / 7.0 * log(2.0)
        #expect(abs(result.healthPrevalentPsi - psi) < 1e-12)
        #expect(result.healthScarcePsi == 0)
        #expect(abs(result.index - log10((psi + 1e-5) / 1e-5)) < 1e-12)
        #expect(abs(result.index - 4.29678) < 1e-5)
        #expect(result.healthPrevalentFound == ["s__Alistipes_senegalensis", "s__Bifidobacterium_adolescentis"])
        #expect(result.healthScarceFound.isEmpty)
    }

    @Test func noListedSpeciesGivesZero() {
        // Both Psi are 0: log10(1e-5 / 1e-5) = 0.
        let result = Index.score(speciesAbundances: ["s__Escherichia_coli": 1, "s__Bacteroides_vulgatus": 3])
        #expect(result.index == 0)
        #expect(result.healthPrevalentFound.isEmpty && result.healthScarceFound.isEmpty)
    }

    @Test func emptyProfileGivesZero() {
        #expect(Index.score(speciesAbundances: [:]).index == 0)
    }

    @Test func proportionsBelowTheDetectionLimitAreDropped() {
        // K. pneumoniae at p = 5e-6 < 1e-5 becomes 0, so Psi_MN = 0.
        // B. adolescentis p = 0.999995: H = -0.999995 ln 0.999995 = 4.999988e-6;
        // Psi_MH = 1/7 · H = 7.142839e-7; GMHI = log10((7.142839e-7 + 1e-5) / 1e-5) = log10(1.0714284) = 0.0299632.
        let result = Index.score(speciesAbundances: [
            "s__Bifidobacterium_adolescentis": 0.999995, "s__Klebsiella_pneumoniae": 0.000005,
        ])
        let p = 0.999995
        let psi = 1.0 / 7.0 * (-p * log(p))
        #expect(result.healthScarceFound.isEmpty)
        #expect(result.healthScarcePsi == 0)
        #expect(abs(result.healthPrevalentPsi - psi) < 1e-15)
        #expect(abs(result.index - log10((psi + 1e-5) / 1e-5)) < 1e-12)
        #expect(abs(result.index - 0.0299632) < 1e-6)
    }

    @Test func percentAndFractionInputGiveTheSameIndex() {
        // p = 0.3 (MH), 0.2 and 0.1 (MN), 0.4 (neither).
        // Psi_MH = 1/7 · (-0.3 ln 0.3) = 1/7 · 0.361192 = 0.0515989;
        // Psi_MN = 2/31 · (-(0.2 ln 0.2 + 0.1 ln 0.1)) = 2/31 · 0.552146 = 0.0356223;
        // GMHI = log10(0.0516089 / 0.0356323) = log10(1.448376) = 0.160881.
        let percent: [String: Double] = [
            "s__Bifidobacterium_adolescentis": 30, "s__Klebsiella_pneumoniae": 20,
            "s__Ruminococcus_gnavus": 10, "s__Bacteroides_vulgatus": 40,
        ]
        let fraction = percent.mapValues { $0 / 100 }
        let fromPercent = Index.score(speciesAbundances: percent)
        let fromFraction = Index.score(speciesAbundances: fraction)
        let psiMH = 1.0 / 7.0 * (-0.3 * log(0.3))
        let psiMN = 2.0 / 31.0 * -(0.2 * log(0.2) + 0.1 * log(0.1))
        #expect(abs(fromPercent.index - fromFraction.index) < 1e-12)
        #expect(abs(fromPercent.index - log10((psiMH + 1e-5) / (psiMN + 1e-5))) < 1e-12)
        #expect(abs(fromPercent.index - 0.160881) < 1e-5)
        #expect(fromPercent.healthScarceFound == ["s__Klebsiella_pneumoniae", "s__Ruminococcus_gnavus"])
    }

    @Test func unclassifiedAndVirusEntriesAreDroppedBeforeRenormalising() {
        // Dropping the unclassified and virus halves leaves p = 0.5, 0.5: the profile of
        // `onlyHealthPrevalentSpecies`, GMHI = log10((2/7 · ln 2 + 1e-5) / 1e-5).
        let result = Index.score(speciesAbundances: [
            "s__Bifidobacterium_adolescentis": 0.25, "s__Alistipes_senegalensis": 0.25,
            "s__Bifidobacterium_unclassified": 0.3,
            "k__Viruses|p__Viruses_noname|c__Viruses_noname|o__Viruses_noname|f__Siphoviridae|g__Lambdavirus|s__Enterobacteria_phage_lambda":
                0.2,
        ])
        #expect(abs(result.index - log10((2.0 / 7.0 * log(2.0) + 1e-5) / 1e-5)) < 1e-12)
    }

    @Test func namesAreNormalisedAndOtherRanksIgnored() {
        // A full MetaPhlAn profile: higher ranks and strains are skipped, species keep their
        // proportions (0.5, 0.5), so the index equals `onlyHealthPrevalentSpecies`.
        let result = Index.score(speciesAbundances: [
            "k__Bacteria": 100,
            "k__Bacteria|p__Actinobacteria": 50,
            "k__Bacteria|p__Actinobacteria|c__Actinobacteria|o__Bifidobacteriales|f__Bifidobacteriaceae|g__Bifidobacterium|s__Bifidobacterium_adolescentis":
                50,
            "k__Bacteria|p__Actinobacteria|c__Actinobacteria|o__Bifidobacteriales|f__Bifidobacteriaceae|g__Bifidobacterium|s__Bifidobacterium_adolescentis|t__GCF_000010425":
                50,
            "Alistipes senegalensis": 50,
        ])
        #expect(abs(result.index - log10((2.0 / 7.0 * log(2.0) + 1e-5) / 1e-5)) < 1e-12)
        #expect(result.healthPrevalentFound.count == 2)
    }
}
