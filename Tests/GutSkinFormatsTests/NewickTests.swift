import Foundation
import GutSkinCore
import GutSkinFormats
import TestSupport
import Testing

private func parse(_ text: String) throws -> PhylogeneticTree { try Newick.parse(text, file: "test.nwk") }

/// "name:length" of every node in post-order ("-" for no name, "none" for no length).
private func nodes(_ tree: PhylogeneticTree) -> [String] {
    (0..<tree.nodeCount).map { "\(tree.names[$0] ?? "-"):\(tree.hasBranchLength[$0] ? "\(tree.branchLength[$0])" : "none")" }
}

private let testsFolder = SharedData.packageRoot.appendingPathComponent("Tests/GutSkinFormatsTests")

@Suite struct NewickParsingTests {
    @Test func readsLengthsLabelsInPostOrder() throws {
        let tree = try parse("((a:1,b:2)c:3,d:4)root;")
        #expect(nodes(tree) == ["a:1.0", "b:2.0", "c:3.0", "d:4.0", "root:none"])
        #expect(tree.parent == [2, 2, 4, 4, -1])
        #expect(tree.tipNames == ["a", "b", "d"])
        #expect(tree.totalBranchLength == 10)
        #expect(tree.missingBranchLengthCount == 0)
    }

    @Test func quotedLabelsMayHoldPunctuationAndEscapedQuotes() throws {
        let tree = try parse("('a,b':1,'(p)':2,'it''s':3,'x:y;[z]':4,'':5,'q_r':6);")
        #expect(tree.tipNames == ["a,b", "(p)", "it's", "x:y;[z]", "", "q_r"])
    }

    @Test func underscoresInUnquotedLabelsBecomeSpaces() throws {
        // As scikit-bio (and the Newick standard) read them; quoted underscores are kept.
        let tree = try parse("((a_b,'c_d')x_y,e)'r_s';")
        #expect(tree.names == ["a b", "c_d", "x y", "e", "r_s"])
    }

    @Test func singleDescendantsAndMultifurcations() throws {
        let single = try parse("((a)b)c;")
        #expect(nodes(single) == ["a:none", "b:none", "c:none"])
        #expect(single.tipCount == 1)
        let multi = try parse("(a,b,c,(d,e,f,g)h);")
        #expect(Array(multi.children(of: multi.root)) == [0, 1, 2, 7])
        #expect(Array(multi.children(of: 7)) == [3, 4, 5, 6])
    }

    @Test func missingLengthsReadAsZeroAndAreCounted() throws {
        let tree = try parse("((a,b:2)c,d:1):5;")
        #expect(tree.branchLength == [0, 2, 0, 1, 5])
        #expect(tree.hasBranchLength == [false, true, false, true, true])
        #expect(tree.missingBranchLengthCount == 2)  // the root's branch does not count
    }

    @Test func commentsAndWhitespaceAnywhereBetweenTokens() throws {
        let text = "[head]\n( a [x] : [y] 1.5 ,\r\n\t'b' [z]:2 ) [&R] root [tail] : 0.5 ;  [end]\n\n"
        #expect(nodes(try parse(text)) == ["a:1.5", "b:2.0", "root:0.5"])
    }

    @Test func internalSupportValuesAreLabels() throws {
        let tree = try parse("((a:0.1,b:0.2)0.792:0.00272,(c,d)'0.998:o__DHVE3':1e-05)'k__Bacteria';")
        #expect(tree.names[2] == "0.792" && tree.branchLength[2] == 0.00272)
        #expect(tree.names[5] == "0.998:o__DHVE3" && tree.branchLength[5] == 1e-05)
        #expect(tree.names[6] == "k__Bacteria")
    }

    @Test func oddButValidTrees() throws {
        #expect(nodes(try parse("(,);")) == ["-:none", "-:none", "-:none"])
        #expect(nodes(try parse("a;")) == ["a:none"])
        #expect(nodes(try parse("(a:-2,b:+1E3);")) == ["a:-2.0", "b:1000.0", "-:none"])
        #expect(nodes(try parse("\u{FEFF}(é:1,ü);")) == ["é:1.0", "ü:none", "-:none"])
    }

    @Test func duplicateTipNamesAreReadButCannotBeLookedUp() throws {
        let tree = try parse("(a,a,b);")
        #expect(tree.duplicateTipNames == ["a"])
        #expect(throws: PhylogeneticTreeError.duplicateTipName("a")) { try tree.tipIndex(named: "a") }
    }

    @Test func deepTreesNeitherOverflowNorSlowDown() throws {
        let depth = 50_000
        let text = String(repeating: "(", count: depth) + "a" + String(repeating: ",b):1", count: depth) + ";"
        let tree = try parse(text)
        #expect(tree.nodeCount == 2 * depth + 1)
        #expect(try parse(Newick.string(tree)) == tree)
    }

    @Test func acceptsDataAndByteArrays() throws {
        let text = "((a:1,b:2)c:3,d:4)root;"
        let fromData = try Newick.parse(Data(text.utf8), file: "x")
        #expect(fromData == (try Newick.parse(Array(text.utf8), file: "x")))
        #expect(fromData == (try parse(text)))
    }
}

