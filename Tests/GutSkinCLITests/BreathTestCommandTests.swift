import Foundation
import TestSupport
import Testing

/// `gutskin breath-test` end to end, on `examples/breath-test.tsv` (values by hand: baseline H2 4,
/// 35 ppm at 90 min → rise 31; 27 at 75 min is the first rise ≥ 20; CH4 at most 5).
@Suite struct BreathTestCommandTests {
    static let example = SharedData.packageRoot.appendingPathComponent("examples/breath-test.tsv").path

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func exampleAsJSON() throws {
        let run = try CommandLineRun(["breath-test", Self.example, "--json"])
        #expect(run.status == 0, "\(run.standardError)")
        let object = try json(run.standardOutput)
        #expect(object["hydrogen_positive"] as? Bool == true && object["methane_positive"] as? Bool == false)
        #expect(object["baseline_h2_ppm"] as? Double == 4 && object["baseline_ch4_ppm"] as? Double == 2)
        #expect(object["max_h2_rise_ppm_by_90_min"] as? Double == 31)
        #expect(object["first_minute_h2_rise_reached"] as? Double == 75)
        #expect(object["max_ch4_ppm"] as? Double == 5)
        #expect(object["citation"] as? String == "rezaie-2017")
        #expect((object["criteria"] as? String)?.contains("North American Consensus") == true)
        #expect((object["warnings"] as? [String])?.isEmpty == true)
        let readings = try #require(object["readings"] as? [[String: Any]])
        #expect(readings.count == 13)
        #expect(readings[6]["minutes"] as? Double == 90 && readings[6]["h2_ppm"] as? Double == 35 && readings[6]["ch4_ppm"] as? Double == 4)
        #expect(run.standardOutput.hasSuffix("}\n") && run.standardOutput.split(separator: "\n").count == 1)
    }

    @Test func exampleAsText() throws {
        let run = try CommandLineRun(["breath-test", Self.example])
        #expect(run.status == 0, "\(run.standardError)")
        let lines = run.standardOutput.split(separator: "\n").map(String.init)
        #expect(
            lines.first
                == "hydrogen: positive — H2 rose at most 31 ppm above the baseline of 4 ppm by 90 minutes (a rise of 20 ppm first at 75 minutes)"
        )
        #expect(lines.dropFirst().first == "methane: negative — CH4 at most 5 ppm (baseline 2 ppm)")
        #expect(lines.contains("a breath test result is not a diagnosis; discuss it with a clinician"))
        #expect(lines.last?.hasPrefix("cite: Rezaie A") == true && lines.last?.contains("doi:10.1038/ajg.2017.46") == true)
    }

    @Test func withoutMethaneColumnAndWithWarnings() throws {
        let folder = TemporaryFolder()
        let path = folder.write("minutes\th2_ppm\n0\t3\n60\t10\n", to: "r.tsv")
        let run = try CommandLineRun(["breath-test", path, "--json"])
        #expect(run.status == 0, "\(run.standardError)")
        let object = try json(run.standardOutput)
        #expect(object["methane_positive"] is NSNull && object["max_ch4_ppm"] is NSNull && object["baseline_ch4_ppm"] is NSNull)
        #expect(object["first_minute_h2_rise_reached"] is NSNull && object["hydrogen_positive"] as? Bool == false)
        #expect((object["warnings"] as? [String])?.count == 2)
        let text = try CommandLineRun(["breath-test", path])
        #expect(text.standardOutput.contains("methane: not measured (no ch4_ppm column)"))
        #expect(text.standardOutput.contains("warning: readings at 0 and 60 minutes are 60 minutes apart"))
    }

    @Test func writesTheOutputFile() throws {
        let folder = TemporaryFolder()
        let run = try CommandLineRun(["breath-test", Self.example, "-o", folder.file("out.json")])
        #expect(run.status == 0 && run.standardOutput.isEmpty, "\(run.standardError)")
        let written = try String(contentsOfFile: folder.file("out.json"), encoding: .utf8)
        #expect(try json(written)["hydrogen_positive"] as? Bool == true)
        let text = try CommandLineRun(["breath-test", Self.example, "-o", folder.file("out.txt")])
        #expect(text.status == 0)
        #expect(try String(contentsOfFile: folder.file("out.txt"), encoding: .utf8).hasPrefix("hydrogen: positive"))
        #expect(folder.contents == ["out.json", "out.txt"])
    }

    @Test func badFileIsOneLineNamingFileLineAndColumn() throws {
        let folder = TemporaryFolder()
        let path = folder.write("minutes\th2_ppm\n0\t4\n30\t9\n15\t12\n", to: "bad.tsv")
        let run = try CommandLineRun(["breath-test", path, "--json"])
        #expect(run.status == 1)
        #expect(run.standardOutput.isEmpty)
        #expect(
            run.standardError
                == "gutskin: error: \(path): line 4, column 1 (minutes): time 15 comes after 30 (readings must be in increasing time order)\n"
        )
        let missing = try CommandLineRun(["breath-test", folder.file("absent.tsv")])
        #expect(missing.status == 1 && missing.standardError == "gutskin: error: \(folder.file("absent.tsv")): no such file\n")
        let failedWrite = try CommandLineRun(["breath-test", path, "-o", folder.file("out.json")])
        #expect(failedWrite.status == 1 && !folder.contents.contains("out.json"))
    }

    @Test func usageErrorsExitWith2() throws {
        let folder = TemporaryFolder()
        for arguments in [
            ["breath-test"],
            ["breath-test", Self.example, "--bogus"],
            ["breath-test", Self.example, "-o", folder.file("out.csv")],
            ["breath-test", Self.example, "--json", "-o", folder.file("out.txt")],
        ] {
            let run = try CommandLineRun(arguments)
            #expect(run.status == 2, "\(arguments): \(run.standardError)")
            #expect(!run.standardError.isEmpty)
        }
        #expect(folder.contents.isEmpty)
    }

    @Test func citationsListTheConsensus() throws {
        let run = try CommandLineRun(["--citations"])
        #expect(run.standardOutput.contains("North American Consensus. Am J Gastroenterol 112:775–784. doi:10.1038/ajg.2017.46"))
    }

    @Test func helpDocumentsTheJSONKeys() throws {
        let run = try CommandLineRun(["breath-test", "--help"])
        #expect(run.status == 0)
        for key in ["hydrogen_positive", "max_h2_rise_ppm_by_90_min", "first_minute_h2_rise_reached", "rezaie-2017", "warnings"] {
            #expect(run.standardOutput.contains(key), "\(key)")
        }
    }
}
