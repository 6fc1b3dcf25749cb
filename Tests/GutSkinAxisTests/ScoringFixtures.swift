import GutSkinCore

@testable import GutSkinAxis

/// A small hand-made cohort: 8 reference samples from 6 subjects over 6 genera, Greengenes-style lineages.
enum ScoringFixtures {
    static let lineages = [
        "k__Bacteria; p__Bacteroidetes; c__Bacteroidia; o__Bacteroidales; f__Bacteroidaceae; g__Bacteroides",
        "k__Bacteria; p__Firmicutes; c__Clostridia; o__Clostridiales; f__Ruminococcaceae; g__Faecalibacterium",
        "k__Bacteria; p__Proteobacteria; c__Gammaproteobacteria; o__Enterobacteriales; f__Enterobacteriaceae; g__Escherichia",
        "k__Bacteria; p__Verrucomicrobia; c__Verrucomicrobiae; o__Verrucomicrobiales; f__Verrucomicrobiaceae; g__Akkermansia",
        "k__Bacteria; p__Firmicutes; c__Clostridia; o__Clostridiales; f__Lachnospiraceae; g__[Ruminococcus]",
        "k__Bacteria; p__Firmicutes; c__Clostridia; o__Clostridiales; f__Lachnospiraceae; g__",
    ]

    /// Counts (each sample sums to 20), samples × features; features 0–5 follow `lineages`.
    static let counts: [[Double]] = [
        [10, 5, 0, 1, 2, 2], [8, 6, 1, 0, 3, 2], [12, 2, 2, 2, 1, 1], [6, 8, 0, 3, 2, 1],
        [9, 4, 4, 0, 2, 1], [11, 7, 0, 0, 1, 1], [5, 5, 5, 5, 0, 0], [14, 3, 1, 1, 1, 0],
    ]
    static let subjects = ["s1", "s1", "s2", "s3", "s4", "s5", "s6", "s6"]

    static var table: FeatureTable {
        try! FeatureTable(
            sampleIDs: (1...8).map { "ref\($0)" }, featureIDs: (0..<6).map { "otu\($0)" },
            featureTaxonomy: lineages.map(Taxonomy.init(parsing:)), dense: counts)
    }

    static var subjectOfSample: [String: String] {
        Dictionary(uniqueKeysWithValues: zip(table.sampleIDs, subjects))
    }

    static func reference(depth: Int = 20) throws -> GutSkinReference {
        try ReferenceBuilder(name: "fixture", site: .gut, siteDetail: "stool", depth: depth, platform: "hand-made").build(
            table: table, subjects: subjectOfSample, tree: nil,
            provenance: .init(
                table: "fixture", metadata: nil, tree: nil, selection: [], subjectColumn: "subject", selectedSamples: 8,
                droppedBelowDepth: 0, builtBy: "test"))
    }
}
