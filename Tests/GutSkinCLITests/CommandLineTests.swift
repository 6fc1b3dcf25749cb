import Foundation
import TestSupport
import Testing

/// The CLI end to end: exit codes, stdout, stderr and files, as a user sees them.
@Suite struct CommandLineTests {
    static let table = """
        # Constructed from biom file
        #OTU ID\tS1\tS2\tS3\ttaxonomy
        O1\t10\t0\t3\tk__Bacteria; p__Firmicutes; c__Clostridia; o__Clostridiales; f__Lachnospiraceae; g__Blautia
        O2\t5\t2\t0\tk__Bacteria; p__Firmicutes; c__Clostridia; o__Clostridiales; f__Lachnospiraceae; g__Blautia
        O3\t0\t7\t1\tk__Bacteria; p__Bacteroidetes; c__Bacteroidia; o__Bacteroidales; f__Bacteroidaceae; g__Bacteroides

        """

    @Test func inspectJSONHasTheNumbers() throws {
        let folder = TemporaryFolder()
        let path = folder.write(Self.table, to: "t.tsv")
        let run = try CommandLineRun(["inspect", path, "--json"])
        #expect(run.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8)) as? [String: Any])
        #expect(object["samples"] as? Int == 3)
        #expect(object["features"] as? Int == 3)
        #expect(object["nonzero"] as? Int == 6)
        #expect(object["total"] as? Double == 28)
        #expect(object["depth_median"] as? Double == 9)
    }

    @Test func convertRoundTripsThroughJSON() throws {
        let folder = TemporaryFolder()
        let path = folder.write(Self.table, to: "t.tsv")
        #expect(try CommandLineRun(["convert", path, folder.file("t.json")]).status == 0)
        #expect(try CommandLineRun(["convert", folder.file("t.json"), folder.file("back.tsv")]).status == 0)
        let first = try CommandLineRun(["inspect", path, "--json"]).standardOutput
        let back = try CommandLineRun(["inspect", folder.file("back.tsv"), "--json"]).standardOutput
        #expect(first == back)
    }

    @Test func rarefyListsDroppedSamplesAndIsReproducible() throws {
        let folder = TemporaryFolder()
        let path = folder.write(Self.table, to: "t.tsv")
        let run = try CommandLineRun(["rarefy", path, "--depth", "5", "--seed", "7", "-o", folder.file("a.tsv")])
        #expect(run.status == 0)
        #expect(run.standardError.contains("dropped 1 samples below 5 reads: S3"))
        _ = try CommandLineRun(["rarefy", path, "--depth", "5", "--seed", "7", "-o", folder.file("b.tsv")])
        #expect(
            try String(contentsOfFile: folder.file("a.tsv"), encoding: .utf8)
                == String(contentsOfFile: folder.file("b.tsv"), encoding: .utf8))
        let quiet = try CommandLineRun(["rarefy", path, "--depth", "5", "--quiet", "-o", folder.file("c.tsv")])
        #expect(quiet.standardError.isEmpty)
    }

    @Test func collapseToGenus() throws {
        let folder = TemporaryFolder()
        let path = folder.write(Self.table, to: "t.tsv")
        #expect(try CommandLineRun(["collapse", path, "--rank", "genus", "-o", folder.file("g.tsv")]).status == 0)
        let text = try String(contentsOfFile: folder.file("g.tsv"), encoding: .utf8)
        #expect(text.contains("k__Bacteria;p__Firmicutes;c__Clostridia;o__Clostridiales;f__Lachnospiraceae;g__Blautia\t15.0\t2.0\t3.0"))
    }

    @Test func filterByMetadataAndDepth() throws {
        let folder = TemporaryFolder()
        let path = folder.write(Self.table, to: "t.tsv")
        folder.write("sample-id\tsite\nS1\tgut\nS2\tskin\nS3\tgut\n", to: "m.tsv")
        let run = try CommandLineRun([
            "filter", path, "--metadata", folder.file("m.tsv"), "--where", "site=gut", "--min-depth", "5",
            "-o", folder.file("f.tsv"),
        ])
        #expect(run.status == 0, "\(run.standardError)")
        let inspect = try CommandLineRun(["inspect", folder.file("f.tsv"), "--json"]).standardOutput
        #expect(inspect.contains("\"samples\":1"))
        #expect(run.standardError.contains("dropped 1 samples below 5 reads: S3"))
    }

    @Test(arguments: [
        (["inspect", "missing.tsv"], Int32(1), "missing.tsv: no such file"),
        (["rarefy", "t.tsv", "--depth", "0", "-o", "x.tsv"], Int32(2), "--depth must be a positive number"),
        (["frobnicate"], Int32(2), "Unexpected argument 'frobnicate'"),
        (["convert", "t.tsv", "out.xyz"], Int32(2), "cannot tell the output format from 'out.xyz'"),
        (["rarefy", "t.tsv", "--depth", "5", "-o", "out.xyz"], Int32(2), "cannot tell the output format from 'out.xyz'"),
        (["inspect", "bad.tsv"], Int32(1), "bad.tsv: line 2, column 3: 'x' is not a number"),
        (["collapse", "plain.tsv", "--rank", "genus", "-o", "g.tsv"], Int32(1), "no feature taxonomy"),
        (["filter", "t.tsv", "--where", "site=gut", "-o", "f.tsv"], Int32(2), "--where needs --metadata"),
        (
            ["filter", "t.tsv", "--min-depth", "1000000", "-o", "f.tsv"], Int32(1),
            "t.tsv: no samples are left (0 not in the metadata, 0 not matching --where, 3 below --min-depth)"
        ),
        (["rarefy", "t.tsv", "--depth", "1000000", "-o", "r.tsv"], Int32(1), "t.tsv: no sample has 1000000 reads"),
        (["collapse", "plain.tsv", "--rank", "genus", "-o", "c.tsv"], Int32(1), "plain.tsv: the table has no feature taxonomy"),
    ])
    func errorsAreOneLineWithTheRightStatus(arguments: [String], status: Int32, message: String) throws {
        let folder = TemporaryFolder()
        folder.write(Self.table, to: "t.tsv")
        folder.write("#OTU ID\tS1\tS2\nO1\t1\tx\n", to: "bad.tsv")
        folder.write("#OTU ID\tS1\nO1\t1\n", to: "plain.tsv")
        let before = folder.contents
        let run = try CommandLineRun(arguments, in: folder.path)
        #expect(run.status == status)
        #expect(run.standardError.contains(message), "stderr was: \(run.standardError)")
        #expect(!run.standardError.contains("Fatal error"))
        if status == 1 {
            #expect(run.standardError.split(separator: "\n").count == 1)
        }
        #expect(folder.contents == before, "a failed command left files behind")
    }

    @Test func failedRarefyLeavesExistingOutputUntouched() throws {
        let folder = TemporaryFolder()
        let path = folder.write(Self.table, to: "t.tsv")
        let output = folder.write("keep me", to: "out.tsv")
        let run = try CommandLineRun(["rarefy", path, "--depth", "100000", "-o", output])
        #expect(run.status == 1)
        #expect(run.standardError.contains("no sample has 100000 reads"))
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "keep me")
        #expect(folder.contents == ["out.tsv", "t.tsv"])
    }

    @Test func citationsNameTheSources() throws {
        let run = try CommandLineRun(["--citations"])
        #expect(run.status == 0)
        #expect(run.standardOutput.contains("doi:10.1186/2047-217X-1-7"))
        #expect(run.standardOutput.contains("doi:10.1038/s41587-019-0209-9"))
    }
}
