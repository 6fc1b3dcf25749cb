import GutSkinCore
import Testing

/// `(((a:1,b:2)c:3,(d:4,e:5)f:6)g:7,(h:8,i:9)j:10)root;` in post-order:
/// a0 b1 c2 d3 e4 f5 g6 h7 i8 j9 root10.
private func exampleTree() throws -> PhylogeneticTree {
    try PhylogeneticTree(
        parent: [2, 2, 6, 5, 5, 6, 10, 9, 9, 10, -1],
        branchLength: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 0],
        names: ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "root"],
        hasBranchLength: [true, true, true, true, true, true, true, true, true, true, false])
}

/// (name, length) of every node, in post-order.
private func nodes(_ tree: PhylogeneticTree) -> [String] {
    (0..<tree.nodeCount).map { "\(tree.names[$0] ?? "-"):\(tree.hasBranchLength[$0] ? "\(tree.branchLength[$0])" : "none")" }
}

@Suite struct PhylogeneticTreeTests {
    @Test func basicProperties() throws {
        let tree = try exampleTree()
        #expect(tree.nodeCount == 11)
        #expect(tree.tipCount == 6)
        #expect(tree.root == 10)
        #expect(tree.tipNames == ["a", "b", "d", "e", "h", "i"])
        #expect(tree.tipNodes == [0, 1, 3, 4, 7, 8])
        #expect(tree.totalBranchLength == 55)
        #expect(tree.missingBranchLengthCount == 0)
        #expect(Array(tree.children(of: 10)) == [6, 9])
        #expect(Array(tree.children(of: 6)) == [2, 5])
        #expect(tree.isTip(0) && !tree.isTip(2))
        #expect(try tree.tipIndex(named: "h") == 7)
        #expect(try tree.tipIndex(named: "c") == nil)  // internal label, not a tip
        #expect(try tree.tipIndex(named: "zz") == nil)
    }

    @Test func rejectsArraysThatAreNotPostOrder() {
        // Root not last.
        #expect(throws: PhylogeneticTreeError.self) {
            try PhylogeneticTree(parent: [-1, 0], branchLength: [0, 1], names: [nil, "a"])
        }
        // Topological order but subtree of node 3 ({0, 2}) is not contiguous.
        #expect(throws: PhylogeneticTreeError.self) {
            try PhylogeneticTree(parent: [3, 4, 3, 4, -1], branchLength: [1, 1, 1, 1, 0], names: ["a", "b", "c", nil, nil])
        }
        #expect(throws: PhylogeneticTreeError.empty) {
            try PhylogeneticTree(parent: [], branchLength: [], names: [])
        }
        #expect(throws: PhylogeneticTreeError.self) {
            try PhylogeneticTree(parent: [2, 2, -1], branchLength: [1, .nan, 0], names: ["a", "b", nil])
        }
    }

    @Test func duplicateTipNamesAreAcceptedButNotLookedUp() throws {
        let tree = try PhylogeneticTree(parent: [3, 3, 3, -1], branchLength: [1, 1, 1, 0], names: ["a", "a", "b", nil])
        #expect(tree.duplicateTipNames == ["a"])
        #expect(throws: PhylogeneticTreeError.duplicateTipName("a")) { try tree.tipIndex(named: "a") }
        #expect(try tree.tipIndex(named: "b") == 2)
        #expect(throws: PhylogeneticTreeError.duplicateTipName("a")) { try tree.sheared(toTips: ["a", "b"]) }
        #expect(try tree.sheared(toTips: ["b"]).tipNames == ["b"])
    }

    // Expected values below are worked by hand and agree with scikit-bio 0.7.4's
    // `TreeNode.shear` (see Tests/GutSkinFormatsTests/Golden/tree_golden.json).
    @Test func shearCollapsesSingleChildNodesSummingLengths() throws {
        let sheared = try exampleTree().sheared(toTips: ["h", "a", "d"])
        // c (3) merges into a, f (6) into d, j (10) into h; g keeps two children.
        #expect(nodes(sheared) == ["a:4.0", "d:10.0", "g:7.0", "h:18.0", "root:none"])
        #expect(sheared.parent == [2, 2, 4, 4, -1])
        #expect(sheared.totalBranchLength == 39)
    }

    @Test func shearToOneCladeMakesItsRootTheRoot() throws {
        let sheared = try exampleTree().sheared(toTips: ["a", "b"])
        // root → g → c chain: c becomes the root with length 3 + 7 (root had none).
        #expect(nodes(sheared) == ["a:1.0", "b:2.0", "c:10.0"])
        #expect(sheared.totalBranchLength == 3)
    }

    @Test func shearToOneTipLeavesASingleNode() throws {
        let sheared = try exampleTree().sheared(toTips: ["h"])
        #expect(nodes(sheared) == ["h:18.0"])
        #expect(sheared.tipCount == 1 && sheared.nodeCount == 1)
        #expect(sheared.totalBranchLength == 0)
    }

    @Test func shearKeepingEverythingChangesNothing() throws {
        let tree = try exampleTree()
        #expect(try tree.sheared(toTips: ["a", "b", "d", "e", "h", "i"]) == tree)
    }

    @Test func shearCollapsesPreexistingSingleChildNodesAndKeepsOrder() throws {
        // ((((a:1)p:2)q:3,b:4)s:5,c:6)r;  → keep a, c: ((a:11)... a merges p, q, s.
        let tree = try PhylogeneticTree(
            parent: [1, 2, 4, 4, 6, 6, -1], branchLength: [1, 2, 3, 4, 5, 6, 0],
            names: ["a", "p", "q", "b", "s", "c", "r"],
            hasBranchLength: [true, true, true, true, true, true, false])
        let sheared = try tree.sheared(toTips: ["c", "a"])
        #expect(nodes(sheared) == ["a:11.0", "c:6.0", "r:none"])
        #expect(sheared.tipNames == ["a", "c"])
    }

    @Test func mergedBranchHasALengthWhenEitherPartHadOne() throws {
        // ((a,((b:2)x)w)y,c)r; keep a, b: y keeps a and b; x and w (no lengths) collapse into b.
        let tree = try PhylogeneticTree(
            parent: [4, 2, 3, 4, 6, 6, -1],
            branchLength: [0, 2, 0, 0, 0, 0, 0], names: ["a", "b", "x", "w", "y", "c", "r"],
            hasBranchLength: [false, true, false, false, false, false, false])
        // a0→y4, b1→x2, x2→w3, w3→y4, y4→r6, c5→r6: w and x collapse into b.
        let sheared = try tree.sheared(toTips: ["a", "b"])
        #expect(nodes(sheared) == ["a:none", "b:2.0", "y:none"])
    }

    @Test func shearErrorsNameTheProblem() throws {
        let tree = try exampleTree()
        #expect(throws: PhylogeneticTreeError.unknownTips(first: "zz", count: 1)) { try tree.sheared(toTips: ["a", "zz"]) }
        #expect(throws: PhylogeneticTreeError.unknownTips(first: "c", count: 1)) { try tree.sheared(toTips: ["c"]) }
        #expect(throws: PhylogeneticTreeError.nothingToKeep) { try tree.sheared(toTips: [String]()) }
        #expect(PhylogeneticTreeError.unknownTips(first: "zz", count: 1).description == "tip 'zz' is not in the tree")
    }
}
