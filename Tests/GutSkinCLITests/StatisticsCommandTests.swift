import Foundation
import TestSupport
import Testing

/// `gutskin permanova`, `anosim`, `mantel` and `adonis` end to end.
@Suite struct StatisticsCommandTests {
    /// The 6-sample matrix of the kernel tests (PERMANOVA F = 442/23 by hand), as a square TSV.
    static let matrix = """
        \ta\tb\tc\td\te\tf
        a\t0\t1\t4\t5\t6\t2
        b\t1\t0\t3\t5\t6\t3
        c\t4\t3\t0\t2\t2\t5
        d\t5\t5\t2\t0\t1\t6
        e\t6\t6\t2\t1\t0\t6
        f\t2\t3\t5\t6\t6\t0

        """
    static let other = """
        \tf\te\td\tc\tb\ta
        f\t0\t9\t6\t5\t3\t1
        e\t9\t0\t3\t2\t8\t6
        d\t6\t3\t0\t1\t5\t7
        c\t5\t2\t1\t0\t4\t3
        b\t3\t8\t5\t4\t0\t2
        a\t1\t6\t7\t3\t2\t0

        """
    /// Metadata for the matrix's samples; `g` is in the metadata only, which is not a drop.
    static let metadata = """
        sample-id\tsite\tdose
        a\tx\t1
        b\tx\t2
        c\ty\t3
        d\ty\t1
        e\ty\t5
        f\tx\t6
        g\tx\t1

        """

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func permanovaTableAndJSON() throws {
        let folder = TemporaryFolder()
        let dm = folder.write(Self.matrix, to: "dm.tsv")
        let md = folder.write(Self.metadata, to: "md.tsv")
        let text = try CommandLineRun(["permanova", dm, "--metadata", md, "--column", "site", "--seed", "3"])
        #expect(text.status == 0, "\(text.standardError)")
        #expect(text.standardOutput.contains("PERMANOVA") && text.standardOutput.contains("pseudo-F"))
        #expect(text.standardOutput.contains("number of permutations  999"))
        let run = try CommandLineRun(["permanova", dm, "--metadata", md, "--column", "site", "--seed", "3", "--json", "--threads", "1"])
        #expect(run.status == 0, "\(run.standardError)")
        let object = try json(run.standardOutput)
        #expect(object["method"] as? String == "PERMANOVA" && object["test_statistic_name"] as? String == "pseudo-F")
        #expect(object["sample_size"] as? Int == 6 && object["number_of_groups"] as? Int == 2)
        #expect(abs((object["test_statistic"] as? Double ?? 0) - 442.0 / 23) < 1e-12)
        #expect(object["permutations"] as? Int == 999 && object["dropped_samples"] as? Int == 0)
        let threads = try CommandLineRun(["permanova", dm, "--metadata", md, "--column", "site", "--seed", "3", "--json", "--threads", "3"])
        #expect(threads.standardOutput == run.standardOutput)
    }

    @Test func droppedSamplesAreCounted() throws {
        let folder = TemporaryFolder()
        let dm = folder.write(Self.matrix, to: "dm.tsv")
        // f is absent from the metadata; e has no site (NA).
        let md = folder.write("sample-id\tsite\na\tx\nb\tx\nc\ty\nd\ty\ne\tNA\n", to: "md.tsv")
        let run = try CommandLineRun(["anosim", dm, "--metadata", md, "--column", "site", "--json", "--permutations", "9"])
        #expect(run.status == 0, "\(run.standardError)")
        let object = try json(run.standardOutput)
        #expect(object["dropped_samples"] as? Int == 2 && object["sample_size"] as? Int == 4)
        #expect(run.standardError.contains("dropped 2 of 6 samples"))
        #expect(run.standardError.contains("1 not in the metadata (f)") && run.standardError.contains("1 with no value in site (e)"))
    }

    @Test func pairwiseTable() throws {
        let folder = TemporaryFolder()
        let dm = folder.write(Self.matrix, to: "dm.tsv")
        let md = folder.write("sample-id\tsite\na\tx\nb\tx\nc\ty\nd\ty\ne\tz\nf\tz\n", to: "md.tsv")
        let run = try CommandLineRun([
            "permanova", dm, "--metadata", md, "--column", "site", "--pairwise", "--json", "--permutations", "19",
        ])
        #expect(run.status == 0, "\(run.standardError)")
        let pairs = try #require(try json(run.standardOutput)["pairwise"] as? [[String: Any]])
        #expect(pairs.map { "\($0["group1"] ?? "")-\($0["group2"] ?? "")" } == ["x-y", "x-z", "y-z"])
        #expect(pairs.allSatisfy { $0["sample_size"] as? Int == 4 && $0["q_value"] is Double && $0["p_value"] is Double })
        let text = try CommandLineRun(["permanova", dm, "--metadata", md, "--column", "site", "--pairwise", "--permutations", "19"])
        #expect(text.standardOutput.contains("group1\tgroup2\tsample size\tpermutations\tpseudo-F\tp-value\tq-value"))
    }

