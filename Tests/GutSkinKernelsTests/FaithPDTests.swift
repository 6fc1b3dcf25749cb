import Foundation
import GutSkinCore
import GutSkinFormats
import GutSkinKernels
import TestSupport
import Testing

/// Faith's PD on a hand-made tree (values worked by hand, and what scikit-bio 0.7.4's
/// `alpha_diversity('faith_pd', …)` prints for it) and on every sample of the real tables.
@Suite struct FaithPDTests {
    /// ((a:1,b:2)x:3,c:4)root:0.5 — the root's own length counts, as in scikit-bio.
    static func tree() throws -> PhylogeneticTree {
        try Newick.parse(Data("((a:1,b:2)x:3,c:4)root:0.5;".utf8), file: "hand.nwk")
    }

    static func table(_ rows: [[Double]], features: [String] = ["a", "b", "c"]) throws -> FeatureTable {
        try FeatureTable(sampleIDs: rows.indices.map { "S\($0)" }, featureIDs: features, dense: rows)
    }

    @Test func handTree() throws {
        let table = try Self.table([[1, 0, 0], [1, 1, 0], [2, 0, 7], [0, 0, 0], [1, 1, 1]])
        let faith = try FaithPD(tree: try Self.tree(), featureIDs: table.featureIDs)
        // a: 1 + 3 + 0.5; a,b: 1 + 2 + 3 + 0.5 (x once); a,c: 1 + 3 + 4 + 0.5; empty: 0; all: 10.5.
        #expect(faith.values(for: table) == [4.5, 6.5, 8.5, 0, 10.5])
        #expect(faith.values(for: table, threads: 1) == faith.values(for: table, threads: 3))
    }

    @Test func featuresMissingFromTheTreeAreNamed() throws {
        let table = try Self.table([[1, 0, 0, 1, 1]], features: ["a", "b", "c", "zz", "yy"])
        #expect(throws: AlphaDiversityError.featuresNotInTree(firstFew: ["zz", "yy"], count: 2)) {
            try AlphaDiversity(table: table, metrics: [.faithPD], tree: try Self.tree())
        }
        #expect(
            AlphaDiversityError.featuresNotInTree(firstFew: ["zz", "yy"], count: 2).description
                == "2 features are not tips of the tree: 'zz', 'yy'")
    }

    @Test func duplicateTipNamesAreRefused() throws {
        let tree = try Newick.parse(Data("((a:1,a:2):3,c:4);".utf8), file: "dup.nwk")
        #expect(throws: AlphaDiversityError.duplicateTipNames(["a"])) { try FaithPD(tree: tree, featureIDs: ["c"]) }
    }

    @Test func missingLengthsCountAsZero() throws {
        let tree = try Newick.parse(Data("((a:1,b:2)x,c:4);".utf8), file: "partial.nwk")
        let table = try Self.table([[1, 1, 0]])
        #expect(try FaithPD(tree: tree, featureIDs: table.featureIDs).values(for: table) == [3])
    }

    @Test(arguments: [("pgp.biom", "alpha-pgp.json.gz"), ("hmp-v35-even1k.biom", "alpha-hmp-even1k.json.gz")])
    func everySampleMatchesScikitBio(_ tableName: String, _ goldenName: String) throws {
        guard let tablePath = SharedData.path(tableName), let treePath = SharedData.path("gg-13_8-97_otus.tree.gz") else { return }
        let table = try FeatureTableFile.read(path: tablePath)
        let tree = try TreeFile.read(path: treePath)
        let golden = try AlphaGolden.load(goldenName)
        let expected = try #require(golden.columns["faith_pd"])
        let faith = try FaithPD(tree: tree, featureIDs: table.featureIDs)
        let computed = faith.values(for: table, threads: 3)
        #expect(computed.map(\.bitPattern) == faith.values(for: table, threads: 1).map(\.bitPattern))
        var agreement = Agreement()
        for sample in computed.indices {
            agreement.compare(computed[sample], try #require(expected[sample]), at: table.sampleIDs[sample])
        }
        print("agreement \(tableName) faith_pd: \(agreement)")
        #expect(agreement.failures.isEmpty, "\(agreement.failures.prefix(5))")
    }
}
