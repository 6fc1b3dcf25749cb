import Foundation
import GutSkinAxis
import TestSupport
import Testing

/// `gutskin report --timeline`: a person's samples by date, events, and before/after against the
/// reference's usual visit-to-visit change; and that usual change itself on HMP's two visits.
@Suite struct ReportTimelineCommandTests {
    func json(_ path: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
    }

    /// HMP stool samples by person and visit (from the mapping), restricted to the gut reference's samples.
    static func stoolVisits(mapping: String) throws -> [(sample: String, subject: String, visit: String)] {
        let lines = try String(contentsOfFile: mapping, encoding: .utf8).split(separator: "\n").map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
        let header = lines[0]
        let (id, site, subject, visit) = (
            header.firstIndex(of: "#SampleID")!, header.firstIndex(of: "HMPbodysubsite")!, header.firstIndex(of: "hostsubjectid")!,
            header.firstIndex(of: "visitno")!
        )
        let reference = Set(try #require(try DefaultReferences.reference(named: "gut")).samples.map(\.id))
        return lines.dropFirst().filter { $0.count > visit && $0[site] == "Stool" && reference.contains($0[id]) }
            .map { ($0[id], $0[subject], $0[visit]) }
    }

    /// The shipped gut reference's usual change equals what `report --all-samples` + `longitudinal
    /// usual-change` give on the same HMP stool samples (same scores, same pairing), and rests on
    /// the people the docs name.
    @Test func shippedGutUsualChangeMatchesTheResearcherRoute() throws {
        guard let table = SharedData.path("hmp-v35-even1k.biom"), let mapping = SharedData.path("hmp-v35-even1k-mapping.tsv") else {
            return
        }
        let folder = TemporaryFolder()
        let gut = try #require(try DefaultReferences.reference(named: "gut"))
        let usual = try #require(gut.usualChange, "the built-in gut reference has no usual_change (DefaultReferences.recipe)")
        #expect(usual.people == 56 && usual.visitColumn == "visitno")
        let filtered = try CommandLineRun([
            "filter", table, "--metadata", mapping, "--where", "HMPbodysubsite=Stool", "-o", folder.file("stool.biom"), "--quiet",
        ])
        #expect(filtered.status == 0, "\(filtered.standardError)")
        let batch = try CommandLineRun(["report", folder.file("stool.biom"), "--all-samples", "-o", folder.file("reports"), "--quiet"])
        #expect(batch.status == 0, "\(batch.standardError)")
        let route = try CommandLineRun([
            "longitudinal", "usual-change", folder.file("reports/summary.tsv"), "--metadata", mapping, "--individual-id-column",
            "hostsubjectid", "--state-column", "visitno", "-o", folder.file("usual.tsv"), "--quiet",
        ])
        #expect(route.status == 0, "\(route.standardError)")
        let rows = try String(contentsOfFile: folder.file("usual.tsv"), encoding: .utf8).split(separator: "\n").dropFirst()
            .map { $0.split(separator: "\t").map(String.init) }
        for kind in [ScoreKind.shannonEntropy, .observedFeatures, .butyrateProducers, .proteobacteria] {
            let row = try #require(rows.first { $0[0] == kind.rawValue }, "\(kind)")
            let stored = try #require(usual.score(kind))
            #expect(Int(row[1]) == stored.people, "\(kind)")
            #expect(abs(Double(row[2])! - stored.absoluteChangeMedian) <= 1e-12 * max(1, stored.absoluteChangeMedian), "\(kind)")
            #expect(abs(Double(row[3])! - stored.bound) <= 1e-12 * max(1, stored.bound), "\(kind)")
        }
    }

    /// One HMP person with two stool visits, dated, with an event between: the report's timeline
    /// judges every score against the gut reference's bound, and the page draws it.
    @Test func timelineOfAnHMPPersonAroundAnEvent() throws {
        guard let table = SharedData.path("hmp-v35-even1k.biom"), let mapping = SharedData.path("hmp-v35-even1k-mapping.tsv") else {
            return
        }
        let visits = try Self.stoolVisits(mapping: mapping)
        let person = try #require(
            Dictionary(grouping: visits, by: { $0.subject }).filter { Set($0.value.map { $0.visit }) == ["1", "2"] && $0.value.count == 2 }
                .keys.sorted().first)
        let folder = TemporaryFolder()
        var metadata = "sample-id\tperson\tcollection_date\n"
        for visit in visits where visit.subject == person {
            metadata += "\(visit.sample)\t\(person)\t\(visit.visit == "1" ? "2026-01-10" : "2026-04-20T09:15")\n"
        }
        metadata += "other\tsomeone\t2026-01-01\n"
        let timelineFile = folder.write(metadata, to: "dates.tsv")
        let run = try CommandLineRun([
            "report", table, "--timeline", timelineFile, "--subject", person, "--individual-id-column", "person",
            "--event", "probiotic started=2026-03-01", "--event", "later=2026-06-01", "-o", folder.file("me.html"), "--quiet",
        ])
        #expect(run.status == 0, "\(run.standardError)")
        let report = try json(folder.file("me.json"))
        #expect(report["schema_version"] as? Int == 2)
        let timeline = try #require(report["timeline"] as? [String: Any])
        let points = try #require(timeline["points"] as? [[String: Any]])
        #expect(points.map { $0["date"] as? String } == ["2026-01-10", "2026-04-20"])
        #expect((report["gut"] as? [String: Any])?["sample_id"] as? String == points[1]["sample_id"] as? String, "the latest sample")
        #expect(timeline["events_without_change"] as? [String] == ["later"])
        let gut = try #require(try DefaultReferences.reference(named: "gut")?.usualChange)
        #expect(timeline["usual_change_people"] as? Int == gut.people)
        let change = try #require((timeline["changes"] as? [[String: Any]])?.first)
        let scores = try #require(change["scores"] as? [[String: Any]])
        var judged = 0
        for score in scores {
            guard let id = ScoreKind(rawValue: score["id"] as? String ?? ""), let before = score["before"] as? Double,
                let after = score["after"] as? Double, let usual = gut.score(id)
            else { continue }
            judged += 1
            // Foundation's JSON number parsing on Linux may differ from the written value in the last bit.
            let bound = try #require(score["usual_bound95"] as? Double)
            #expect(abs(bound - usual.bound) <= 1e-14 * max(1, usual.bound) && score["people"] as? Int == usual.people)
            let expected = abs(after - before) > usual.bound ? "changed beyond usual variation" : "within usual variation"
            #expect(score["verdict"] as? String == expected, "\(id)")
        }
        #expect(judged >= 10)
        let html = try String(contentsOfFile: folder.file("me.html"), encoding: .utf8)
        #expect(html.contains("id=\"timeline\"") && html.contains("Around “probiotic started” (2026-03-01)"))
        #expect(html.contains("Shannon diversity by date, with events marked"))
        #expect(!html.contains("caused by") && html.contains("not what caused it"))
    }