    @Test func mantelReordersAndRefusesDifferentIDs() throws {
        let folder = TemporaryFolder()
        let dm = folder.write(Self.matrix, to: "dm.tsv")
        let other = folder.write(Self.other, to: "other.tsv")
        let run = try CommandLineRun([
            "mantel", dm, other, "--method", "spearman", "--alternative", "greater", "--json", "--permutations", "99",
        ])
        #expect(run.status == 0, "\(run.standardError)")
        let object = try json(run.standardOutput)
        #expect(object["test_statistic_name"] as? String == "rho" && object["sample_size"] as? Int == 6)
        // scikit-bio 0.7.4: mantel(small, other, method='spearman') (stats_golden.py's small case).
        #expect(abs((object["test_statistic"] as? Double ?? 0) - 0.8837529955929646) < 1e-10)
        let smaller = folder.write("\ta\tb\tc\na\t0\t1\t2\nb\t1\t0\t3\nc\t2\t3\t0\n", to: "small.tsv")
        let refused = try CommandLineRun(["mantel", dm, smaller])
        #expect(refused.status == 1)
        #expect(refused.standardError.contains("small.tsv") && refused.standardError.contains("same ids"))
        let bad = try CommandLineRun(["mantel", dm, other, "--method", "kendall"])
        #expect(bad.status == 2)
    }

    @Test func adonisTable() throws {
        let folder = TemporaryFolder()
        let dm = folder.write(Self.matrix, to: "dm.tsv")
        let md = folder.write(Self.metadata, to: "md.tsv")
        let run = try CommandLineRun(["adonis", dm, "--metadata", md, "--formula", "site + dose", "--json", "--permutations", "19"])
        #expect(run.status == 0, "\(run.standardError)")
        let object = try json(run.standardOutput)
        let terms = try #require(object["terms"] as? [[String: Any]])
        #expect(terms.map { $0["term"] as? String ?? "" } == ["site", "dose", "Residual", "Total"])
        #expect(terms.map { $0["df"] as? Int ?? -1 } == [1, 1, 3, 5])
        #expect(abs((terms[0]["sum_of_squares"] as? Double ?? 0) - (44.5 - 23.0 / 3)) < 1e-12)
        let text = try CommandLineRun(["adonis", dm, "--metadata", md, "--formula", "site + dose", "--permutations", "0"])
        #expect(text.standardOutput.contains("term\tdf\tsum of squares\tR2\tpseudo-F\tp-value"))
    }

    @Test func badInputExitsWithOneLine() throws {
        let folder = TemporaryFolder()
        let dm = folder.write(Self.matrix, to: "dm.tsv")
        let md = folder.write(Self.metadata, to: "md.tsv")
        let column = try CommandLineRun(["permanova", dm, "--metadata", md, "--column", "nope"])
        #expect(column.status == 1 && column.standardError.contains("md.tsv") && column.standardError.contains("no column 'nope'"))
        let single = folder.write("sample-id\tsite\na\tx\nb\tx\nc\tx\nd\tx\ne\tx\nf\tx\n", to: "one.tsv")
        let oneGroup = try CommandLineRun(["anosim", dm, "--metadata", single, "--column", "site"])
        #expect(oneGroup.status == 1 && oneGroup.standardError.contains("one group"))
        #expect(oneGroup.standardError.split(separator: "\n").count == 1)
        #expect(try CommandLineRun(["permanova", dm, "--metadata", md, "--column", "site", "--permutations", "-1"]).status == 2)
        #expect(try CommandLineRun(["adonis", dm, "--metadata", md, "--formula", "log(dose)"]).status == 2)
        let unknown = try CommandLineRun(["adonis", dm, "--metadata", md, "--formula", "site + nope"])
        #expect(unknown.status == 1 && unknown.standardError.contains("no column 'nope'"))
        #expect(try CommandLineRun(["permanova", folder.file("absent.tsv"), "--metadata", md, "--column", "site"]).status == 1)
    }
}
