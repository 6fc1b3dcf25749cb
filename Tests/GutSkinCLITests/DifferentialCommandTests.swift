import Foundation
import TestSupport
import Testing

/// `gutskin differential --method aldex` end to end.
@Suite struct DifferentialCommandTests {
    /// Ten samples per group over six features; feature F1 is 16× higher in group b.
    static func fixtures(_ folder: TemporaryFolder) -> (table: String, metadata: String) {
        var table = "#OTU ID\t" + (1...20).map { "S\($0)" }.joined(separator: "\t") + "\n"
        for feature in 1...6 {
            let values = (1...20).map { sample -> String in
                let base = 40 + (sample * 7 + feature * 13) % 11
                return String(feature == 1 && sample > 10 ? base * 16 : base)
            }
            table += "F\(feature)\t" + values.joined(separator: "\t") + "\n"
        }
        var metadata = "sample-id\tgroup\tsite\n"
        for sample in 1...20 { metadata += "S\(sample)\t\(sample > 10 ? "b" : "a")\t\(sample % 3 == 0 ? "x" : "y")\n" }
        return (folder.write(table, to: "t.tsv"), folder.write(metadata, to: "m.tsv"))
    }

    @Test func aldexFindsTheShiftedFeatureAndIsReproducible() throws {
        let folder = TemporaryFolder()
        let (table, metadata) = Self.fixtures(folder)
        let arguments = ["differential", table, "--metadata", metadata, "--column", "group", "--method", "aldex", "--seed", "7"]
        let run = try CommandLineRun(arguments + ["-o", folder.file("a.tsv")])
        #expect(run.status == 0, "\(run.standardError)")
        let rows = try String(contentsOfFile: folder.file("a.tsv"), encoding: .utf8).split(separator: "\n").map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
        #expect(
            rows[0] == [
                "feature", "coefficient", "estimate", "effect", "p_value", "q_value", "wilcoxon_p_value", "wilcoxon_q_value", "passed",
            ])
        let shifted = try #require(rows.first { $0[0] == "F1" })
        #expect(shifted[1] == "group[b vs a]")
        #expect((Double(shifted[2]) ?? 0) > 3, "a 16-fold rise is about 4 log2 units")
        #expect(shifted[8] == "true")
        _ = try CommandLineRun(arguments + ["-o", folder.file("b.tsv")])
        #expect(
            try String(contentsOfFile: folder.file("a.tsv"), encoding: .utf8)
                == String(contentsOfFile: folder.file("b.tsv"), encoding: .utf8))
    }

    @Test func aldexNeedsTwoGroups() throws {
        let folder = TemporaryFolder()
        let (table, metadata) = Self.fixtures(folder)
        folder.write(
            "sample-id\tgroup\n" + (1...20).map { "S\($0)\t\(["a", "b", "c"][$0 % 3])" }.joined(separator: "\n") + "\n", to: "three.tsv")
        let run = try CommandLineRun([
            "differential", table, "--metadata", folder.file("three.tsv"), "--column", "group", "--method", "aldex", "-o",
            folder.file("o.tsv"),
        ])
        #expect(run.status == 2)
        #expect(run.standardError.contains("compares two groups"))
        #expect(!FileManager.default.fileExists(atPath: folder.file("o.tsv")))
        _ = metadata
    }
}
