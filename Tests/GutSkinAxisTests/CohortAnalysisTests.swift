import Foundation
import GutSkinCore
import GutSkinFormats
import GutSkinKernels
import TestSupport
import Testing

@testable import GutSkinAxis
@testable import GutSkinRendering

/// The committed small cohort (Tests/Fixtures/axis-small, made with golden values by
/// scripts/reference/axis_golden.py: scikit-bio 0.7.4, SciPy — versions in golden.json).
enum AxisSmallCase {
    static let folder = SharedData.packageRoot.appendingPathComponent("Tests/Fixtures/axis-small").path
    static func path(_ name: String) -> String { folder + "/" + name }

    static func golden() throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path("golden.json")))
        return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }

    static func design(
        _ conditions: ConditionSpecification, sites: [CohortSite]? = nil, metadataPath: String? = nil, required: [String] = []
    ) throws -> (FeatureTable, CohortDesign) {
        let table = try FeatureTableFile.read(path: path("table.tsv"))
        let metadataPath = metadataPath ?? path("metadata.tsv")
        let metadata = try MetadataTSV.read(path: metadataPath)
        let blankOnly = try MetadataTSV.read(path: metadataPath, missingValues: [])
        let design = try CohortDesign(
            table: table, metadata: metadata, blankOnlyMetadata: blankOnly, metadataPath: metadataPath,
            subjectColumn: "host_subject_id", siteColumn: "body_site",
            sites: sites ?? [CohortSite(value: "UBERON:feces", role: .gut), CohortSite(value: "UBERON:skin", role: .skin)],
            conditions: conditions, depth: 200, required: required)
        return (table, design)
    }

    /// The fixture's metadata with cells replaced: (sample id, column, new value).
    static func editedMetadata(_ edits: [(String, String, String)], in folder: TemporaryFolder) throws -> String {
        let lines = try String(contentsOfFile: path("metadata.tsv"), encoding: .utf8).split(separator: "\n").map(String.init)
        let header = lines[0].split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        let edited = lines.enumerated().map { index, line -> String in
            guard index > 0 else { return line }
            var cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            for (id, column, value) in edits where cells[0] == id { cells[header.firstIndex(of: column)!] = value }
            return cells.joined(separator: "\t")
        }
        return folder.write(edited.joined(separator: "\n") + "\n", to: "metadata.tsv")
    }

    static func run(
        _ conditions: ConditionSpecification = .columns(["Eczema", "Acne"], positive: "Y"), sites: [CohortSite]? = nil,
        permutations: Int = 99
    ) throws -> CohortAnalysisResult {
        let (table, design) = try design(conditions, sites: sites)
        var settings = CohortSettings(depth: 200)
        settings.permutations = permutations
        settings.aldexInstances = 16
        return try CohortAnalysis.run(
            table: table, design: design, tree: try TreeFile.read(path: path("tree.nwk")), covariates: [], settings: settings)
    }
}

func relativelyClose(_ a: Double, _ b: Double, _ tolerance: Double = 1e-10) -> Bool {
    abs(a - b) <= tolerance * max(abs(a), abs(b), 1e-300)
}

@Suite struct CohortAnalysisTests {
    @Test func designCountsCasesControlsAndUnknowns() throws {
        let (_, design) = try AxisSmallCase.design(.columns(["Eczema", "Acne"], positive: "Y"))
        #expect(design.chosen.map(\.count) == [20, 20])
        let statuses = design.status[0]
        #expect(statuses.filter { $0 == .control }.count == 9)
        #expect(statuses.filter { $0 == .unknown }.count == 1)  // Eczema NA
        #expect(statuses.filter { if case .cases(let c) = $0 { c.contains("Eczema") } else { false } }.count == 7)
        #expect(design.pairedSubjects(0, 1).count == 20)
    }

