import Foundation
import TestSupport
import Testing

/// `gutskin beta` and `beta-merge` end to end.
@Suite struct BetaCommandTests {
    /// Six samples over four features; Bray–Curtis values below are worked by hand.
    static let table = """
        #OTU ID\tS1\tS2\tS3\tS4\tS5\tS6
        A\t10\t0\t3\t1\t0\t4
        B\t5\t2\t0\t1\t6\t4
        C\t0\t7\t1\t0\t2\t4
        D\t0\t0\t0\t8\t1\t4

        """
    static let tree = "((A:1,B:2):0.5,(C:1.5,D:0.25):1);\n"

    func lines(_ path: String) throws -> [[String]] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
    }

    @Test func brayCurtisByHand() throws {
        let folder = TemporaryFolder()
        let table = folder.write(Self.table, to: "t.tsv")
        let run = try CommandLineRun(["beta", table, "--metric", "braycurtis", "-o", folder.file("dm.tsv")])
        #expect(run.status == 0, "\(run.standardError)")
        let rows = try lines(folder.file("dm.tsv"))
        #expect(rows[0] == ["", "S1", "S2", "S3", "S4", "S5", "S6"])
        // S1 = (10,5,0,0), S2 = (0,2,7,0): Σ|x−y| = 10+3+7 = 20, Σ(x+y) = 15+9 = 24.
        #expect(Double(rows[1][2]) == 20.0 / 24.0)
        // S1, S3 = (3,0,1,0): 7+5+1 = 13 over 15+4 = 19.
        #expect(Double(rows[1][3]) == 13.0 / 19.0)
        #expect(rows[3][1] == rows[1][3])
        #expect(rows[2][2] == "0.0")
    }

    @Test func slicesMergeToTheSameBitsAsOneRun() throws {
        let folder = TemporaryFolder()
        let table = folder.write(Self.table, to: "t.tsv")
        _ = try CommandLineRun(["beta", table, "--metric", "jaccard", "-o", folder.file("full.h5")])
        for (index, range) in ["0:1", "1:3"].enumerated() {
            let run = try CommandLineRun(["beta", table, "--metric", "jaccard", "--stripes", range, "-o", folder.file("part\(index).h5")])
            #expect(run.status == 0, "\(run.standardError)")
        }
        let merge = try CommandLineRun(["beta-merge", folder.file("part1.h5"), folder.file("part0.h5"), "-o", folder.file("merged.tsv")])
        #expect(merge.status == 0, "\(merge.standardError)")
        _ = try CommandLineRun(["beta", table, "--metric", "jaccard", "-o", folder.file("full.tsv")])
        #expect(
            try String(contentsOfFile: folder.file("merged.tsv"), encoding: .utf8)
                == String(contentsOfFile: folder.file("full.tsv"), encoding: .utf8))
        let incomplete = try CommandLineRun(["beta-merge", folder.file("part0.h5"), "-o", folder.file("x.tsv")])
        #expect(incomplete.status == 1)
        #expect(incomplete.standardError.contains("stripes 1:3 of 3 are in no part"))
    }

    @Test func threadCountDoesNotChangeTheBits() throws {
        let folder = TemporaryFolder()
        let table = folder.write(Self.table, to: "t.tsv")
        let tree = folder.write(Self.tree, to: "t.nwk")
        for metric in ["braycurtis", "canberra", "weighted_normalized_unifrac"] {
            var outputs = [String]()
            for threads in ["1", "3"] {
                let path = folder.file("\(metric)-\(threads).tsv")
                let run = try CommandLineRun(["beta", table, "--metric", metric, "--tree", tree, "--threads", threads, "-o", path])
                #expect(run.status == 0, "\(run.standardError)")
                outputs.append(try String(contentsOfFile: path, encoding: .utf8))
            }
            #expect(outputs[0] == outputs[1], "\(metric)")
        }
    }

    @Test func singlePrecisionAndArtifactOutput() throws {
        let folder = TemporaryFolder()
        let table = folder.write(Self.table, to: "t.tsv")
        #expect(
            try CommandLineRun(["beta", table, "--metric", "braycurtis", "--precision", "fp32", "-o", folder.file("dm.tsv")]).status == 0)
        let rows = try lines(folder.file("dm.tsv"))
        #expect(rows[1][2] == "\(Float(20.0 / 24.0))")
        #expect(try CommandLineRun(["beta", table, "--metric", "braycurtis", "-o", folder.file("dm.qza")]).status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.file("dm.qza")))
    }

    @Test(arguments: [
        (["beta", "t.tsv", "--metric", "unweighted_unifrac", "-o", "dm.tsv"], Int32(2), "unweighted_unifrac needs --tree"),
        (["beta", "t.tsv", "--metric", "bray", "-o", "dm.tsv"], Int32(2), "unknown metric 'bray'"),
        (["beta", "t.tsv", "--metric", "jaccard", "--stripes", "0:1", "-o", "dm.tsv"], Int32(2), "give -o a .h5 name"),
        (["beta", "t.tsv", "--metric", "jaccard", "--stripes", "2:9", "-o", "dm.h5"], Int32(1), "stripes 2:9 are outside 0:3"),
        (["beta", "t.tsv", "--metric", "jaccard", "-o", "dm.xyz"], Int32(2), "cannot tell the output format"),
        (["beta", "t.tsv", "--metric", "unweighted_unifrac", "--tree", "small.nwk", "-o", "dm.tsv"], Int32(1), "C"),
    ])
    func errors(arguments: [String], status: Int32, message: String) throws {
        let folder = TemporaryFolder()
        folder.write(Self.table, to: "t.tsv")
        folder.write("(A:1,B:2);\n", to: "small.nwk")
        let before = folder.contents
        let run = try CommandLineRun(arguments, in: folder.path)
        #expect(run.status == status)
        #expect(run.standardError.contains(message), "stderr: \(run.standardError)")
        #expect(folder.contents == before)
    }
}
