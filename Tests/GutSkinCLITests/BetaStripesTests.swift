import Foundation
import TestSupport
import Testing

/// `gutskin beta --plan`, slices with provenance, and `beta-merge` refusing slices that disagree.
@Suite struct BetaStripesTests {
    static let table = BetaCommandTests.table
    static let tree = BetaCommandTests.tree

    func text(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    /// Six samples: 3 stripes of 6, 6 and 3 pairs; two parts nearest 7.5 pairs each are 0:1 and 1:3.
    @Test func planPrintsRangesAsStripesTakesThem() throws {
        let folder = TemporaryFolder()
        let table = folder.write(Self.table, to: "t.tsv")
        let plan = try CommandLineRun(["beta", "--plan", "2", table])
        #expect(plan.status == 0, "\(plan.standardError)")
        #expect(plan.standardOutput == "0:1\n1:3\n")
        let three = try CommandLineRun(["beta", "--plan", "3", table])
        #expect(three.standardOutput == "0:1\n1:2\n2:3\n")
        let tooMany = try CommandLineRun(["beta", "--plan", "4", table])
        #expect(tooMany.status == 1 && tooMany.standardError.contains("t.tsv: 6 samples: cannot split 3 stripes into 4 parts"))
        #expect(tooMany.standardError.split(separator: "\n").count == 1)
        #expect(try CommandLineRun(["beta", "--plan", "0", table]).status == 2)
        #expect(try CommandLineRun(["beta", table, "--metric", "jaccard"]).status == 2)  // no -o without --plan
    }

    /// Slices of another table, tree, alpha or precision are refused in one line naming both files.
    @Test func mergeRefusesSlicesOfAnotherComputation() throws {
        let folder = TemporaryFolder()
        let table = folder.write(Self.table, to: "t.tsv")
        let other = folder.write(Self.table.replacingOccurrences(of: "A\t10\t", with: "A\t11\t"), to: "other.tsv")
        let tree = folder.write(Self.tree, to: "t.nwk")
        let otherTree = folder.write(Self.tree.replacingOccurrences(of: "A:1,", with: "A:1.5,"), to: "other.nwk")
        func slice(_ name: String, _ stripes: String, _ extra: [String]) throws {
            let run = try CommandLineRun(
                ["beta", "--metric", "generalized_unifrac", "--stripes", stripes, "-o", folder.file(name), "--quiet"] + extra)
            #expect(run.status == 0, "\(run.standardError)")
        }
        try slice("a.h5", "0:1", [table, "--tree", tree])
        let cases: [([String], String)] = [
            ([other, "--tree", tree], "table SHA-256"),
            ([table, "--tree", otherTree], "tree SHA-256"),
            ([table, "--tree", tree, "--alpha", "1"], "settings (alpha=0.5 vs alpha=1.0)"),
            ([table, "--tree", tree, "--precision", "fp32"], "precision (fp64 vs fp32)"),
        ]
        for (index, (extra, difference)) in cases.enumerated() {
            try slice("b\(index).h5", "1:3", extra)
            let merge = try CommandLineRun(["beta-merge", folder.file("a.h5"), folder.file("b\(index).h5"), "-o", folder.file("m.tsv")])
            #expect(merge.status == 1)
            #expect(
                merge.standardError.hasPrefix(
                    "gutskin: error: \(folder.file("b\(index).h5")): not a slice of the same computation as \(folder.file("a.h5"))"),
                "\(merge.standardError)")
            #expect(merge.standardError.contains(difference), "\(merge.standardError)")
            #expect(merge.standardError.split(separator: "\n").count == 1)
            #expect(!FileManager.default.fileExists(atPath: folder.file("m.tsv")))
        }
        // The same computation merges; fp32 slices merge into what one fp32 run writes.
        try slice("b.h5", "1:3", [table, "--tree", tree])
        #expect(try CommandLineRun(["beta-merge", folder.file("a.h5"), folder.file("b.h5"), "-o", folder.file("m.tsv")]).status == 0)
        try slice("a32.h5", "0:1", [table, "--tree", tree, "--precision", "fp32"])
        #expect(
            try CommandLineRun(["beta-merge", folder.file("a32.h5"), folder.file("b3.h5"), "-o", folder.file("m32.tsv")]).status == 0)
        let single = try CommandLineRun([
            "beta", table, "--metric", "generalized_unifrac", "--tree", tree, "--precision", "fp32", "-o", folder.file("one32.tsv"),
        ])
        #expect(single.status == 0)
        #expect(try text(folder.file("m32.tsv")) == text(folder.file("one32.tsv")))
    }

    /// On real data (HMP, 368 samples at 10,000 reads, Greengenes tree): the 4 ranges of
    /// `--plan 4`, computed as separate slices and merged, equal one run byte for byte.
    @Test(arguments: ["unweighted_unifrac", "weighted_normalized_unifrac", "generalized_unifrac", "braycurtis"])
    func plannedSlicesMergeToOneRun(metric: String) throws {
        guard let table = SharedData.path("hmp-v35-even10k.biom"), let tree = SharedData.path("gg-13_8-97_otus.tree.gz") else { return }
        let folder = TemporaryFolder()
        let plan = try CommandLineRun(["beta", "--plan", "4", table])
        #expect(plan.status == 0, "\(plan.standardError)")
        let ranges = plan.standardOutput.split(separator: "\n").map(String.init)
        #expect(ranges.count == 4)
        var parts = [String]()
        for (index, range) in ranges.enumerated().reversed() {
            let part = folder.file("part\(index).h5")
            let run = try CommandLineRun(["beta", table, "--metric", metric, "--tree", tree, "--stripes", range, "-o", part, "--quiet"])
            #expect(run.status == 0, "\(run.standardError)")
            parts.append(part)
        }
        let merge = try CommandLineRun(["beta-merge"] + parts + ["-o", folder.file("merged.tsv"), "--quiet"])
        #expect(merge.status == 0, "\(merge.standardError)")
        let single = try CommandLineRun(["beta", table, "--metric", metric, "--tree", tree, "-o", folder.file("one.tsv"), "--quiet"])
        #expect(single.status == 0, "\(single.standardError)")
        #expect(try text(folder.file("merged.tsv")) == text(folder.file("one.tsv")))
    }
}