    /// `reference inspect` says how many people the usual change rests on.
    @Test func inspectShowsTheUsualChange() throws {
        guard SharedData.builtInReferences() else { return }
        let run = try CommandLineRun(["reference", "inspect", "gut"])
        #expect(run.status == 0)
        #expect(run.standardOutput.contains("Usual change between two visits (56 people; visitno, same HMPbodysubsite)"))
        let shannon = try #require(try DefaultReferences.reference(named: "gut")?.usualChange?.score(.shannonEntropy))
        #expect(run.standardOutput.contains(ScoreKind.shannonEntropy.formatted(shannon.bound)))
    }

    @Test func badTimelineInputIsOneLine() throws {
        guard SharedData.builtInReferences() else { return }
        let folder = TemporaryFolder()
        #expect(try CommandLineRun(["demo", "-o", folder.file("demo"), "--quiet"]).status == 0)
        let table = folder.file("demo/demo-person.biom")
        let good = folder.write("sample-id\tsubject\tcollection_date\n\(DemoPerson.gutSampleID)\tana\t2026-02-01\n", to: "m.tsv")
        let badDate = folder.write("sample-id\tsubject\tcollection_date\n\(DemoPerson.gutSampleID)\tana\t01/02/2026\n", to: "bad.tsv")
        let cases: [([String], String)] = [
            (["--timeline", good, "--subject", "bob"], "\(good): no sample has 'bob' in column 'subject' (1 person, e.g. ana)"),
            (
                ["--timeline", badDate, "--subject", "ana"],
                "\(badDate): column 'collection_date', sample '\(DemoPerson.gutSampleID)': '01/02/2026' is not a day"
            ),
            (["--timeline", good, "--subject", "ana", "--event", "probiotic 2026-03-01"], "event 'probiotic 2026-03-01' has no '='"),
            (
                ["--timeline", good, "--subject", "ana", "--date-column", "when"],
                "\(good): no column 'when' (columns: subject, collection_date)"
            ),
            (["--timeline", good, "--subject", "ana", "--individual-id-column", "person"], "\(good): no column 'person'"),
        ]
        for (arguments, message) in cases {
            let run = try CommandLineRun(["report", table] + arguments + ["-o", folder.file("r.html")])
            #expect(run.status == 1, "\(arguments)")
            #expect(run.standardError.hasPrefix("gutskin: error: \(message)"), "\(run.standardError)")
            #expect(run.standardError.split(separator: "\n").count == 1, "\(run.standardError)")
            #expect(!FileManager.default.fileExists(atPath: folder.file("r.html")))
        }
        let usage = try CommandLineRun(["report", table, "--subject", "ana", "-o", folder.file("r.html")])
        #expect(usage.status == 2 && usage.standardError.contains("--subject and --event need --timeline"))
    }
}
