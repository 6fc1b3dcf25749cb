import GutSkinCore
import Testing

@Suite struct TaxonomyTests {
    @Test(arguments: [
        // (lineage, expected genus, expected phylum) — forms seen in real files, checked by hand.
        ("k__Bacteria; p__Firmicutes; c__Clostridia; o__Clostridiales; f__Lachnospiraceae; g__Roseburia; s__", "Roseburia", "Firmicutes"),
        (
            "k__Bacteria; p__Firmicutes; c__Clostridia; o__Clostridiales; f__Lachnospiraceae; g__[Ruminococcus]; s__gnavus",
            "[Ruminococcus]", "Firmicutes"
        ),
        ("D_0__Bacteria;D_1__Firmicutes;D_2__Clostridia;D_3__Clostridiales;D_4__Lachnospiraceae;D_5__Blautia", "Blautia", "Firmicutes"),
        (
            "d__Bacteria; p__Firmicutes_A; c__Clostridia; o__Lachnospirales; f__Lachnospiraceae; g__Agathobacter; s__Agathobacter rectalis",
            "Agathobacter", "Firmicutes_A"
        ),
        (
            "k__Bacteria| p__Actinobacteria|c__Actinobacteria|o__Bifidobacteriales|f__Bifidobacteriaceae|g__Bifidobacterium|s__Bifidobacterium_adolescentis",
            "Bifidobacterium", "Actinobacteria"
        ),
    ])
    func parsesRanks(lineage: String, genus: String, phylum: String) {
        let taxonomy = Taxonomy(parsing: lineage)
        #expect(taxonomy.name(at: .genus) == genus)
        #expect(taxonomy.name(at: .phylum) == phylum)
    }

    @Test func keepsLabelsTrimmedAndEmptyRanksMissing() {
        let taxonomy = Taxonomy(ranks: ["k__Bacteria", " p__Proteobacteria", " c__", " o__", " f__", " g__", " s__"])
        #expect(taxonomy.ranks[1] == "p__Proteobacteria")
        #expect(taxonomy.name(at: .genus) == nil)
        #expect(taxonomy.label(at: .genus) == "g__")
        #expect(taxonomy.collapsedID(at: .class) == "k__Bacteria;p__Proteobacteria;c__")
    }

    @Test func bracketsAndPadding() {
        let taxonomy = Taxonomy(parsing: "k__Bacteria; p__Firmicutes; c__; o__; f__; g__[Ruminococcus]")
        #expect(taxonomy.plainName(at: .genus) == "Ruminococcus")
        #expect(taxonomy.name(at: .species) == nil)
        #expect(Taxonomy(parsing: "k__Bacteria; p__Firmicutes").collapsedID(at: .family) == "k__Bacteria;p__Firmicutes;__;__;__")
        #expect(Taxonomy(parsing: "Unassigned").collapsedID(at: .phylum) == "Unassigned;__")
        #expect(Taxonomy(parsing: "").ranks.isEmpty)
    }

    @Test func unprefixedLineagesCountByPosition() {
        let taxonomy = Taxonomy(parsing: "Bacteria;Firmicutes;Bacilli;Lactobacillales;Streptococcaceae;Streptococcus")
        #expect(taxonomy.name(at: .genus) == "Streptococcus")
        #expect(taxonomy.name(at: .species) == nil)
    }

    @Test func ranksParseFromUserNames() {
        #expect(TaxonomicRank(name: "Genus") == .genus)
        #expect(TaxonomicRank(name: "kingdom") == .domain)
        #expect(TaxonomicRank(name: "6") == .genus)
        #expect(TaxonomicRank(name: "strain") == nil)
    }
}