    @Test func positiveMatchingNoValueIsAnError() throws {
        #expect {
            _ = try AxisSmallCase.design(.columns(["Acne", "Eczema"], positive: "Yes"))
        } throws: { error in
            "\(error)".contains("column Acne has no value 'Yes' (values: Y)")
        }
        #expect {
            _ = try AxisSmallCase.design(.columns(["Eczema"], positive: "Yes"))
        } throws: { error in
            "\(error)".contains("column Eczema has no value 'Yes' (values: Y, NA)")
        }
    }

    @Test func missingAnswersInTheConditionColumnAreNotConditions() throws {
        let folder = TemporaryFolder()
        let metadata = try AxisSmallCase.editedMetadata(
            [
                ("P18.stool", "SKIN_CONDITION", "Not provided"), ("P18.skin", "SKIN_CONDITION", "Not provided"),
                ("P19.stool", "SKIN_CONDITION", "Missing: Not provided"), ("P19.skin", "SKIN_CONDITION", "N/A"),
                ("P17.stool", "SKIN_CONDITION", "UNSPECIFIED"), ("P16.stool", "SKIN_CONDITION", "Unknown"),
            ],
            in: folder)
        let (_, design) = try AxisSmallCase.design(.column("SKIN_CONDITION", control: "none", conditions: []), metadataPath: metadata)
        #expect(design.conditions == ["acne", "eczema"])
        #expect(design.inferredConditions?.map(\.value) == ["acne", "eczema"])
        #expect(design.inferredConditions?.map(\.people) == [3, 7])
        let gut = design.statusCounts(site: 0)
        let skin = design.statusCounts(site: 1)
        #expect(gut.controls == 6 && gut.cases == 10 && gut.unknown == 4)  // P16–P19 stool missing
        #expect(skin.controls == 8 && skin.cases == 10 && skin.unknown == 2)  // P18, P19 skin missing
        #expect(design.statusRule.contains("not provided"))
        // Named conditions: no inferred list.
        let (_, named) = try AxisSmallCase.design(
            .column("SKIN_CONDITION", control: "none", conditions: ["eczema"]), metadataPath: metadata)
        #expect(named.inferredConditions == nil)
    }

    @Test func requiredColumnMakesUnansweredPeopleUnknown() throws {
        let folder = TemporaryFolder()
        let metadata = try AxisSmallCase.editedMetadata(
            [("P10.stool", "Age", ""), ("P11.stool", "Age", "Unknown"), ("P00.stool", "Age", "not collected")], in: folder)
        let (_, without) = try AxisSmallCase.design(.columns(["Eczema"], positive: "Y"), metadataPath: metadata)
        #expect(without.statusCounts(site: 0) == (controls: 12, cases: 7, unknown: 1))
        let (_, with) = try AxisSmallCase.design(.columns(["Eczema"], positive: "Y"), metadataPath: metadata, required: ["Age"])
        #expect(with.statusCounts(site: 0) == (controls: 10, cases: 6, unknown: 4))
        #expect(with.statusCounts(site: 1) == (controls: 12, cases: 7, unknown: 1))  // skin rows keep their Age
        #expect(with.statusRule.contains("Age (--require)"))
    }

    @Test func tiedDepthsSayEquallyDeep() throws {
        let folder = TemporaryFolder()
        let metadata = try AxisSmallCase.editedMetadata([("P01.stool", "host_subject_id", "P00")], in: folder)
        let (_, design) = try AxisSmallCase.design(.columns(["Eczema"], positive: "Y"), metadataPath: metadata)
        let sample = try #require(design.samples.first { $0.id == "P01.stool" })
        #expect(sample.fate.reason == "same person and site, equally deep as P00.stool; first in table order was kept")
    }

    @Test func statisticsMatchSciPyAndScikitBio() throws {
        let result = try AxisSmallCase.run()
        let golden = try AxisSmallCase.golden()
        let sites = try #require(golden["sites"] as? [String: [String: [String: Double]]])
        for (site, values) in sites {
            for (metric, p) in values["mannwhitney_p"] ?? [:] {
                let row = try #require(result.alphaTests.first { $0.condition == "Eczema" && $0.site == site && $0.measure == metric })
                #expect(row.caseCount == 7 && row.controlCount == 9)
                #expect(relativelyClose(row.pValue, p), "\(site) \(metric): \(row.pValue) vs SciPy \(p)")
            }
            for (metric, f) in values["permanova_F"] ?? [:] {
                let row = try #require(
                    result.betaTests.first { $0.condition == "Eczema" && $0.site == site && $0.metric == metric && $0.test == "PERMANOVA" })
                #expect(relativelyClose(row.statistic, f), "\(site) \(metric): F \(row.statistic) vs scikit-bio \(f)")
            }
        }
        let links = try #require(golden["links"] as? [String: Double])
        let shannon = try #require(result.linkAlpha.first { $0.metric == "shannon" })
        #expect(relativelyClose(shannon.rho, links["shannon_spearman_rho"]!))
        #expect(relativelyClose(shannon.pValue, links["shannon_spearman_p"]!))
        let mantelRow = try #require(result.linkBeta.first { $0.metric == "braycurtis" && $0.test == "Mantel" })
        #expect(relativelyClose(mantelRow.statistic, links["braycurtis_mantel_r"]!))
        let procrustesRow = try #require(result.linkBeta.first { $0.metric == "braycurtis" && $0.test.hasPrefix("Procrustes") })
        #expect(relativelyClose(procrustesRow.disparity, links["braycurtis_procrustes_disparity"]!, 1e-8))
        #expect(relativelyClose(procrustesRow.statistic, (1 - procrustesRow.disparity).squareRoot(), 1e-12))
        let pair = try #require(result.linkGenera.first { $0.gutGenus == "Roseburia" && $0.skinGenus == "Corynebacterium" })
        #expect(relativelyClose(pair.rho, links["Roseburia_x_Corynebacterium_rho"]!))
        #expect(relativelyClose(pair.pValue, links["Roseburia_x_Corynebacterium_p"]!))
        #expect(pair.permutationPValue > 0 && pair.permutationPValue <= 1)
    }

    @Test func bothConditionShapesGiveTheSameResults() throws {
        let columns = try AxisSmallCase.run(.columns(["Eczema", "Acne"], positive: "Y"))
        let single = try AxisSmallCase.run(.column("SKIN_CONDITION", control: "none", conditions: []))
        // The single column names conditions by value: eczema ↔ Eczema, acne ↔ Acne.
        func renamed(_ rows: [GroupTestRow]) -> [[String]] {
            rows.map { [$0.condition.lowercased()] + Array($0.cells.dropFirst()) }.sorted { $0.joined() < $1.joined() }
        }
        #expect(renamed(columns.alphaTests) == renamed(single.alphaTests))
        #expect(renamed(columns.scoreTests) == renamed(single.scoreTests))
        let betaColumns = columns.betaTests.map { [$0.condition.lowercased()] + Array($0.cells.dropFirst()) }.sorted {
            $0.joined() < $1.joined()
        }
        let betaSingle = single.betaTests.map { [$0.condition.lowercased()] + Array($0.cells.dropFirst()) }.sorted {
            $0.joined() < $1.joined()
        }
        #expect(betaColumns == betaSingle)
    }

    @Test func fewerThanFivePerGroupIsTooFew() throws {
        let result = try AxisSmallCase.run()
        let acne = result.alphaTests.filter { $0.condition == "Acne" }
        #expect(!acne.isEmpty)
        #expect(acne.allSatisfy { $0.caseCount == 3 && $0.pValue.isNaN && $0.note.hasPrefix("too few") })
        #expect(result.betaTests.filter { $0.condition == "Acne" }.allSatisfy { $0.pValue.isNaN && $0.note.hasPrefix("too few") })
        #expect(result.skippedDifferential.contains { $0.condition == "Acne" && $0.reason.hasPrefix("too few") })
        #expect(result.differential.contains { $0.condition == "Eczema" && $0.method == "ANCOM-BC" })
        // differential-genera.tsv lists every condition × site × method: too-few comparisons as a row with a note.
        for site in ["UBERON:feces", "UBERON:skin"] {
            for method in ["ANCOM-BC", "ALDEx2"] {
                let rows = result.differential.filter { $0.condition == "Acne" && $0.site == site && $0.method == method }
                #expect(
                    rows.count == 1 && rows[0].genus.isEmpty && rows[0].note.hasPrefix("too few") && rows[0].pValue.isNaN,
                    "\(site) \(method)")
            }
        }
        #expect(result.differential.filter { $0.method == "ANCOM-BC" }.allSatisfy { $0.cells[7] == "e" })
        #expect(result.differential.filter { $0.method == "ALDEx2" }.allSatisfy { $0.cells[7] == "2" })
        #expect(DifferentialRow.header[6...7] == ["log_fold_change", "log_base"])
    }

    @Test func betaQIsTakenPerTestType() throws {
        let (table, design) = try AxisSmallCase.design(.columns(["Eczema"], positive: "Y"))
        var settings = CohortSettings(depth: 200)
        settings.permutations = 49
        settings.aldexInstances = 8
        let covariate = CohortCovariate(
            name: "Age", isNumeric: true,
            values: Dictionary(uniqueKeysWithValues: design.samples.map { ($0.id, "\($0.id.hasPrefix("P1") ? 40 : 30)") }))
        let result = try CohortAnalysis.run(
            table: table, design: design, tree: try TreeFile.read(path: AxisSmallCase.path("tree.nwk")), covariates: [covariate],
            settings: settings)
        for test in ["PERMANOVA", "PERMDISP", "adonis"] {
            let rows = result.betaTests.filter { $0.test == test }
            #expect(!rows.isEmpty)
            let expected = PValueAdjustment.bh.adjust(rows.map(\.pValue))
            for (row, q) in zip(rows, expected) { #expect(row.qValue == q || (row.qValue.isNaN && q.isNaN), "\(test)") }
        }
        let readme = AxisOutputFiles.readme(result, commandLine: "gutskin axis test", version: "test")
        #expect(readme.contains("beta-tests.tsv: per test type"))
        let html = AxisReportPage.render(result, commandLine: "gutskin axis test", version: "test")
        #expect(
            html.contains("PERMANOVA, PERMDISP and adonis are separate families") && html.contains("natural-log fold change (ANCOM-BC)"))
    }

    @Test func gutOnlyCohortKeepsPerSiteSectionsAndSaysLinksNeedPairs() throws {
        let result = try AxisSmallCase.run(sites: [CohortSite(value: "UBERON:feces", role: .gut)])
        #expect(result.alphaTests.contains { $0.site == "UBERON:feces" && !$0.pValue.isNaN })
        #expect(result.linkAlpha.isEmpty && result.linkGenera.isEmpty)
        #expect(result.linkNotes.contains { $0.contains("need paired subjects") })
    }

    @Test func resultsDoNotDependOnThreads() throws {
        let (table, design) = try AxisSmallCase.design(.columns(["Eczema"], positive: "Y"))
        var one = CohortSettings(depth: 200)
        var many = CohortSettings(depth: 200)
        one.permutations = 49
        many.permutations = 49
        one.threads = 1
        many.threads = 4
        one.aldexInstances = 8
        many.aldexInstances = 8
        let tree = try TreeFile.read(path: AxisSmallCase.path("tree.nwk"))
        let a = try CohortAnalysis.run(table: table, design: design, tree: tree, covariates: [], settings: one)
        let b = try CohortAnalysis.run(table: table, design: design, tree: tree, covariates: [], settings: many)
        #expect(a.betaTests.map(\.cells) == b.betaTests.map(\.cells))
        #expect(a.linkGenera.map(\.cells) == b.linkGenera.map(\.cells))
        #expect(a.differential.map(\.cells) == b.differential.map(\.cells))
    }

    @Test func outputFilesHavePAndQColumnsAndAReadme() throws {
        let result = try AxisSmallCase.run()
        let files = AxisOutputFiles.files(result, commandLine: "gutskin axis test", version: "test")
        let names = files.map(\.name)
        #expect(names.contains("index.html") && names.contains("README.txt"))
        for file in files where file.name.hasSuffix("-tests.tsv") || file.name.hasPrefix("links-") || file.name == "differential-genera.tsv"
        {
            let header = file.content.split(separator: "\n").first.map(String.init) ?? ""
            #expect(header.contains("p_value") && header.contains("q_value"), "\(file.name)")
        }
        let html = try #require(files.first { $0.name == "index.html" }?.content)
        #expect(html.contains("<svg") && html.contains("Eczema") && html.contains("too few"))
        #expect(files.first { $0.name == "README.txt" }?.content.hasPrefix(AxisOutputFiles.marker) == true)
    }
}
