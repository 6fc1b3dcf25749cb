import Foundation
import GutSkinCore
import Testing

@testable import GutSkinAxis
@testable import GutSkinRendering

@Suite struct ReportBuilderTests {
    func scored(_ table: FeatureTable, sample: Int, rarefied: Bool = true) throws -> ReportBuilder.ScoredSite {
        let scorer = SampleScorer(reference: try ScoringFixtures.reference())
        let scores = scorer.score(
            SampleProfile(table: table, sample: sample, rarefied: rarefied), annotation: FeatureAnnotation(table: table))
        return .init(scores: scores, scorer: scorer, table: "t.biom", taxonomy: TaxonomyStyle.describe(table))
    }

    /// Dysbiotic exactly when the dysbiosis score exceeds the reference's own 90th percentile.
    @Test func dysbiosisFlagFollowsTheReference90thPercentile() throws {
        let person = try FeatureTable(
            sampleIDs: ["typical", "odd"], featureIDs: ScoringFixtures.table.featureIDs,
            featureTaxonomy: ScoringFixtures.lineages.map(Taxonomy.init(parsing:)),
            dense: [[10, 5, 1, 1, 2, 1], [0, 0, 20, 0, 0, 0]])
        let threshold = try #require(try ScoringFixtures.reference().distribution(.dysbiosisScore)).quantiles[percentile: 90]
        for sample in 0..<2 {
            let site = try scored(person, sample: sample)
            let report = ReportBuilder(gut: site, skin: nil, generatedBy: "test").build()
            let gut = try #require(report.gut)
            #expect(gut.dysbiotic == (site.scores.value(.dysbiosisScore) > threshold))
            #expect(gut.scores.allSatisfy { $0.citations.allSatisfy { Bibliography.citation($0) != nil } })
            #expect(report.citations.map(\.key).contains("lloyd-price-2019"))
        }
        let odd = ReportBuilder(gut: try scored(person, sample: 1), skin: nil, generatedBy: "test").build()
        #expect(odd.gut?.dysbiotic == true)
        // Further from the reference than 99% of its samples: a poor match, said so, and not called a finding.
        #expect(odd.gut?.poorMatch == true)
        #expect(odd.summary.contains { $0.contains("unlike every healthy reference sample") })
        #expect(!odd.summary.contains { $0.contains("call profiles beyond this line dysbiotic") })
        #expect(odd.warnings.contains { $0.contains("compare poorly") })
    }

    /// A shallow sample keeps its diversity value but gets no percentile, and a warning says why.
    @Test func shallowSampleIsWarnedAndNotCompared() throws {
        let site = try scored(ScoringFixtures.table, sample: 0, rarefied: false)
        let report = ReportBuilder(gut: site, skin: nil, generatedBy: "test").build()
        let shannon = try #require(report.gut?.scores.first { $0.id == .shannonEntropy })
        #expect(shannon.value != nil && shannon.percentile == nil && shannon.band == ScoreBand.none)
        #expect(report.warnings.contains { $0.contains("not rarefied") })
    }

    /// An empty sample is said to be empty, not dysbiotic or from another platform.
    @Test func emptySampleSaysSo() throws {
        let empty = try FeatureTable(
            sampleIDs: ["empty"], featureIDs: ScoringFixtures.table.featureIDs,
            featureTaxonomy: ScoringFixtures.lineages.map(Taxonomy.init(parsing:)), dense: [[0, 0, 0, 0, 0, 0]])
        let report = ReportBuilder(gut: try scored(empty, sample: 0, rarefied: false), skin: nil, generatedBy: "test").build()
        #expect(report.warnings.count == 1 && report.warnings[0].contains("has no reads"))
        #expect(report.summary == ["Your gut sample has no reads, so nothing could be scored."])
        #expect(report.gut?.dysbiotic == nil)
    }

    /// Genera the reference does not know lower the known share and raise a poor-match warning.
    @Test func unknownGeneraWarnOfAPoorMatch() throws {
        let silva = try FeatureTable(
            sampleIDs: ["silva"], featureIDs: ["a", "b"],
            featureTaxonomy: [
                Taxonomy(parsing: "d__Bacteria; p__Firmicutes; g__Agathobacter"),
                Taxonomy(parsing: "d__Bacteria; p__Bacteroidota; g__Bacteroides"),
            ],
            dense: [[15, 5]])
        let site = try scored(silva, sample: 0)
        #expect(site.scores.knownGenusShare == 0.25)
        let report = ReportBuilder(gut: site, skin: nil, generatedBy: "test").build()
        #expect(report.warnings.contains { $0.contains("25%") && $0.contains("unreliable") })
    }

    /// The JSON a service reads: schema name and version, snake_case keys, every section.
    @Test func jsonHasTheDocumentedKeys() throws {
        var builder = ReportBuilder(gut: try scored(ScoringFixtures.table, sample: 2), skin: nil, generatedBy: "test")
        builder.questionnaire = try QuestionnaireFile.parse(text: "skin_ph\t6.1\n", file: "q.tsv")
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        let object = try #require(try JSONSerialization.jsonObject(with: encoder.encode(builder.build())) as? [String: Any])
        #expect(object["schema"] as? String == "gutskin-report" && object["schema_version"] as? Int == 2)
        for key in ["generated_by", "summary", "gut", "warnings", "citations", "disclaimer", "skin_ph", "questionnaire", "timeline"] {
            #expect(object[key] != nil, "\(key)")
        }
        let gut = try #require(object["gut"] as? [String: Any])
        for key in [
            "sample_id", "reference", "reads", "rarefied_to", "known_genus_share", "scores", "top_genera", "map_position", "dysbiotic",
        ] {
            #expect(gut[key] != nil, "\(key)")
        }
        let score = try #require((gut["scores"] as? [[String: Any]])?.first)
        for key in ["id", "title", "value", "percentile", "band", "reference_median", "citations", "explanation"] {
            #expect(score[key] != nil, "\(key)")
        }
        let skinPH = try #require(object["skin_ph"] as? [String: Any])
        #expect(skinPH["band"] as? String == "high")
        #expect(skinPH["citation"] as? String == "prakash-2017" && skinPH["evidence_grade"] as? String == "very_low")
        #expect((skinPH["contrary"] as? [String: Any])?["citation"] as? String == "skin-ph-atopic-adults-2020")
    }

