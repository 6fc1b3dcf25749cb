import Foundation
import GutSkinCore
import GutSkinFormats
import GutSkinKernels
import GutSkinMultivariate
import TestSupport
import Testing

/// A dense samples × features count table for small synthetic cases.
private func denseTable(_ rows: [[Double]]) throws -> FeatureTable {
    try FeatureTable(
        sampleIDs: rows.indices.map { "S\($0 + 1)" }, featureIDs: (rows.first ?? []).indices.map { "F\($0 + 1)" }, dense: rows)
}

@Suite struct ANCOMBCSyntheticTests {
    /// scikit-bio 0.7.4 `ancombc` docstring, basic example: `ancombc(table + 1, metadata, 'status')`.
    @Test func matchesScikitBioDocumentedTwoGroupExample() throws {
        let table = try denseTable([
            [2, 0, 4, 7, 0, 0, 1], [1, 1, 0, 6, 5, 1, 10], [3, 0, 2, 9, 6, 0, 1],
            [0, 12, 1, 2, 0, 3, 2], [2, 2, 37, 0, 0, 7, 3], [10, 1, 0, 0, 4, 4, 3],
        ])
        let design = try ANCOMBCDesign(factorName: "status", levels: ["healthy", "healthy", "healthy", "sick", "sick", "sick"])
        let result = try ANCOMBC().fit(table, design: design)
        #expect(result.coefficients.map(\.name) == ["Intercept", "status[T.sick]"])
        let sick = try #require(result.coefficient(named: "status[T.sick]"))
        let expectedEstimate = [0.126, 1.241, 0.561, -1.723, -0.690, 1.480, 0.049]
        let expectedSE = [0.589, 0.538, 0.964, 0.392, 0.625, 0.160, 0.405]
        let expectedQ = [1.000, 0.105, 1.000, 0.000, 1.000, 0.000, 1.000]
        for i in 0..<7 {
            #expect(abs(sick.estimate[i] - expectedEstimate[i]) <= 0.0005 + 1e-12)
            #expect(abs(sick.standardError[i] - expectedSE[i]) <= 0.0005 + 1e-12)
            #expect(abs(sick.qValue[i] - expectedQ[i]) <= 0.0005 + 1e-12)
        }
        #expect(sick.passed == [false, false, false, true, false, true, false])
    }

    /// scikit-bio 0.7.4 `ancombc` docstring, advanced example: three groups and a numeric covariate.
    @Test func matchesScikitBioDocumentedCovariateExample() throws {
        let table = try denseTable([
            [2, 0, 7, 0, 0, 2, 3, 2], [0, 2, 0, 1, 1, 2, 0, 0], [3, 1, 0, 9, 0, 1, 1, 0], [2, 0, 1, 8, 1, 0, 11, 46],
            [1, 0, 1, 1, 0, 0, 2, 2], [0, 3, 22, 1, 1, 1, 3, 0], [1, 7, 16, 1, 0, 0, 2, 2], [0, 5, 6, 1, 2, 1, 0, 1],
            [1, 7, 0, 2, 1, 0, 3, 2], [0, 6, 4, 2, 0, 2, 2, 1], [3, 13, 7, 0, 0, 0, 3, 9], [1, 8, 5, 1, 0, 0, 0, 0],
            [0, 5, 14, 1, 0, 1, 0, 1], [5, 26, 3, 2, 0, 3, 1, 3], [0, 18, 7, 0, 0, 3, 1, 0],
        ])
        let status = Array(repeating: "mild", count: 5) + Array(repeating: "moderate", count: 5) + Array(repeating: "severe", count: 5)
        let age: [Double] = [39, 19, 20, 31, 15, 37, 27, 47, 26, 23, 39, 48, 46, 33, 36]
        let design = try ANCOMBCDesign(factorName: "status", levels: status, covariates: [(name: "age", values: age)])
        let result = try ANCOMBC().fit(table, design: design)
        #expect(result.coefficients.map(\.name) == ["Intercept", "status[T.moderate]", "status[T.severe]", "age"])
        let severe = try #require(result.coefficient(named: "status[T.severe]"))
        let age_ = try #require(result.coefficient(named: "age"))
        let expectedSevere = [0.278, 2.935, 0.717, -0.244, -0.323, 0.375, -0.264, -0.299]
        let expectedAge = [0.001, -0.022, 0.063, -0.004, 0.027, 0.008, 0.004, 0.022]
        for i in 0..<8 {
            #expect(abs(severe.estimate[i] - expectedSevere[i]) <= 0.0005 + 1e-12)
            #expect(abs(age_.estimate[i] - expectedAge[i]) <= 0.0005 + 1e-12)
        }
        #expect(age_.passed == [false, false, true, false, false, false, false, false])
    }