@Suite struct NewickWritingTests {
    @Test func writesCompactNewick() throws {
        let tree = try parse("((a:1,b:2.5)c:3,d:0.0001)root;")
        #expect(Newick.string(tree) == "((a:1.0,b:2.5)c:3.0,d:0.0001)root;\n")
    }

    @Test func quotesLabelsThatNeedIt() throws {
        let tree = try parse("('a,b','(p)','it''s','q_r',s_t,'',u);")
        #expect(Newick.string(tree) == "('a,b','(p)','it''s','q_r',s_t,'',u);\n")
    }

    @Test func roundTripsOddInputs() throws {
        let inputs = [
            "((a:1,b:2)c:3,d:4)root;",
            "('a,b':1,'(p)':2,'it''s':3,'x:y;[z]':4,'':5,'q_r':6);",
            "((a_b,'c_d')x_y,e)'r_s';",
            "((a)b)c;",
            "(a,b,c,(d,e,f,g)h);",
            "((a,b:2)c,d:1):5;",
            "[c] (a[x]:1.5, 'b':2)[y]root:0.5;",
            "((a:0.1,b:0.2)0.792:0.00272,(c,d)'0.998:o__DHVE3':1e-05)'k__Bacteria';",
            "(,);", "a;", "(a:-2,b:1e300,c:5e-324,d:0.1);", "(a,a,b);", "('tab\there',' lead');",
        ]
        for input in inputs {
            let tree = try parse(input)
            let written = Newick.string(tree)
            #expect(try parse(written) == tree, "\(input) → \(written)")
            #expect(Newick.string(try parse(written)) == written)
        }
    }

    @Test func writesAtomicallyToAFileThatReadsBack() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gutskin-newick-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("tree.nwk").path
        let tree = try parse("((a:1,'b c_d':2)0.9:3,e:4);")
        try Newick.write(tree, to: path)
        #expect(try Newick.read(path: path) == tree)
    }
}

@Suite struct NewickErrorTests {
    private static let malformedFolder = testsFolder.appendingPathComponent("Malformed/newick")

    static let malformedFiles: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: malformedFolder.path)) ?? []
        return names.filter { $0.hasSuffix(".nwk") }.sorted()
    }()

    @Test func corpusIsPresent() {
        #expect(Self.malformedFiles.count >= 7)
    }

    @Test(arguments: malformedFiles)
    func malformedFileGivesOneLineErrorWithFileLineAndColumn(name: String) throws {
        let path = Self.malformedFolder.appendingPathComponent(name).path
        do {
            let tree = try Newick.read(path: path)
            Issue.record("\(name) parsed as a tree of \(tree.nodeCount) nodes")
        } catch {
            let message = error.description
            #expect(message.contains(name))
            #expect(!message.contains("\n"))
            #expect(message.range(of: #"\.nwk:\d+:\d+: "#, options: .regularExpression) != nil, "\(message)")
        }
    }

    @Test func errorsSayWhatAndWhere() throws {
        func message(_ text: String) -> String {
            do {
                _ = try Newick.parse(text, file: "t.nwk")
                return "parsed"
            } catch { return error.description }
        }
        #expect(message("((a,b);") == "t.nwk:1:7: unbalanced parentheses: ';' before the '(' at line 1, column 1 is closed")
        #expect(message("(a,b));") == "t.nwk:1:6: unbalanced parentheses: ')' has no matching '('")
        #expect(message("(a,\n(b,c)") == "t.nwk:2:6: unbalanced parentheses: '(' at line 1, column 1 is never closed")
        #expect(message("(a,b)") == "t.nwk:1:6: the tree does not end with ';'")
        #expect(message("(a,b)x:1 [c]\n\n") == "t.nwk:1:9: the tree does not end with ';'")
        #expect(message("(a,b)x [c]\n") == "t.nwk:1:7: the tree does not end with ';'")
        #expect(message("(a:x,b);") == "t.nwk:1:4: bad branch length 'x' (expected a finite number)")
        #expect(message("(a:nan,b);") == "t.nwk:1:4: bad branch length 'nan' (expected a finite number)")
        #expect(message("(a:1e999,b);") == "t.nwk:1:4: bad branch length '1e999' (expected a finite number)")
        #expect(message("(a:,b);") == "t.nwk:1:4: bad branch length '' (expected a finite number)")
        #expect(message("  \n [only a comment] ") == "t.nwk:2:19: no Newick tree (the input is empty)")
        #expect(message("(a,b);extra") == "t.nwk:1:7: text after the tree's closing ';' (one tree per file is supported)")
        #expect(message("(a,\n 'b,c);") == "t.nwk:2:2: quoted label is never closed (missing ')")
        #expect(message("(a,b)[x;") == "t.nwk:1:6: comment is never closed (missing ])")
        #expect(message("(a b,c);") == "t.nwk:1:4: unexpected 'b'; expected ',', ')' or ';'")
        #expect(message("(a:1:2,b);") == "t.nwk:1:5: unexpected ':'; expected ',', ')' or ';'")
        #expect(message("(a,b),c;") == "t.nwk:1:6: unexpected ','; expected ';' (',' outside parentheses)")
        #expect(message("(é,b)x y;") == "t.nwk:1:8: unexpected 'y'; expected ',', ')' or ';'")
    }

    @Test func missingFileIsNamed() {
        #expect(throws: NewickError.self) { try Newick.read(path: "/nonexistent/tree.nwk") }
        do { _ = try Newick.read(path: "/nonexistent/tree.nwk") } catch {
            #expect(error.description.contains("/nonexistent/tree.nwk"))
        }
    }
}

