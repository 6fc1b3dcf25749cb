import Foundation
import GutSkinCore
import GutSkinFormats
import TestSupport
import Testing

@testable import GutSkinAxis
@testable import GutSkinRendering

/// The library entry point behind `gutskin report`, `demo` and the service.
@Suite struct PersonReportTests {
    static func demoRequest() throws -> PersonReportRequest {
        let gut = try #require(try DefaultReferences.reference(named: "gut"))
        let skin = try #require(try DefaultReferences.reference(named: "skin-sebaceous"))
        let table = DemoPerson.table(gut: gut, skin: skin)
        var request = PersonReportRequest(
            gut: .init(table: table, sampleID: DemoPerson.gutSampleID, source: "person.biom", format: .biomHDF5),
            skin: .init(table: table, sampleID: DemoPerson.skinSampleID, source: "person.biom", format: .biomHDF5),
            generatedBy: "test")
        let folder = TemporaryFolder()
        request.questionnaire = try QuestionnaireFile.read(path: folder.write(DemoPerson.questionnaireTSV, to: "q.tsv"))
        request.breathTest = try BreathTestTSV.read(path: folder.write(DemoPerson.breathTestTSV, to: "b.tsv"))
        return request
    }

    /// The skin sample is scored against the closer skin reference: the chosen one has the lowest
    /// distance from typical skin among every built-in skin reference, and a note says which.
    @Test func skinReferenceIsTheClosest() throws {
        guard SharedData.builtInReferences() else { return }
        let made = try PersonReport.make(try Self.demoRequest())
        let chosen = try #require(made.skinReference)
        let distance = try #require(made.report.skin?.scores.first { $0.id == .skinAtypicality }?.value)
        for name in ["skin-sebaceous", "skin-dry"] {
            var request = try Self.demoRequest()
            request.references = [
                try #require(try DefaultReferences.reference(named: "gut")), try #require(try DefaultReferences.reference(named: name)),
            ]
            let alone = try #require(try PersonReport.make(request).report.skin?.scores.first { $0.id == .skinAtypicality }?.value)
            #expect(distance <= alone)
        }
        #expect(made.notes.contains { $0.contains(chosen.name) && $0.contains("closest of 2") })
        #expect(made.gutReference?.site == .gut)
        #expect(made.report.breathTest != nil && made.report.questionnaire != nil)
    }

    /// html() and json() are the two forms `write(html:)` puts side by side.
    @Test func writesPageAndJSONTogether() throws {
        guard SharedData.builtInReferences() else { return }
        let made = try PersonReport.make(try Self.demoRequest())
        let folder = TemporaryFolder()
        try made.write(html: folder.file("r.html"))
        #expect(folder.contents == ["r.html", "r.json"])
        #expect(try String(contentsOfFile: folder.file("r.html"), encoding: .utf8) == made.html())
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder.file("r.json"))) == made.json())
        let json = try #require(try JSONSerialization.jsonObject(with: made.json()) as? [String: Any])
        #expect((json["gut"] as? [String: Any])?["sample_id"] as? String == DemoPerson.gutSampleID)
        #expect((json["skin"] as? [String: Any])?["sample_id"] as? String == DemoPerson.skinSampleID)
        #expect(made.html().contains(DemoPerson.gutSampleID) && made.html().hasPrefix("<!DOCTYPE html>"))
    }

    /// Errors name the inputs, not command-line flags.
    @Test func errorsSpeakOfInputs() throws {
        guard SharedData.builtInReferences() else { return }
        var request = try Self.demoRequest()
        request.gut?.sampleID = "nobody"
        #expect(throws: PersonReportError.self) { try PersonReport.make(request) }
        do {
            _ = try PersonReport.make(request)
        } catch {
            #expect(error.description.hasPrefix("person.biom: no sample 'nobody' (the table has 2 samples"))
        }
        #expect(throws: PersonReportError.noSample) { try PersonReport.make(PersonReportRequest(generatedBy: "test")) }
        var skinOnly = try Self.demoRequest()
        let gut = try #require(try DefaultReferences.reference(named: "gut"))
        skinOnly.references = [gut]
        #expect(throws: PersonReportError.missingSkinReference(references: [gut.name])) { try PersonReport.make(skinOnly) }
        for error in [PersonReportError.noSample, .missingGutReference(references: ["x"]), .missingSkinReference(references: ["x"])] {
            #expect(!error.description.contains("--"))
        }
    }

    /// A batch report equals the single report of the same sample scored alone (gut only).
    @Test func batchReportsEqualSingleReports() throws {
        guard SharedData.builtInReferences() else { return }
        let request = try Self.demoRequest()
        let gutReference = try #require(try DefaultReferences.reference(named: "gut"))
        let table = try #require(request.gut?.table)
        let batch = PersonReportBatch(
            table: table, source: "person.biom", reference: gutReference, tree: nil, threads: 2, generatedBy: "test")
        let (jsons, _) = batch.forEachReport { _, made in (try? made.json()) ?? Data() }
        for (index, id) in table.sampleIDs.enumerated() {
            var single = PersonReportRequest(
                gut: .init(table: table, sampleID: id, source: "person.biom", format: nil), generatedBy: "test")
            single.references = [gutReference]
            #expect(try PersonReport.make(single).json() == jsons[index])
        }
        let folder = TemporaryFolder()
        let (count, _) = try batch.write(to: folder.file("out"))
        let summary = try String(contentsOfFile: folder.file("out/summary.tsv"), encoding: .utf8)
        #expect(count == 2 && summary.hasPrefix(PersonReportBatch.summaryHeader))
        #expect(summary.split(separator: "\n").count == 3)
    }
}
