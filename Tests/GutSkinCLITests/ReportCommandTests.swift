import Foundation
import GutSkinAxis
import TestSupport
import Testing

@testable import GutSkinRendering

/// `gutskin report`, `gutskin reference` and the demo, run as a user would.
@Suite struct ReportCommandTests {
    func json(_ path: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
    }

    /// The demo writes a complete report: HTML with every section, and its JSON beside it.
    @Test func demoWritesACompleteReport() throws {
        guard SharedData.builtInReferences() else { return }
        let folder = TemporaryFolder()
        let run = try CommandLineRun(["demo", "-o", folder.file("demo")])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.contains("Your report: \(folder.file("demo"))/demo-report.html"))
        let html = try String(contentsOfFile: folder.file("demo/demo-report.html"), encoding: .utf8)
        for id in ReportPage.sectionIDs { #expect(html.contains("id=\"\(id)\""), "\(id)") }
        let report = try json(folder.file("demo/demo-report.json"))
        #expect(report["schema"] as? String == "gutskin-report")
        #expect((report["gut"] as? [String: Any])?["sample_id"] as? String == DemoPerson.gutSampleID)
        #expect((report["skin"] as? [String: Any])?["sample_id"] as? String == DemoPerson.skinSampleID)
        #expect((report["breath_test"] as? [String: Any])?["hydrogen_positive"] as? Bool == true)
        #expect(((report["questionnaire"] as? [String: Any])?["answers"] as? [Any])?.count == 7)  // skin pH readings go to skin_ph
        // The same inputs give the same report.
        let again = try CommandLineRun(["demo", "-o", folder.file("again")])
        #expect(again.status == 0)
        #expect(
            try Data(contentsOf: URL(fileURLWithPath: folder.file("again/demo-report.json")))
                == Data(contentsOf: URL(fileURLWithPath: folder.file("demo/demo-report.json"))))
    }

    /// `--diary`: the diary's candidates beside the related parts of the report; a bad diary is the
    /// reader's one line and no files.
    @Test func reportWithADiaryShowsItsCandidatesBesideTheReport() throws {
        guard SharedData.builtInReferences() else { return }
        let folder = TemporaryFolder()
        #expect(try CommandLineRun(["demo", "-o", folder.file("demo"), "--quiet"]).status == 0)
        let diary = folder.file("diary.tsv")
        let simulate = try CommandLineRun([
            "diary", "simulate", "--days", "60", "--items", "8", "--symptoms", "2", "--plant", "milk:itch:1:3", "--seed", "1", "-o", diary,
        ])
        #expect(simulate.status == 0, "\(simulate.standardError)")
        let table = folder.file("demo/demo-person.biom")
        let run = try CommandLineRun(["report", table, "--sample", DemoPerson.gutSampleID, "--diary", diary, "-o", folder.file("r.html")])
        #expect(run.status == 0, "\(run.standardError)")
        let html = try String(contentsOfFile: folder.file("r.html"), encoding: .utf8)
        #expect(html.contains("<section id=\"diary\"><h2>From your diary</h2>"))
        #expect(html.contains("<h3>Foods and acne-related notes</h3>"))
        #expect(html.contains("On the day after dairy your itch score was"))
        let diarySection = try #require(html.range(of: "<section id=\"diary\">"))
        let about = try #require(html.range(of: "<section id=\"about\">"))
        #expect(diarySection.lowerBound < about.lowerBound, "before how the report was made")

        let bad = folder.write("date\tkind\titem\tvalue\n2026-03-01\tsymptom\titch\t12\n", to: "bad.tsv")
        let refused = try CommandLineRun(["report", table, "--sample", DemoPerson.gutSampleID, "--diary", bad, "-o", folder.file("b.html")])
        #expect(refused.status == 1)
        #expect(refused.standardError.hasPrefix("gutskin: error: \(bad): line 2, column 4 (value): itch 12 is outside"))
        #expect(!FileManager.default.fileExists(atPath: folder.file("b.html")))
    }

    @Test func badInputIsOneLineAndLeavesNoFiles() throws {
        guard SharedData.builtInReferences() else { return }
        let folder = TemporaryFolder()
        let demo = try CommandLineRun(["demo", "-o", folder.file("demo"), "--quiet"])
        #expect(demo.status == 0)
        let table = folder.file("demo/demo-person.biom")
        let unknown = try CommandLineRun(["report", table, "--sample", "nobody", "-o", folder.file("r.html")])
        #expect(unknown.status == 1)
        #expect(unknown.standardError.hasPrefix("gutskin: error: \(table): no sample 'nobody'"))
        #expect(unknown.standardError.split(separator: "\n").count == 1)
        #expect(
            !FileManager.default.fileExists(atPath: folder.file("r.html")) && !FileManager.default.fileExists(atPath: folder.file("r.json"))
        )

        let badQuestionnaire = folder.write("dairy\tsometimes\n", to: "q.tsv")
        let answers = try CommandLineRun([
            "report", table, "--sample", DemoPerson.gutSampleID, "--questionnaire", badQuestionnaire, "-o", folder.file("r.html"),
        ])
        #expect(answers.status == 1 && answers.standardError.contains("q.tsv: line 1: dairy must be one of"))
        #expect(!FileManager.default.fileExists(atPath: folder.file("r.html")))

        let notHTML = try CommandLineRun(["report", table, "--sample", DemoPerson.gutSampleID, "-o", folder.file("r.txt")])
        #expect(notHTML.status == 2)
        let badReference = folder.write("{\"format\": \"something else\"}", to: "ref.json")
        let reference = try CommandLineRun([
            "report", table, "--sample", DemoPerson.gutSampleID, "--reference", badReference, "-o", folder.file("r.html"),
        ])
        #expect(reference.status == 1 && reference.standardError.contains("ref.json: not a gutskin reference"))
    }

    /// A report is its page and its JSON together: when the page cannot be written, an existing
    /// JSON beside it is not replaced either.
    @Test func pageAndJSONAreWrittenTogether() throws {
        guard SharedData.builtInReferences() else { return }
        let folder = TemporaryFolder()
        #expect(try CommandLineRun(["demo", "-o", folder.file("demo"), "--quiet"]).status == 0)
        let json = folder.write("PRECIOUS", to: "r.json")
        try FileManager.default.createDirectory(atPath: folder.file("r.html"), withIntermediateDirectories: false)
        let run = try CommandLineRun([
            "report", folder.file("demo/demo-person.biom"), "--sample", DemoPerson.gutSampleID, "-o", folder.file("r.html"),
        ])
        #expect(run.status == 1 && run.standardError.contains("r.html: is a folder"))
        #expect(try String(contentsOfFile: json, encoding: .utf8) == "PRECIOUS")
        #expect(!folder.contents.contains { $0.hasSuffix(".tmp") })
    }

    /// A batch never writes into a folder of the user's own files, and a rerun replaces its own output.
    @Test func allSamplesProtectsOtherFolders() throws {
        guard SharedData.builtInReferences() else { return }
        let folder = TemporaryFolder()
        #expect(try CommandLineRun(["demo", "-o", folder.file("demo"), "--quiet"]).status == 0)
        let table = folder.file("demo/demo-table.biom")
        try FileManager.default.createDirectory(atPath: folder.file("mine"), withIntermediateDirectories: false)
        _ = folder.write("my notes", to: "mine/notes.txt")
        let refused = try CommandLineRun(["report", table, "--all-samples", "-o", folder.file("mine"), "--quiet"])
        #expect(refused.status == 1 && refused.standardError.contains("is not an earlier gutskin report --all-samples output"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.file("mine")) == ["notes.txt"])
        #expect(try CommandLineRun(["report", table, "--all-samples", "-o", folder.file("reports"), "--quiet"]).status == 0)
        #expect(try CommandLineRun(["report", table, "--all-samples", "-o", folder.file("reports"), "--quiet"]).status == 0)
        #expect(!folder.contents.contains { $0.hasPrefix(".") })  // no staging folder left
    }

    @Test func referenceOfATableWithoutTaxonomyIsRefused() throws {
        let folder = TemporaryFolder()
        let table = folder.write("#OTU ID\ts1\ts2\ts3\notu1\t1000\t500\t900\notu2\t200\t800\t400\n", to: "notax.tsv")
        let run = try CommandLineRun(["reference", "build", table, "--site", "gut", "--depth", "500", "-o", folder.file("r.json")])
        #expect(run.status == 1 && run.standardError.hasPrefix("gutskin: error: \(table): the table has no taxonomy"))
        #expect(run.standardError.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: folder.file("r.json")))
    }

    /// `--all-samples` writes one report per sample and a summary whose values are the single reports'.
    @Test func allSamplesWritesOneReportEachAndASummary() throws {
        guard SharedData.builtInReferences() else { return }
        let folder = TemporaryFolder()
        #expect(try CommandLineRun(["demo", "-o", folder.file("demo"), "--quiet"]).status == 0)
        let table = folder.file("demo/demo-table.biom")
        let batch = try CommandLineRun(["report", table, "--all-samples", "-o", folder.file("reports"), "--quiet"])
        #expect(batch.status == 0, "\(batch.standardError)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.file("reports"))
        #expect(files.filter { $0.hasSuffix(".html") }.count == 24 && files.filter { $0.hasSuffix(".json") }.count == 24)
        let summary = try String(contentsOfFile: folder.file("reports/summary.tsv"), encoding: .utf8).split(separator: "\n")
        #expect(summary.count == 25)
        let header = summary[0].split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        let first = summary[1].split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        let single = try CommandLineRun(["report", table, "--sample", first[0], "-o", folder.file("one.html"), "--quiet"])
        #expect(single.status == 0)
        // JSONDecoder reads doubles exactly (JSONSerialization can be off in the last bit).
        struct Report: Decodable {
            struct Site: Decodable {
                struct Score: Decodable {
                    let id: String
                    let value: Double?
                }
                let scores: [Score]
            }
            let gut: Site
        }
        let report = try JSONDecoder().decode(Report.self, from: Data(contentsOf: URL(fileURLWithPath: folder.file("one.json"))))
        let shannon = try #require(report.gut.scores.first { $0.id == "shannon_entropy" })
        let column = try #require(header.firstIndex(of: "shannon_entropy"))
        #expect(Double(first[column]) == shannon.value)
    }

    /// `scripts/build-default-references`'s `gutskin reference build` commands give exactly the
    /// built-in references the program builds itself from ../shared/data (`DefaultReferences`):
    /// same samples, genera, profiles and quantiles; map coordinates to 1e-9 (LAPACK's last bits
    /// may differ between runs on different CPUs); only who built them differs.
    @Test func builtInReferencesAreWhatTheScriptBuilds() throws {
        guard let table = SharedData.path("hmp-v35-even1k.biom"), let mapping = SharedData.path("hmp-v35-even1k-mapping.tsv"),
            let tree = SharedData.path("gg-13_8-97_otus.tree.gz")
        else { return }
        let script = try String(
            contentsOf: SharedData.packageRoot.appendingPathComponent("scripts/build-default-references"), encoding: .utf8)
        let folder = TemporaryFolder()
        let common = [
            "--metadata", mapping, "--depth", "1000", "--seed", "1", "--subject", "hostsubjectid", "--state-column", "visitno",
            "--match-column", "HMPbodysubsite", "--tree", tree,
            "--platform", "16S rRNA V3–V5 amplicons (HMP, 454 pyrosequencing)",
        ]
        let builds: [(String, [String])] = [
            ("gut", ["--where", "HMPbodysubsite=Stool", "--site", "gut", "--site-detail", "stool", "--name", "HMP stool"]),
            (
                "skin-sebaceous",
                [
                    "--where", "HMPbodysubsite=Right_Retroauricular_crease", "--where", "HMPbodysubsite=Left_Retroauricular_crease",
                    "--site", "skin", "--site-detail", "sebaceous (retroauricular crease)", "--name", "HMP retroauricular crease",
                ]
            ),
            (
                "skin-dry",
                [
                    "--where", "HMPbodysubsite=Right_Antecubital_fossa", "--where", "HMPbodysubsite=Left_Antecubital_fossa",
                    "--site", "skin", "--site-detail", "dry (antecubital fossa)", "--name", "HMP antecubital fossa",
                ]
            ),
        ]
        for (name, arguments) in builds {
            #expect(script.contains(arguments[1]), "the script builds \(name) with \(arguments[1])")
            let run = try CommandLineRun(
                ["reference", "build", table] + common + arguments + ["-o", folder.file("\(name).json"), "--quiet"])
            #expect(run.status == 0, "\(run.standardError)")
            let rebuilt = try GutSkinReference(jsonData: Data(contentsOf: URL(fileURLWithPath: folder.file("\(name).json"))), file: name)
            var shipped = try #require(try DefaultReferences.reference(named: name))
            #expect(shipped.provenance.builtBy == "gutskin built-in reference '\(name)'")
            shipped.provenance.builtBy = rebuilt.provenance.builtBy
            var rebuiltWithoutMap = rebuilt
            var shippedWithoutMap = shipped
            rebuiltWithoutMap.map = shipped.map
            #expect(rebuiltWithoutMap == shipped, "\(name): the script and the built-in recipe differ (DefaultReferences.recipe)")
            shippedWithoutMap.map = rebuilt.map
            #expect(rebuilt.map.coordinates.count == shipped.map.coordinates.count)
            for (a, b) in zip(
                rebuilt.map.coordinates.joined() + rebuilt.map.eigenvalues + rebuilt.map.centredDiagonal,
                shipped.map.coordinates.joined() + shipped.map.eigenvalues + shipped.map.centredDiagonal)
            {
                #expect(abs(a - b) <= 1e-9 * max(1, abs(b)))
            }
        }
    }

    /// A MetaPhlAn profile gets the GMHI (by hand: MH present B. adolescentis 0.2 → Ψ_MH = (1/7)·(−0.2 ln 0.2);
    /// MN present R. gnavus 0.1 → Ψ_MN = (1/31)·(−0.1 ln 0.1); GMHI = log10((Ψ_MH + 1e-5)/(Ψ_MN + 1e-5)))
    /// and a warning that it is not counts.
    @Test func metaPhlAnProfileGetsTheHealthIndex() throws {
        guard SharedData.builtInReferences() else { return }
        let folder = TemporaryFolder()
        let lineage = "k__Bacteria|p__Firmicutes|c__Clostridia|o__Clostridiales"
        let profile = folder.write(
            "#mpa_vJan21\n#clade_name\tNCBI_tax_id\trelative_abundance\tadditional_species\nk__Bacteria\t2\t100.0\t\n"
                + "\(lineage)|f__Ruminococcaceae|g__Faecalibacterium|s__Faecalibacterium_prausnitzii\t1\t30.0\t\n"
                + "k__Bacteria|p__Actinobacteria|c__Actinobacteria|o__Bifidobacteriales|f__Bifidobacteriaceae|g__Bifidobacterium|s__Bifidobacterium_adolescentis\t1\t20.0\t\n"
                + "k__Bacteria|p__Bacteroidetes|c__Bacteroidia|o__Bacteroidales|f__Bacteroidaceae|g__Bacteroides|s__Bacteroides_vulgatus\t1\t40.0\t\n"
                + "\(lineage)|f__Lachnospiraceae|g__Ruminococcus|s__Ruminococcus_gnavus\t1\t10.0\t\n",
            to: "person.txt")
        let run = try CommandLineRun(["report", profile, "--sample", "person", "-o", folder.file("p.html"), "--quiet"])
        #expect(run.status == 0, "\(run.standardError)")
        let report = try json(folder.file("p.json"))
        let gmhi = try #require((report["gut"] as? [String: Any])?["gmhi"] as? Double)
        let healthy = -0.2 * log(0.2) / 7
        let scarce = -0.1 * log(0.1) / 31
        #expect(abs(gmhi - log10((healthy + 1e-5) / (scarce + 1e-5))) < 1e-12)
        #expect((report["warnings"] as? [String])?.contains { $0.contains("relative abundances") } == true)
    }

    @Test func referenceInspectShowsWhatItHolds() throws {
        guard SharedData.builtInReferences() else { return }
        let run = try CommandLineRun(["reference", "inspect", "gut"])
        #expect(run.status == 0)
        for text in ["HMP stool", "318 (of 318 selected", "Depth       1,000 reads", "Dysbiosis score", "hmp-v35-even1k.biom"] {
            #expect(run.standardOutput.contains(text), "\(text)")
        }
        let missing = try CommandLineRun(["reference", "inspect", "no-such.json"])
        #expect(missing.status == 1 && missing.standardError.contains("no-such.json: cannot be read"))
    }
}