/// Values computed by scikit-bio 0.7.4 (scripts/reference/tree_golden.py).
private struct TreeGolden: Decodable {
    struct Summary: Decodable {
        let tipCount: Int
        let nodeCount: Int
        let totalBranchLength: Double
        let missingBranchLengthCount: Int
    }
    /// A node as [name or null, length or null].
    struct Node: Decodable {
        let name: String?
        let length: Double?
        init(from decoder: any Decoder) throws {
            var fields = try decoder.unkeyedContainer()
            name = try fields.decodeNil() ? nil : fields.decode(String.self)
            length = try fields.decodeNil() ? nil : fields.decode(Double.self)
        }
    }
    struct SmallCase: Decodable {
        let newick: String
        let keep: [String]
        let tipCount: Int
        let nodeCount: Int
        let totalBranchLength: Double
        let rootLength: Double?
        let nodes: [Node]
    }
    let generator: String
    let full: Summary
    let shearTips: [String]
    let sheared: Summary
    let smallCases: [SmallCase]

    static func load() throws -> TreeGolden {
        let data = try Data(contentsOf: testsFolder.appendingPathComponent("Golden/tree_golden.json"))
        return try JSONDecoder().decode(TreeGolden.self, from: data)
    }
}

@Suite struct NewickGoldenTests {
    @Test func goldenNamesScikitBio() throws {
        #expect(try TreeGolden.load().generator.contains("scikit-bio 0.7.4"))
    }

    @Test func smallShearCasesMatchScikitBio() throws {
        let cases = try TreeGolden.load().smallCases
        #expect(cases.count >= 5)
        for testCase in cases {
            let label = "\(testCase.newick) \(testCase.keep)"
            let sheared = try parse(testCase.newick).sheared(toTips: testCase.keep)
            #expect(sheared.tipCount == testCase.tipCount, "\(label)")
            #expect(sheared.nodeCount == testCase.nodeCount, "\(label)")
            #expect(abs(sheared.totalBranchLength - testCase.totalBranchLength) < 1e-12, "\(label)")
            // skbio reorders children when it collapses nodes; compare node sets order-free.
            let expectedNodes = testCase.nodes.map { "\($0.name ?? "-"):\($0.length.map { "\($0)" } ?? "none")" }
            #expect(nodes(sheared).sorted() == expectedNodes.sorted(), "\(label)")
            #expect(sheared.hasBranchLength[sheared.root] == (testCase.rootLength != nil), "\(label)")
            #expect(sheared.branchLength[sheared.root] == (testCase.rootLength ?? 0), "\(label)")
        }
    }

    @Test func greengenesTreeMatchesScikitBio() throws {
        guard let path = SharedData.path("gg-13_8-97_otus.tree.gz") else { return }
        let golden = try TreeGolden.load()
        let tree = try Newick.read(path: path)
        #expect(tree.tipCount == 99_322)
        #expect(tree.tipCount == golden.full.tipCount)
        #expect(tree.nodeCount == golden.full.nodeCount)
        #expect(tree.missingBranchLengthCount == golden.full.missingBranchLengthCount)
        #expect(abs(tree.totalBranchLength - golden.full.totalBranchLength) < 1e-9)
        #expect(tree.duplicateTipNames.isEmpty)

        #expect(golden.shearTips.count == 500)
        let sheared = try tree.sheared(toTips: golden.shearTips)
        #expect(sheared.tipCount == golden.sheared.tipCount)
        #expect(sheared.nodeCount == golden.sheared.nodeCount)
        #expect(sheared.missingBranchLengthCount == golden.sheared.missingBranchLengthCount)
        #expect(abs(sheared.totalBranchLength - golden.sheared.totalBranchLength) < 1e-9)
        #expect(Set(sheared.tipNames.compactMap { $0 }) == Set(golden.shearTips))

        // Both trees survive a write and read back unchanged.
        #expect(try Newick.parse(Newick.string(sheared), file: "sheared") == sheared)
        #expect(try Newick.parse(Newick.string(tree), file: "written") == tree)
        // Greengenes is already in the writer's canonical form, so writing reproduces it exactly.
        let original = String(decoding: try InputFile.read(path), as: UTF8.self)
        #expect(Newick.string(tree) == original.trimmingCharacters(in: .whitespacesAndNewlines) + "\n")
    }
}
