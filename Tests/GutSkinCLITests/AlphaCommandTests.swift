import Foundation
import TestSupport
import Testing

/// `gutskin alpha` end to end: the TSV it writes, and exit codes and messages for bad input.
@Suite struct AlphaCommandTests {
    /// S4 has no reads; S5's only rare features are singletons, so ACE is undefined for it.
    static let table = """
        #OTU ID\tS1\tS2\tS3\tS4
        O1\t10\t0\t3\t0
        O2\t5\t2\t0\t0
        O3\t0\t7\t1\t0

        """

    static let tree = "((O1:1,O2:2):3,O3:4);\n"

    /// Rows of a TSV file as fields.
    static func rows(_ path: String) throws -> [[String]] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
    }

    @Test func writesOneColumnPerMetric() throws {
        let folder = TemporaryFolder()
        let table = folder.write(Self.table, to: "t.tsv")
        let tree = folder.write(Self.tree, to: "t.nwk")
        let run = try CommandLineRun([
            "alpha", table, "--metric", "observed_features", "--metric", "shannon", "--metric", "faith_pd",
            "--metric", "simpson", "--tree", tree, "-o", folder.file("alpha.tsv"),
        ])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardError.contains("wrote \(folder.file("alpha.tsv")): 4 samples × 4 metrics"))
        let rows = try Self.rows(folder.file("alpha.tsv"))
        #expect(rows[0] == ["sample-id", "observed_features", "shannon", "faith_pd", "simpson"])
        #expect(rows.map(\.first) == ["sample-id", "S1", "S2", "S3", "S4"])
        // S1 holds 10 and 5 reads: H = −(2/3 ln 2/3 + 1/3 ln 1/3), Simpson 1 − 5/9; PD 1 + 2 + 3.
        #expect(rows[1][1] == "2")
        #expect(abs(try #require(Double(rows[1][2])) - -(2.0 / 3 * log(2.0 / 3) + 1.0 / 3 * log(1.0 / 3))) < 1e-15)
        #expect(rows[1][3] == "6.0")
        #expect(abs(try #require(Double(rows[1][4])) - 4.0 / 9) < 1e-15)
        #expect(rows[2][3] == "9.0")  // O2, O3: 2 + 3 + 4
        #expect(rows[3][3] == "8.0")  // O1, O3: 1 + 3 + 4
        // The empty sample: 0 features, NaN written as an empty field (as pandas writes it), PD 0.
        #expect(rows[4] == ["S4", "0", "", "0.0", ""])
    }

    @Test func allMeansEveryMetricAndFaithOnlyWithATree() throws {
        let folder = TemporaryFolder()
        let table = folder.write(Self.table, to: "t.tsv")
        let tree = folder.write(Self.tree, to: "t.nwk")
        #expect(try CommandLineRun(["alpha", table, "--metric", "all", "--undefined-as-nan", "-o", folder.file("a.tsv")]).status == 0)
        let header = try Self.rows(folder.file("a.tsv"))[0]
        #expect(header.count == 1 + 25)  // sample-id and the 25 metrics without a tree
        #expect(!header.contains("faith_pd"))
        #expect(header.contains("shannon_entropy") && header.contains("fisher_alpha"))
        #expect(
            try CommandLineRun(["alpha", table, "--metric", "all", "--undefined-as-nan", "--tree", tree, "-o", folder.file("b.tsv")]).status
                == 0)
        #expect(try Self.rows(folder.file("b.tsv"))[0].last == "faith_pd")
    }

    @Test func undefinedValuesFailUnlessAskedToWriteNaN() throws {
        let folder = TemporaryFolder()
        let table = folder.write("#OTU ID\tS1\tS2\nO1\t1\t4\nO2\t1\t5\nO3\t50\t6\n", to: "t.tsv")
        let strict = try CommandLineRun(["alpha", table, "--metric", "ace", "-o", folder.file("a.tsv")])
        #expect(strict.status == 1)
        #expect(strict.standardError.contains("ace is undefined for sample 'S1'"))
        #expect(strict.standardError.contains("--undefined-as-nan"))
        #expect(!FileManager.default.fileExists(atPath: folder.file("a.tsv")))
        let lenient = try CommandLineRun(["alpha", table, "--metric", "ace", "--undefined-as-nan", "-o", folder.file("a.tsv")])
        #expect(lenient.status == 0)
        #expect(lenient.standardError.contains("ace is undefined (NaN) for 1 samples: S1"))
        #expect(try Self.rows(folder.file("a.tsv"))[1] == ["S1", ""])
    }

    @Test(arguments: [
        (["--metric", "faith_pd"], Int32(2), "faith_pd needs a phylogenetic tree: add --tree TREE"),
        (["--metric", "shannon", "--metric", "chao2"], Int32(2), "unknown metric 'chao2'; valid metrics: observed_features, shannon,"),
        ([], Int32(2), "give at least one --metric"),
        (["--metric", "shannon", "--base", "1"], Int32(2), "--base must be a positive number other than 1"),
        (["--metric", "faith_pd", "--tree", "small.nwk"], Int32(1), "small.nwk: 2 features are not tips of the tree: 'O2', 'O3'"),
        (["--metric", "chao1", "--metric", "shannon"], Int32(1), "0.5 is not a whole number; chao1 needs integer counts"),
    ])
    func badInputFailsWithAMessageAndNoOutput(_ arguments: [String], _ status: Int32, _ message: String) throws {
        let folder = TemporaryFolder()
        let table =
            message.contains("whole number")
            ? folder.write("#OTU ID\tS1\nO1\t0.5\nO2\t0.5\nO3\t0\n", to: "t.tsv")
            : folder.write(Self.table, to: "t.tsv")
        folder.write("(O1:1,X:2);\n", to: "small.nwk")
        let run = try CommandLineRun(["alpha", table] + arguments + ["-o", "out.tsv"], in: folder.path)
        #expect(run.status == status, "\(run.standardError)")
        #expect(run.standardError.contains(message), "\(run.standardError)")
        #expect(!folder.contents.contains { $0.hasPrefix("out.tsv") || $0.hasPrefix(".out.tsv") })
    }

    @Test func failureKeepsAnExistingOutput() throws {
        let folder = TemporaryFolder()
        let table = folder.write("#OTU ID\tS1\nO1\t0.5\n", to: "t.tsv")
        folder.write("previous\n", to: "out.tsv")
        #expect(try CommandLineRun(["alpha", table, "--metric", "chao1", "-o", folder.file("out.tsv")]).status == 1)
        #expect(try String(contentsOfFile: folder.file("out.tsv"), encoding: .utf8) == "previous\n")
    }
}