    /// Every literature note in the JSON carries its grade and its contrary result (null when
    /// there is none), and the report cites the contrary and further sources too.
    @Test func literatureNotesCarryGradesAndContraryResults() throws {
        var builder = ReportBuilder(gut: try scored(ScoringFixtures.table, sample: 2), skin: nil, generatedBy: "test")
        builder.questionnaire = try QuestionnaireFile.parse(text: "dairy\tdaily\nplant_types_per_week\t12\n", file: "q.tsv")
        builder.breathTest = BreathTestInterpretation.interpret(
            try BreathTestSeries(
                readings: [(0.0, 5.0), (60, 12), (90, 30)].map { .init(minutes: $0.0, hydrogenPPM: $0.1, methanePPM: nil) }))
        let report = builder.build()
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        let object = try #require(try JSONSerialization.jsonObject(with: encoder.encode(report)) as? [String: Any])
        let answers = try #require((object["questionnaire"] as? [String: Any])?["answers"] as? [[String: Any]])
        let notes = answers.flatMap { ($0["literature"] as? [[String: Any]]) ?? [] }
        #expect(notes.count == 2)
        for note in notes {
            #expect(EvidenceGrade(rawValue: note["evidence_grade"] as? String ?? "") != nil, "\(note)")
            #expect(note.keys.contains("contrary") && note["id"] is String && note["further_citations"] is [String])
        }
        let dairy = try #require(notes.first { $0["id"] as? String == "dairy-acne" })
        #expect((dairy["contrary"] as? [String: Any])?["citation"] as? String == "juhl-2018-mr")
        let plants = try #require(notes.first { $0["id"] as? String == "plant-variety-gut-diversity" })
        #expect(plants["contrary"] is NSNull)
        let breath = try #require(object["breath_test_literature"] as? [[String: Any]])
        #expect(breath.map { $0["id"] as? String } == ["rosacea-small-intestinal-overgrowth"])
        #expect(breath.first?["evidence_grade"] as? String == "very_low")
        let keys = report.citations.map(\.key)
        for key in ["juhl-2018", "aghasi-2019", "juhl-2018-mr", "parodi-2008", "egeberg-2017", "rezaie-2017"] {
            #expect(keys.contains(key), "\(key)")
        }
    }

    /// The summary's butyrate sentence names its evidence: the report cites its source exactly when it is said.
    @Test func butyrateSentenceCitesItsSource() throws {
        for sample in 0..<3 {
            let report = ReportBuilder(gut: try scored(ScoringFixtures.table, sample: sample), skin: nil, generatedBy: "test").build()
            let said = report.summary.contains { $0.contains("main fuel") && $0.contains("Roediger 1980") }
            #expect(said == report.citations.contains { $0.key == "roediger-1980" }, "sample \(sample)")
            if sample == 2 { #expect(said) }
        }
    }

    @Test func pageHasEverySectionAndNoScripts() throws {
        let report = ReportBuilder(gut: try scored(ScoringFixtures.table, sample: 2), skin: nil, generatedBy: "test").build()
        let page = ReportPage.render(report, gutReference: try ScoringFixtures.reference(), skinReference: nil)
        for id in ReportPage.sectionIDs { #expect(page.contains("id=\"\(id)\""), "\(id)") }
        #expect(!page.contains("<script") && !page.contains("http://") || page.contains("xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(!page.contains("src=\""))  // nothing fetched: works offline
        // Trait scores name the genera they count, each with its evidence grade.
        #expect(page.contains("Genera counted, with the evidence grade that each carries the trait: Faecalibacterium (moderate), "))
    }
}

@Suite struct ReportJSONNullsTests {
    /// Keys the schema documents are present even when their value is missing (written as null).
    @Test func missingValuesAreWrittenAsNull() throws {
        let table = ScoringFixtures.table
        let scorer = SampleScorer(reference: try ScoringFixtures.reference())
        let scores = scorer.score(SampleProfile(table: table, sample: 0, rarefied: true), annotation: FeatureAnnotation(table: table))
        let report = ReportBuilder(gut: .init(scores: scores, scorer: scorer, table: "t", taxonomy: "x"), skin: nil, generatedBy: "test")
            .build()
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        let text = String(decoding: try encoder.encode(report), as: UTF8.self)
        for key in [
            "\"skin\":null", "\"breath_test\":null", "\"breath_test_literature\":[]", "\"questionnaire\":null", "\"gmhi\":null",
            "\"poor_match\":", "\"subjects\":",
        ] {
            #expect(text.contains(key), "\(key)")
        }
        // faith_pd is undefined without a tree: value and percentile are null, the note says why.
        #expect(text.contains("\"id\":\"faith_pd\"") == false || text.contains("\"value\":null"))
    }
}