    @Test func refusesOneGroupAndUnknownReference() throws {
        #expect(throws: ANCOMBCError.needsTwoGroups(factor: "Eczema", found: ["Y"])) {
            try ANCOMBCDesign(factorName: "Eczema", levels: ["Y", "Y", "Y"])
        }
        #expect(throws: ANCOMBCError.unknownReference(factor: "Eczema", reference: "N", levels: ["Y", "not Y"].sorted())) {
            try ANCOMBCDesign(factorName: "Eczema", levels: ["Y", "not Y", "Y"], reference: "N")
        }
    }

    @Test func refusesZerosWithoutPseudocount() throws {
        let table = try denseTable([[1, 0], [2, 3], [4, 5], [6, 7]])
        let design = try ANCOMBCDesign(factorName: "g", levels: ["a", "a", "b", "b"])
        #expect(throws: ANCOMBCError.nonPositiveValue(sample: "S1", feature: "F2")) {
            try ANCOMBC(pseudocount: 0).fit(table, design: design)
        }
    }

    @Test func adjustsLikeScikitBio() {
        let p = [0.01, 0.04, .nan, 0.03, 0.5]
        #expect(
            PValueAdjustment.holm.adjust(p).enumerated().allSatisfy { index, q in
                index == 2 ? q.isNaN : abs(q - [0.04, 0.09, .nan, 0.09, 0.5][index]) < 1e-15
            })
        #expect(
            PValueAdjustment.bh.adjust(p).enumerated().allSatisfy { index, q in
                index == 2 ? q.isNaN : abs(q - [0.04, 0.16 / 3, .nan, 0.16 / 3, 0.5][index]) < 1e-15
            })
    }
}

/// PGP genus level, stool, Eczema Y vs not Y, against scikit-bio 0.7.4 (scripts/reference/ancombc_golden.py).
@Suite(.serialized) struct ANCOMBCRealDataTests {
    static let golden = SharedData.packageRoot
        .appendingPathComponent("Tests/GutSkinMultivariateTests/Golden/ancombc-pgp-genus-eczema.json.gz")

    static func readGolden() throws -> [String: Any] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-dc", golden.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// The golden script's input, built with gutskin's own readers and collapse.
    static func input(tablePath: String, metadataPath: String) throws -> (FeatureTable, [String]) {
        let table = try FeatureTableFile.read(path: tablePath).collapsed(to: .genus)
        let metadata = try MetadataTSV.read(path: metadataPath)
        let raw = try MetadataTSV.read(path: metadataPath, missingValues: [])
        var kept = [Int]()
        var levels = [String]()
        for (index, id) in table.sampleIDs.enumerated() {
            guard metadata.value("body_site", for: id) == "UBERON:feces" else { continue }
            let answer = raw.value("Eczema", for: id)
            if answer == "NA" || answer == "unknown" { continue }
            kept.append(index)
            levels.append(answer == "Y" ? "Y" : "not Y")
        }
        let samples = table.selectingSamples(kept)
        let present = samples.featurePrevalence.indices.filter { samples.featurePrevalence[$0] > 0 }
        return (samples.selectingFeatures(present), levels)
    }

