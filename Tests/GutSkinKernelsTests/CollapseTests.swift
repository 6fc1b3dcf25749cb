import GutSkinCore
import GutSkinKernels
import Testing

@Suite struct CollapseTests {
    @Test func sumsByLineageAsQIIME2Names() throws {
        let taxonomy = [
            "k__Bacteria; p__Firmicutes; c__Clostridia; o__Clostridiales; f__Lachnospiraceae; g__Blautia; s__",
            "k__Bacteria; p__Firmicutes; c__Clostridia; o__Clostridiales; f__Lachnospiraceae; g__Blautia; s__obeum",
            "k__Bacteria; p__Bacteroidetes",
            "Unassigned",
        ].map(Taxonomy.init(parsing:))
        let table = try FeatureTable(
            sampleIDs: ["S1", "S2"], featureIDs: ["a", "b", "c", "d"], featureTaxonomy: taxonomy,
            dense: [[1, 2, 3, 4], [0, 5, 0, 6]])
        let genera = try table.collapsed(to: .genus)
        #expect(
            genera.featureIDs == [
                "k__Bacteria;p__Firmicutes;c__Clostridia;o__Clostridiales;f__Lachnospiraceae;g__Blautia",
                "k__Bacteria;p__Bacteroidetes;__;__;__;__",
                "Unassigned;__;__;__;__;__",
            ])
        #expect(genera.value(sample: 0, feature: 0) == 3)
        #expect(genera.value(sample: 1, feature: 0) == 5)
        #expect(genera.sampleTotals == table.sampleTotals)
        #expect(genera.featureTaxonomy?[0].name(at: .genus) == "Blautia")
    }

    @Test func mixedSignsThatCancelMidwayStillGiveOneEntry() throws {
        // 3 + (−3) + 1 passes through 0 before the last feature; the group must be listed once.
        let lineage = Taxonomy(parsing: "k__Bacteria; p__Firmicutes")
        let table = try FeatureTable(
            sampleIDs: ["S"], featureIDs: ["a", "b", "c"], featureTaxonomy: [lineage, lineage, lineage], dense: [[3, -3, 1]])
        let phyla = try table.collapsed(to: .phylum)
        #expect(phyla.nonzeroCount == 1)
        #expect(phyla.value(sample: 0, feature: 0) == 1)
    }

    @Test func needsTaxonomy() throws {
        let table = try FeatureTable(sampleIDs: ["S"], featureIDs: ["a"], dense: [[1]])
        #expect(throws: CollapseError.noTaxonomy) { try table.collapsed(to: .genus) }
    }
}
