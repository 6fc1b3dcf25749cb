import GutSkinAxis
import GutSkinCore
import Testing

@testable import GutSkinRendering

/// The page shows each literature statement with its grade beside its sources and its strongest
/// contrary result, the breath test's rosacea note from the same statements as the JSON, and the
/// grade of each genus a trait score counts.
@Suite struct ReportPageEvidenceTests {
    func page() throws -> (GutSkinReport, String) {
        var builder = ReportBuilder(gut: nil, skin: nil, generatedBy: "test")
        builder.questionnaire = try QuestionnaireFile.parse(text: "dairy\tdaily\nskin_ph\t5.2\n", file: "q.tsv")
        builder.breathTest = BreathTestInterpretation.interpret(
            try BreathTestSeries(readings: [(0.0, 5.0), (60, 12), (90, 30)].map { .init(minutes: $0.0, hydrogenPPM: $0.1) }))
        let report = builder.build()
        return (report, ReportPage.render(report, gutReference: nil, skinReference: nil))
    }

    @Test func literatureShowsGradeSourcesAndContraryResult() throws {
        let (report, html) = try page()
        let dairy = try #require(LiteratureAssociation.standard("dairy-acne"))
        #expect(html.contains(HTMLText.escape(dairy.statement)))
        #expect(html.contains("<span class=\"grade grade-low\""))
        #expect(html.contains("Strongest contrary result: " + HTMLText.escape(try #require(dairy.contrary).statement)))
        for key in ["juhl-2018", "aghasi-2019", "juhl-2018-mr"] {
            #expect(html.contains("href=\"#source-\(key)\""), "\(key) is cited on the page")
            #expect(report.citations.contains { $0.key == key })
        }
    }

    @Test func breathTestNoteComesFromTheStatements() throws {
        let (_, html) = try page()
        let rosacea = try #require(LiteratureAssociation.standard("rosacea-small-intestinal-overgrowth"))
        let section = try #require(html.range(of: "<section id=\"breath-test\">").map { String(html[$0.lowerBound...]) })
        #expect(section.contains(HTMLText.escape(rosacea.statement)) && section.contains("evidence: very low"))
        #expect(section.contains("href=\"#source-egeberg-2017\"") && section.contains("href=\"#source-parodi-2008\""))
        #expect(!html.contains("in one clinical study (52 of 113 patients vs 3 of 60 controls)"))
    }

    @Test func skinPHShowsTheRangeSourceAndGrade() throws {
        let (_, html) = try page()
        #expect(html.contains("evidence: very low</span><sup>[<a href=\"#source-prakash-2017\""))
        #expect(html.contains("href=\"#source-skin-ph-atopic-adults-2020\"") && html.contains("href=\"#source-lambers-2006\""))
        // The sources list says why an entry has no DOI.
        #expect(html.contains("(no DOI: no DOI seen in the checked record)"))
        // The about section explains every grade.
        for grade in EvidenceGrade.allCases { #expect(html.contains("<strong>\(grade.words)</strong>: ")) }
    }
}