    @Test func pgpGenusEczemaMatchesScikitBio() throws {
        guard let tablePath = SharedData.path("pgp.biom"), let metadataPath = SharedData.path("pgp-mapping.tsv") else { return }
        let golden = try Self.readGolden()
        let (table, levels) = try Self.input(tablePath: tablePath, metadataPath: metadataPath)
        #expect(table.sampleIDs == golden["samples"] as? [String])
        #expect(levels == golden["groups"] as? [String])
        #expect(table.featureIDs == golden["features"] as? [String])
        let design = try ANCOMBCDesign(factorName: "group", levels: levels, reference: "not Y")
        let results = try #require(golden["results"] as? [String: [String: [String: Any]]])
        for method in [PValueAdjustment.holm, .bh] {
            let result = try ANCOMBC(pValueAdjustment: method).fit(table, design: design)
            let expected = try #require(results[method.rawValue])
            for coefficient in result.coefficients {
                let columns = try #require(expected[coefficient.name])
                #expect(columns["feature"] as? [String] == result.featureIDs)
                for (name, values) in [
                    ("estimate", coefficient.estimate), ("standard_error", coefficient.standardError), ("W", coefficient.w),
                    ("p_value", coefficient.pValue), ("q_value", coefficient.qValue),
                ] {
                    let reference = try #require(columns[name] as? [Double])
                    let difference = zip(values, reference).map { abs($0 - $1) }.max() ?? .nan
                    print("ANCOM-BC \(method) \(coefficient.name) \(name): max |gutskin - skbio| = \(difference)")
                    #expect(difference <= 1e-6, "\(method) \(coefficient.name) \(name)")
                }
                #expect(coefficient.passed == columns["passed"] as? [Bool])
            }
        }
    }

    @Test func commandLineWritesTheSameNumbers() throws {
        guard let tablePath = SharedData.path("pgp.biom"), let metadataPath = SharedData.path("pgp-mapping.tsv") else { return }
        let folder = TemporaryFolder()
        let run = try CommandLineRun([
            "differential", tablePath, "--metadata", metadataPath, "--where", "body_site=UBERON:feces",
            "--column", "Eczema", "--versus", "Y", "--rank", "genus", "-o", folder.file("eczema.tsv"),
        ])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardError.contains("dropped 353 samples not matching --where"))
        #expect(run.standardError.contains("dropped 7 samples with 'Eczema' missing"))
        #expect(run.standardError.contains("removed 780 features"))
        let text = try String(contentsOfFile: folder.file("eczema.tsv"), encoding: .utf8)
        let rows = text.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows.first == ["feature", "coefficient", "taxonomy", "estimate", "standard_error", "W", "p_value", "q_value", "passed"])
        #expect(rows.count == 264)
        let golden = try Self.readGolden()
        let expected = try #require((golden["results"] as? [String: [String: [String: Any]]])?["holm"]?["group[T.Y]"])
        let estimates = try #require(expected["estimate"] as? [Double])
        for (index, row) in rows.dropFirst().enumerated() {
            #expect(row[1] == "Eczema[T.Y]")
            #expect(abs((Double(row[3]) ?? .nan) - estimates[index]) <= 1e-6)
        }
    }

    @Test func commandLineUsageErrors() throws {
        let folder = TemporaryFolder()
        let table = folder.write("#OTU ID\tA\tB\nF1\t1\t2\n", to: "t.tsv")
        let metadata = folder.write("sample-id\tg\nA\tx\nB\tx\n", to: "m.tsv")
        let aldex = try CommandLineRun([
            "differential", table, "--metadata", metadata, "--column", "g", "--method", "aldex", "--covariate", "age", "-o",
            folder.file("o.tsv"),
        ])
        #expect(aldex.status == 2)
        #expect(aldex.standardError.contains("--covariate applies to ancombc only"))
        let oneGroup = try CommandLineRun(["differential", table, "--metadata", metadata, "--column", "g", "-o", folder.file("o.tsv")])
        #expect(oneGroup.status == 1)
        #expect(oneGroup.standardError.contains("at least two groups"))
        #expect(!FileManager.default.fileExists(atPath: folder.file("o.tsv")))
    }
}
