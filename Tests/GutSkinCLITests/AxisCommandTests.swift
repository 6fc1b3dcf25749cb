import Foundation
import TestSupport
import Testing

@Suite struct AxisCommandTests {
    static let fixture = SharedData.packageRoot.appendingPathComponent("Tests/Fixtures/axis-small").path
    static func small(_ name: String) -> String { fixture + "/" + name }

    static func smallArguments(_ output: String) -> [String] {
        [
            "axis", small("table.tsv"), "--metadata", small("metadata.tsv"), "--gut", "UBERON:feces", "--skin", "UBERON:skin",
            "--condition", "Eczema", "--condition", "Acne", "--tree", small("tree.nwk"), "--depth", "200",
            "--permutations", "99", "--covariate", "Age", "-o", output,
        ]
    }

    static func rows(_ path: String) throws -> [[String: String]] {
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: true)
        let header = lines[0].split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        return lines.dropFirst().map { line in
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return Dictionary(uniqueKeysWithValues: zip(header, cells))
        }
    }

    @Test func writesTheReportTablesAndReadme() throws {
        let folder = TemporaryFolder()
        let run = try CommandLineRun(Self.smallArguments(folder.file("axis")))
        #expect(run.status == 0, "\(run.standardError)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.file("axis")).sorted()
        for name in [
            "index.html", "README.txt", "alpha-tests.tsv", "beta-tests.tsv", "differential-genera.tsv", "score-tests.tsv",
            "links-alpha.tsv", "links-beta.tsv", "links-genera.tsv", "covariate-tests.tsv", "samples.tsv", "per-person.tsv",
        ] {
            #expect(files.contains(name), "\(name) missing from \(files)")
        }
        let alpha = try Self.rows(folder.file("axis/alpha-tests.tsv"))
        #expect(alpha.contains { $0["condition"] == "Acne" && $0["note"]?.hasPrefix("too few") == true && $0["p_value"] == "" })
        #expect(
            alpha.contains {
                $0["condition"] == "Eczema" && $0["n_case"] == "7" && $0["n_control"] == "9" && $0["p_value"] != "" && $0["q_value"] != ""
            })
        // A second run may replace its own earlier output; another non-empty folder is refused.
        let again = try CommandLineRun(Self.smallArguments(folder.file("axis")) + ["--quiet"])
        #expect(again.status == 0)
        folder.write("mine", to: "keep.txt")
        let refused = try CommandLineRun(Self.smallArguments(folder.path))
        #expect(refused.status == 1)
        #expect(refused.standardError.hasPrefix("gutskin: error: \(folder.path): exists and is not an earlier gutskin axis output"))
        #expect(refused.standardError.split(separator: "\n").count == 1)
    }

    /// Each statistic is reproduced by the single commands: alpha values by `gutskin alpha`, the
    /// PERMANOVA F by `gutskin beta` + `gutskin permanova` on the same people.
    @Test func singleCommandsReproduceTheNumbers() throws {
        let folder = TemporaryFolder()
        #expect(try CommandLineRun(Self.smallArguments(folder.file("axis")) + ["--quiet"]).status == 0)
        #expect(
            try CommandLineRun([
                "filter", Self.small("table.tsv"), "--metadata", Self.small("metadata.tsv"), "--where", "body_site=UBERON:feces",
                "--where", "eczema_group=case", "--where", "eczema_group=control", "-o", folder.file("gut.tsv"), "--quiet",
            ]).status == 0)
        #expect(
            try CommandLineRun(["beta", folder.file("gut.tsv"), "--metric", "braycurtis", "-o", folder.file("bc.tsv"), "--quiet"]).status
                == 0)
        let permanova = try CommandLineRun([
            "permanova", folder.file("bc.tsv"), "--metadata", Self.small("metadata.tsv"), "--column", "eczema_group", "--json",
            "--permutations", "0",
        ])
        let object = try JSONSerialization.jsonObject(with: Data(permanova.standardOutput.utf8)) as? [String: Any]
        let f = try #require(object?["test_statistic"] as? Double)
        let beta = try Self.rows(folder.file("axis/beta-tests.tsv"))
        let row = try #require(
            beta.first {
                $0["condition"] == "Eczema" && $0["site"] == "UBERON:feces" && $0["metric"] == "braycurtis" && $0["test"] == "PERMANOVA"
            })
        #expect(abs(Double(row["statistic"]!)! - f) <= 1e-12 * f)

        // README.txt's recipe from the written rarefied.biom and grouping file gives the same F.
        let readme = try String(contentsOfFile: folder.file("axis/README.txt"), encoding: .utf8)
        #expect(
            readme.contains(
                "gutskin filter rarefied.biom --metadata groups/Eczema-UBERON_feces.tsv --where group=case --where group=control"))
        #expect(readme.contains("Permutation") && readme.contains("depend on the order"))
        let grouping = folder.file("axis/groups/Eczema-UBERON_feces.tsv")
        #expect(FileManager.default.fileExists(atPath: folder.file("axis/groups/Acne-UBERON_skin.tsv")))
        #expect(
            try CommandLineRun([
                "filter", folder.file("axis/rarefied.biom"), "--metadata", grouping, "--where", "group=case",
                "--where", "group=control", "-o", folder.file("recipe.biom"), "--quiet",
            ]).status == 0)
        #expect(
            try CommandLineRun([
                "beta", folder.file("recipe.biom"), "--metric", "braycurtis", "-o", folder.file("recipe-bc.tsv"), "--quiet",
            ]).status == 0)
        let recipe = try CommandLineRun([
            "permanova", folder.file("recipe-bc.tsv"), "--metadata", grouping, "--column", "group", "--json", "--permutations", "0",
        ])
        let recipeObject = try JSONSerialization.jsonObject(with: Data(recipe.standardOutput.utf8)) as? [String: Any]
        let recipeF = try #require(recipeObject?["test_statistic"] as? Double, "\(recipe.standardError)")
        #expect(abs(recipeF - f) <= 1e-12 * f)

        #expect(
            try CommandLineRun(["alpha", Self.small("table.tsv"), "--metric", "shannon", "-o", folder.file("alpha.tsv"), "--quiet"]).status
                == 0)
        let alpha = try Self.rows(folder.file("alpha.tsv"))
        let perPerson = try Self.rows(folder.file("axis/per-person.tsv"))
        for person in perPerson {
            let single = try #require(alpha.first { $0["sample-id"] == person["sample"] })
            #expect(single["shannon"] == person["shannon"])
        }
    }

    @Test func badInputIsOneLine() throws {
        let folder = TemporaryFolder()
        var arguments = Self.smallArguments(folder.file("out"))
        arguments += ["--subject", "nobody"]
        let unknown = try CommandLineRun(arguments)
        #expect(unknown.status == 1)
        #expect(unknown.standardError.contains("has no column 'nobody'"))
        #expect(unknown.standardError.split(separator: "\n").count == 1)

        var noGut = Self.smallArguments(folder.file("out"))
        noGut[noGut.firstIndex(of: "UBERON:feces")!] = "UBERON:stool"
        let missingSite = try CommandLineRun(noGut)
        #expect(missingSite.status == 1)
        #expect(missingSite.standardError.contains("no sample has body_site = 'UBERON:stool'"))
        #expect(missingSite.standardError.split(separator: "\n").count == 1)

        let usage = try CommandLineRun([
            "axis", Self.small("table.tsv"), "--metadata", Self.small("metadata.tsv"), "-o", folder.file("out"),
        ])
        #expect(usage.status == 2)
        #expect(!FileManager.default.fileExists(atPath: folder.file("out")))
    }

    @Test func positiveMatchingNoValueFailsInOneLine() throws {
        let folder = TemporaryFolder()
        let run = try CommandLineRun(Self.smallArguments(folder.file("out")) + ["--positive", "Yes"])
        #expect(run.status == 1)
        #expect(run.standardError.contains("metadata.tsv: column Eczema has no value 'Yes' (values: Y, NA)"), "\(run.standardError)")
        #expect(run.standardError.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: folder.file("out")))
    }

    @Test func conditionColumnListsItsConditionsAndRequireCountsUnknowns() throws {
        let folder = TemporaryFolder()
        let run = try CommandLineRun([
            "axis", Self.small("table.tsv"), "--metadata", Self.small("metadata.tsv"), "--gut", "UBERON:feces", "--skin", "UBERON:skin",
            "--condition-column", "SKIN_CONDITION", "--control", "none", "--require", "eczema_group", "--depth", "200",
            "--permutations", "9", "-o", folder.file("axis") + "/",
        ])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(
            run.standardError.contains("conditions from SKIN_CONDITION (no --condition): 'acne' (3 people), 'eczema' (7 people)"),
            "\(run.standardError)")
        #expect(!run.standardError.contains("axis//"))
        let readme = try String(contentsOfFile: folder.file("axis/README.txt"), encoding: .utf8)
        // eczema_group is blank for the acne people and P19: with --require they are unknown.
        #expect(readme.contains("UBERON:feces: 9 controls, 7 cases (any condition), 4 unknown"), "\(readme)")
        #expect(readme.contains("eczema_group (--require)"))
        let html = try String(contentsOfFile: folder.file("axis/index.html"), encoding: .utf8)
        #expect(html.contains("acne (3 people), eczema (7 people)") && html.contains("Controls, cases and unknown people per site"))
    }

    /// Covariate answers such as "Unknown" are missing in any case; a column of numbers then stays numeric.
    @Test func covariateMissingAnswersAnyCase() throws {
        let folder = TemporaryFolder()
        var text = try String(contentsOfFile: Self.small("metadata.tsv"), encoding: .utf8)
        text = text.replacingOccurrences(of: "\t63\n", with: "\tUnknown\n").replacingOccurrences(of: "\t61\n", with: "\tnot provided\n")
        let metadata = folder.write(text, to: "metadata.tsv")
        var arguments = Self.smallArguments(folder.file("axis"))
        arguments[arguments.firstIndex(of: Self.small("metadata.tsv"))!] = metadata
        let run = try CommandLineRun(arguments + ["--quiet"])
        #expect(run.status == 0, "\(run.standardError)")
        let rows = try Self.rows(folder.file("axis/covariate-tests.tsv"))
        #expect(!rows.isEmpty && rows.allSatisfy { $0["test"] == "Spearman" && $0["n"] == "18" && $0["effect_name"] == "rho" }, "\(rows)")
    }

    @Test func realPGPCohort() throws {
        guard let table = SharedData.path("pgp.biom"), let mapping = SharedData.path("pgp-mapping.tsv"),
            let tree = SharedData.path("gg-13_8-97_otus.tree.gz")
        else { return }
        let folder = TemporaryFolder()
        let run = try CommandLineRun([
            "axis", table, "--metadata", mapping, "--gut", "UBERON:feces", "--skin", "UBERON:hand skin", "--skin", "UBERON:skin of head",
            "--condition", "Eczema", "--condition", "Psoriasis",
            "--tree", tree, "--depth", "5000", "--permutations", "9", "-o", folder.file("axis"),
        ])
        #expect(run.status == 0, "\(run.standardError)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.file("axis"))
        #expect(files.contains("index.html") && files.contains("README.txt"))
        for name in files where name.hasSuffix(".tsv") && name != "samples.tsv" && name != "per-person.tsv" {
            let header = try String(contentsOfFile: folder.file("axis/\(name)"), encoding: .utf8).split(separator: "\n")[0]
            #expect(header.contains("p_value") && header.contains("q_value"), "\(name)")
        }
        let alpha = try Self.rows(folder.file("axis/alpha-tests.tsv"))
        // PGP: 5 people report eczema among stool donors (one sample each), too few for psoriasis.
        #expect(alpha.contains { $0["condition"] == "Eczema" && $0["site"] == "UBERON:feces" && $0["n_case"] == "5" })
        #expect(alpha.filter { $0["condition"] == "Psoriasis" }.allSatisfy { $0["note"]?.hasPrefix("too few") == true })
        let links = try Self.rows(folder.file("axis/links-beta.tsv"))
        #expect(links.contains { $0["test"] == "Mantel" && Int($0["n"] ?? "") ?? 0 > 70 })
    }
}
