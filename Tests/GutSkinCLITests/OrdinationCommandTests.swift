import Foundation
import TestSupport
import Testing

/// `gutskin pcoa` and `gutskin permdisp` end to end.
@Suite struct OrdinationCommandTests {
    /// Points on a line at 0, 2 (group A) and 10, 14, 18 (group B): Euclidean distances.
    static let positions: [Double] = [0, 2, 10, 14, 18]
    static let ids = ["s1", "s2", "s3", "s4", "s5"]

    static var matrixText: String {
        var text = "\t" + ids.joined(separator: "\t") + "\n"
        for (i, id) in ids.enumerated() {
            text += id + "\t" + positions.map { String(abs($0 - positions[i])) }.joined(separator: "\t") + "\n"
        }
        return text
    }

    static let metadata = "#SampleID\tgroup\ns1\tA\ns2\tA\ns3\tB\ns4\tB\ns5\tB\nextra\tA\n"

    @Test func pcoaWritesScikitBioText() throws {
        let folder = TemporaryFolder()
        let matrix = folder.write(Self.matrixText, to: "dm.tsv")
        let run = try CommandLineRun(["pcoa", matrix, "-o", folder.file("o.txt")])
        #expect(run.status == 0, "\(run.standardError)")
        let text = try String(contentsOfFile: folder.file("o.txt"), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "Eigvals\t5")
        // Collinear points: one axis carries everything; its eigenvalue is Σ(x − x̄)² = 236.8.
        let first = try #require(Double(lines[1].split(separator: "\t")[0]))
        #expect(abs(first - 236.8) < 1e-9)
        #expect(lines[3] == "Proportion explained\t5")
        #expect(lines[4].hasPrefix("1.0\t0.0"))
        #expect(lines[8] == "Site\t5\t5")
        #expect(text.hasSuffix("Biplot\t0\t0\n\nSite constraints\t0\t0\n"))
        // auto: a small matrix is decomposed exactly, and the note says so.
        #expect(run.standardError.contains("5 axes for 5 samples by eigh, exact"), "\(run.standardError)")
    }

    @Test func pcoaWritesArtifactWithFewerAxes() throws {
        let folder = TemporaryFolder()
        let matrix = folder.write(Self.matrixText, to: "dm.tsv")
        for method in ["eigh", "fsvd"] {
            let run = try CommandLineRun(["pcoa", matrix, "--dimensions", "2", "--method", method, "-o", folder.file("\(method).qza")])
            #expect(run.status == 0, "\(run.standardError)")
            #expect(FileManager.default.fileExists(atPath: folder.file("\(method).qza")))
        }
    }

    @Test func pcoaRejectsBadInput() throws {
        let folder = TemporaryFolder()
        let matrix = folder.write(Self.matrixText, to: "dm.tsv")
        let tooMany = try CommandLineRun(["pcoa", matrix, "--dimensions", "9", "-o", folder.file("o.txt")])
        #expect(tooMany.status == 1)
        #expect(tooMany.standardError.contains("dm.tsv: --dimensions 9 is more than its 5 samples"))
        let wrongFormat = try CommandLineRun(["pcoa", matrix, "-o", folder.file("o.h5")])
        #expect(wrongFormat.status == 2)
        #expect(wrongFormat.standardError.contains("write the ordination as .txt"))
        let missing = try CommandLineRun(["pcoa", folder.file("absent.tsv"), "-o", folder.file("o.txt")])
        #expect(missing.status == 1)
        #expect(missing.standardError.contains("absent.tsv"))
        #expect(!FileManager.default.fileExists(atPath: folder.file("o.txt")))
    }

    @Test func permdispTableAndJSON() throws {
        let folder = TemporaryFolder()
        let matrix = folder.write(Self.matrixText, to: "dm.tsv")
        let metadata = folder.write(Self.metadata, to: "map.tsv")
        let run = try CommandLineRun([
            "permdisp", matrix, "--metadata", metadata, "--column", "group", "--test", "centroid",
            "--dimensions", "1", "--permutations", "99", "--seed", "3",
        ])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.contains("method name             PERMDISP"))
        #expect(run.standardOutput.contains("number of groups        2"))
        // F = 15/16 by hand (see PERMDISPTests.centroidByHand).
        #expect(run.standardOutput.contains("test statistic          0.9375"))
        let json = try CommandLineRun([
            "permdisp", matrix, "--metadata", metadata, "--column", "group", "--test", "centroid",
            "--dimensions", "1", "--permutations", "99", "--seed", "3", "--threads", "1", "--json",
        ])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        // The keys every permutation test documents (README, StatisticsReport).
        #expect(object["method"] as? String == "PERMDISP")
        #expect(object["sample_size"] as? Int == 5)
        #expect(object["dropped_samples"] as? Int == 0)
        #expect((object["test_statistic"] as? Double).map { abs($0 - 0.9375) < 1e-12 } == true)
        let pValue = try #require(object["p_value"] as? Double)
        #expect(run.standardOutput.contains("p-value                 \(pValue)"))
    }

    @Test func permdispDropsSamplesWithoutAGroup() throws {
        let folder = TemporaryFolder()
        let matrix = folder.write(Self.matrixText, to: "dm.tsv")
        let metadata = folder.write("#SampleID\tgroup\ns1\tA\ns2\tA\ns3\tB\ns4\tB\ns5\tNA\n", to: "map.tsv")
        let run = try CommandLineRun([
            "permdisp", matrix, "--metadata", metadata, "--column", "group", "--dimensions", "1", "--permutations", "0",
        ])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardError.contains("dropped 1 of 5 samples"))
        #expect(run.standardOutput.contains("sample size             4"))
        let badColumn = try CommandLineRun(["permdisp", matrix, "--metadata", metadata, "--column", "nope"])
        #expect(badColumn.status == 1)
        #expect(badColumn.standardError.contains("map.tsv"))
    }
}
