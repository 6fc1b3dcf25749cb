import GutSkinCore
import GutSkinFormats
import TestSupport
import Testing

@testable import GutSkinAxis

@Suite struct TraitTableStandardTests {
    @Test func everyTraitHasAGenus() {
        for trait in MicrobialTrait.allCases {
            #expect(!TraitTable.standard.assignments(for: trait).isEmpty, "\(trait)")
        }
    }

    @Test func greengenesSpellingsResolve() {
        let table = TraitTable.standard
        #expect(table.traits(ofGenus: "g__Faecalibacterium") == [.butyrate])
        #expect(table.traits(ofGenus: "g__Roseburia") == [.butyrate, .propionate, .conjugatedLinoleicAcid])
        #expect(table.traits(ofGenus: "g__Coprococcus") == [.butyrate, .propionate])
        #expect(table.traits(ofGenus: "g__Eubacterium") == [.butyrate])
        #expect(table.traits(ofGenus: "g__[Eubacterium]").isEmpty)
        #expect(table.traits(ofGenus: "g__Blautia") == [.propionate])
        #expect(table.traits(ofGenus: "g__Bacteroides") == [.propionate, .gaba, .tryptophanIndole])
        #expect(table.traits(ofGenus: "g__Parabacteroides") == [.gaba])
        #expect(table.traits(ofGenus: "g__Akkermansia") == [.propionate, .mucinDegradation])
        #expect(table.traits(ofGenus: "g__Bifidobacterium") == [.acetate, .conjugatedLinoleicAcid])
        #expect(table.traits(ofGenus: "g__Lactobacillus") == [.conjugatedLinoleicAcid])
        #expect(table.traits(ofGenus: "g__Phascolarctobacterium") == [.propionate])
        #expect(table.traits(ofGenus: "g__Veillonella") == [.propionate])
        #expect(table.traits(ofGenus: "g__Escherichia") == [.gaba, .tryptophanIndole, .lipopolysaccharide])
        #expect(table.traits(ofGenus: "g__Klebsiella") == [.lipopolysaccharide])
        #expect(table.traits(ofGenus: "g__Propionibacterium") == table.traits(ofGenus: "Cutibacterium"))
        #expect(table.traits(ofGenus: "D_5__Escherichia-Shigella").contains(.lipopolysaccharide))
        // No source in the table assigns a trait to Greengenes' provisional [Ruminococcus]
        // (R. gnavus, R. torques), which is not Ruminococcaceae's Ruminococcus.
        #expect(GenusName.key("g__[Ruminococcus]") != GenusName.key("g__Ruminococcus"))
        #expect(table.traits(ofGenus: "g__[Ruminococcus]").isEmpty)
    }

    /// Every row has a known source and a grade that fits it: rows resting on a review's "some strains"
    /// (CLA) are very low; Devillard et al. 2007 supports only Roseburia (the CLA sentence about
    /// Propionibacterium, Lactobacillus and Bifidobacterium is not in it).
    @Test func rowsHaveKnownSourcesAndFittingGrades() {
        let rows = TraitTable.standard.assignments
        #expect(rows.allSatisfy { Bibliography.citation($0.citation) != nil })
        #expect(rows.filter { $0.citation == "devillard-2007" }.map(\.genus) == ["Roseburia"])
        #expect(rows.filter { $0.citation == "salsinha-2018" }.allSatisfy { $0.grade == .veryLow })
        #expect(rows.filter { $0.evidence.hasPrefix("some ") }.allSatisfy { $0.grade >= .low })
        #expect(Set(rows.map(\.grade)).isSubset(of: [.moderate, .low, .veryLow]))
    }

    /// Which trait genera the project's real 16S tables (Greengenes 13_8) contain.
    @Test(arguments: ["pgp.biom", "hmp-v35-even1k.biom"])
    func traitGeneraPresentInRealData(file: String) throws {
        guard let path = SharedData.path(file) else { return }
        let table = try FeatureTableFile.read(path: path)
        let genusKeys = Set((table.featureTaxonomy ?? []).compactMap { $0.name(at: .genus) }.map(GenusName.key))
        var present = [String]()
        var absent = [String]()
        for assignment in TraitTable.standard.assignments {
            let spellings = [assignment.genus] + assignment.synonyms
            let line = "\(assignment.genus) (\(assignment.trait.rawValue))"
            if spellings.contains(where: { genusKeys.contains(GenusName.key($0)) }) { present.append(line) } else { absent.append(line) }
        }
        print("\(file): trait genera present: \(present.joined(separator: ", "))")
        print("\(file): trait genera absent: \(absent.joined(separator: ", "))")
        for genus in [
            "Faecalibacterium", "Roseburia", "Coprococcus", "Bacteroides", "Bifidobacterium", "Akkermansia", "Escherichia", "Cutibacterium",
        ] {
            #expect(present.contains { $0.hasPrefix(genus + " ") }, "\(genus) in \(file)")
        }
        // Greengenes 13_8 has neither the 2016 genus Agathobacter nor a Shigella genus.
        #expect(absent.contains { $0.hasPrefix("Agathobacter ") })
        #expect(absent.contains { $0.hasPrefix("Shigella ") })
    }
}
