import Foundation
import GutSkinCore
import TestSupport
import Testing

@testable import GutSkinFormats

/// Folder of this test target (malformed corpus and golden files live here).
let formatsTestsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

private func parse(
    _ text: String, missingValues: Set<String> = MetadataTSV.defaultMissingValues,
    dialect: MetadataDialect = .automatic
) throws(MetadataError) -> SampleMetadata {
    try MetadataTSV.parse(text: text, file: "m.tsv", missingValues: missingValues, dialect: dialect)
}

private func kind(_ metadata: SampleMetadata, _ column: String) -> MetadataColumn.Kind? {
    metadata.column(named: column)?.kind
}

@Suite("MetadataTSV rules")
struct MetadataTSVRuleTests {
    @Test(arguments: [
        "id", "ID", "sampleid", "SampleID", "sample id", "Sample ID", "sample-id", "SAMPLE-ID",
        "featureid", "feature id", "Feature-ID", "#SampleID", "#Sample ID", "#OTUID", "#OTU ID", "sample_name",
    ])
    func acceptsIDHeader(_ header: String) throws {
        let metadata = try parse("\(header)\tsite\nS1\tgut\n")
        #expect(metadata.idHeader == header)
        #expect(metadata.ids == ["S1"])
    }

    @Test(arguments: ["Sample_Name", "sample", "name", "#SampleId"])
    func rejectsOtherIDHeaders(_ header: String) {
        // A `#` header that is not an exact match is a comment, so the error is on the next row.
        let line = header.hasPrefix("#") ? 2 : 1
        let found = header.hasPrefix("#") ? "S1" : header
        #expect(throws: MetadataError.unrecognizedIDHeader(file: "m.tsv", line: line, found: found)) {
            try parse("\(header)\tsite\nS1\tgut\n")
        }
    }

    @Test func skipsCommentsBlankLinesAndHashIDs() throws {
        let text = "# a comment\n\n\t\t\nsample-id\tsite\n# between\nS1\tgut\n\n#S2\tskin\n \t \nS3\ttongue\n"
        let metadata = try parse(text)
        #expect(metadata.ids == ["S1", "S3"])
        #expect(metadata.value("site", for: "S3") == "tongue")
    }

    @Test func typesDirectiveForcesTypesCaseInsensitively() throws {
        let text = "id\tcode\tdepth\tplain\n#q2:types\tCategorical\tnumeric\t\nS1\t1\t2\t3\nS2\t4\t\t5\n"
        let metadata = try parse(text)
        #expect(kind(metadata, "code") == .categorical)
        #expect(kind(metadata, "depth") == .numeric)
        #expect(kind(metadata, "plain") == .numeric)
    }

    @Test func byteOrderMarkAndLineEnds() throws {
        let lf = "sample-id\tsite\tph\nS1\tgut\t7\nS2\tskin\t5.5\n"
        let expected = try parse(lf)
        #expect(try parse("\u{FEFF}" + lf) == expected)
        #expect(try parse(lf.replacingOccurrences(of: "\n", with: "\r\n")) == expected)
        #expect(try parse(lf.replacingOccurrences(of: "\n", with: "\r")) == expected)
        #expect(try parse(String(lf.dropLast())) == expected)
    }

    @Test func quotedCellsHoldTabsAndQuotes() throws {
        let metadata = try parse("id\tnote\tother\n\"S 1\"\t\"a\tb\"\t\"say \"\"hi\"\"\"\nS2\tx\"y\t\n")
        #expect(metadata.ids == ["S 1", "S2"])
        #expect(metadata.value("note", for: "S 1") == "a\tb")
        #expect(metadata.value("other", for: "S 1") == "say \"hi\"")
        #expect(metadata.value("note", for: "S2") == "x\"y")
    }

    @Test func trimsEveryCell() throws {
        let metadata = try parse("  id \t site \t ph\n S1 \t  gut  \t 7 \n")
        #expect(metadata.idHeader == "id")
        #expect(metadata.ids == ["S1"])
        #expect(metadata.columns.map(\.name) == ["site", "ph"])
        #expect(metadata.value("site", for: "S1") == "gut")
        #expect(kind(metadata, "ph") == .numeric)
    }

    @Test func shortRowsArePaddedLongRowsWithEmptyExtrasTrimmed() throws {
        let metadata = try parse("id\ta\tb\nS1\tx\nS2\ty\tz\t\t\nS3\n")
        #expect(metadata.value("b", for: "S1") == nil)
        #expect(metadata.value("b", for: "S2") == "z")
        #expect(metadata.column(named: "a")?.missingCount == 1)
        #expect(metadata.column(named: "b")?.missingCount == 2)
    }

    @Test func trailingEmptyHeaderCellsAreDropped() throws {
        let metadata = try parse("id\ta\t\t\nS1\tx\n")
        #expect(metadata.columns.map(\.name) == ["a"])
    }

    @Test func missingValueSchemes() throws {
        let text = "id\tbmi\tsite\nS1\t21.5\tgut\nS2\tNA\tunknown\nS3\tnot collected\t\nS4\tmissing\tskin\n"
        let gutskin = try parse(text.replacingOccurrences(of: "\nS3\tnot collected\t\nS4\tmissing\tskin", with: ""))
        #expect(kind(gutskin, "bmi") == .numeric)
        #expect(gutskin.value("site", for: "S2") == nil)

        let blank = try parse(text, missingValues: [])
        #expect(kind(blank, "bmi") == .categorical)
        #expect(blank.value("bmi", for: "S2") == "NA")

        let insdc = try parse(text, missingValues: MetadataFormatRules.insdcMissingTerms)
        #expect(kind(insdc, "bmi") == .categorical)  // NA is not an INSDC term
        #expect(insdc.value("bmi", for: "S3") == nil)
        #expect(insdc.value("bmi", for: "S4") == nil)
        #expect(insdc.column(named: "site")?.missingCount == 1)
    }

    @Test func missingDirectiveSetsSchemePerColumn() throws {
        let metadata = try parse("id\ta\tb\n#q2:missing\tINSDC:missing\tblank\nS1\tmissing\tmissing\nS2\t1\tNA\n")
        #expect(metadata.value("a", for: "S1") == nil)
        #expect(metadata.value("b", for: "S1") == "missing")
        #expect(metadata.value("b", for: "S2") == "NA")
        #expect(kind(metadata, "a") == .numeric)
    }

    @Test(arguments: ["1", "-0.5", "+3", "1e5", "2E-3", ".5", "5.", "0007", "1.5e+10"])
    func numbersByQIIME2Rule(_ value: String) throws {
        #expect(MetadataFormatRules.isNumber(value))
        let metadata = try parse("id\tx\nS1\t\(value)\n")
        #expect(kind(metadata, "x") == .numeric)
        #expect(metadata.column(named: "x")?.numericValues.first??.isFinite == true)
    }

    @Test(arguments: ["inf", "-inf", "nan", "NaN", "1,000", "0x10", ".", "e5", "1e", "1.2.3", "1 2", "--1", "١"])
    func notNumbersByQIIME2Rule(_ value: String) throws {
        #expect(!MetadataFormatRules.isNumber(value))
        let metadata = try parse("id\tx\nS1\t\(value)\nS2\t2\n")
        #expect(kind(metadata, "x") == .categorical)
    }

    @Test func allMissingColumnIsNumericAsInQIIME2() throws {
        let metadata = try parse("id\tx\nS1\t\nS2\tNA\n")
        #expect(kind(metadata, "x") == .numeric)
        #expect(metadata.column(named: "x")?.missingCount == 2)
    }

    @Test func qiime1MappingFileWithStrayQuotesAndReservedColumn() throws {
        let text =
            "#SampleID\tBarcodeSequence\tSampleId\trace\trace2\tDescription\n"
            + "S1\tACGT\tx1\t\"American Indian\tWhite\"\tpgp\n"
            + "S2\tTTGA\tx2\t\".1,g\"\t\tpgp\n"
        let metadata = try parse(text)
        #expect(metadata.ids == ["S1", "S2"])
        #expect(metadata.columns.map(\.name) == ["BarcodeSequence", "SampleId", "race", "race2", "Description"])
        #expect(metadata.value("race", for: "S1") == "American Indian")
        #expect(metadata.value("race2", for: "S1") == "White")
        #expect(metadata.value("race", for: "S2") == ".1,g")
        // The same file under QIIME 2 rules is refused, as QIIME 2 refuses it.
        #expect(throws: MetadataError.self) { try parse(text, dialect: .qiime2) }
    }

    @Test func latin1FileDecodes() throws {
        let bytes: [UInt8] = Array("#SampleID\tcity\nS1\tM".utf8) + [0xFC] + Array("nchen\n".utf8)
        let path = NSTemporaryDirectory() + "gutskin-latin1-\(UUID().uuidString).tsv"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let metadata = try MetadataTSV.read(path: path)
        #expect(metadata.value("city", for: "S1") == "München")
    }

    @Test func writeThenReadRoundTrips() throws {
        let original = try parse("sample-id\tsite\tph\tcode\n#q2:types\t\t\tcategorical\nS1\t\"a\tb\"\t7\t01\nS2\tskin\t\t02\n")
        let path = NSTemporaryDirectory() + "gutskin-roundtrip-\(UUID().uuidString).tsv"
        try MetadataTSV.write(original, to: path)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let again = try MetadataTSV.read(path: path)
        #expect(again == original)
        #expect(MetadataTSV.format(original).contains("#q2:types\tcategorical\tnumeric\tcategorical\n"))
    }

    @Test func missingFileIsOneLineError() {
        do {
            _ = try MetadataTSV.read(path: "/nonexistent/mapping.tsv")
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "/nonexistent/mapping.tsv: no such file")
        }
    }

    static let errorCases: [(text: String, message: String)] = [
        ("sample-id\tsite\nS1\tgut\nS2\tskin\n\nS1\ttongue\n", "m.tsv: line 5: sample id 'S1' appears more than once (first on line 2)"),
        ("id\ta\ta\nS1\t1\t2\n", "m.tsv: line 1: column name 'a' appears more than once"),
        ("id\ta\t\tb\nS1\t1\t2\t3\n", "m.tsv: line 1: column 3 of the header has no name"),
        ("id\tSample-ID\nS1\t1\n", "m.tsv: line 1: column name 'Sample-ID' is reserved for the id column header"),
        ("id\ta\n#q2:types\tinteger\nS1\t1\n", "m.tsv: line 2: column 'a': unknown column type 'integer' (use 'categorical' or 'numeric')"),
        (
            "id\ta\n#q2:missing\tNA\nS1\t1\n",
            "m.tsv: line 2: column 'a': unknown missing-value scheme 'NA' (use 'blank', 'no-missing' or 'INSDC:missing')"
        ),
        ("id\ta\n#q2:types\tnumeric\n#q2:types\tnumeric\nS1\t1\n", "m.tsv: line 3: directive '#q2:types' appears more than once"),
        ("id\ta\n#q2:colours\tred\nS1\t1\n", "m.tsv: line 2: unknown directive '#q2:colours' (supported: #q2:types, #q2:missing)"),
        ("id\ta\nS1\t1\n#q2:types\tnumeric\n", "m.tsv: line 3: directive '#q2:types' may only appear directly after the header"),
        ("#q2:types\tnumeric\nid\ta\n", "m.tsv: line 1: directive '#q2:types' may only appear directly after the header"),
        ("id\ta\nS1\t1\nS2\t2\t3\n", "m.tsv: line 3: row has 3 cells but the header declares 2"),
        ("id\ta\nS1\t1\n\tx\n", "m.tsv: line 3: sample id is empty"),
        ("id\ta\nS1\t1\nsampleid\t2\n", "m.tsv: line 3: sample id 'sampleid' is reserved for the id column header"),
        ("# only\n\n", "m.tsv: no header row found (the file is empty or holds only comments and blank lines)"),
        ("", "m.tsv: no header row found (the file is empty or holds only comments and blank lines)"),
        ("id\ta\n", "m.tsv: no sample rows (metadata must hold at least one id)"),
        (
            "name\ta\nS1\t1\n",
            "m.tsv: line 1: first column header 'name' is not an accepted id header (e.g. 'sample-id', 'id', '#SampleID'; cells must be tab-separated)"
        ),
        ("id\ta\n#q2:types\tnumeric\nS1\t1\nS2\tdeep\n", "m.tsv: line 4: column 'a' is numeric but 'deep' is not a number"),
        ("id\ta\nS1\t1e999\n", "m.tsv: line 2: column 'a': '1e999' is too large (infinite numbers are not allowed)"),
        ("id\ta\n#q2:missing\tno-missing\nS1\t1\nS2\t\n", "m.tsv: line 4: column 'a' allows no missing values but one is missing"),
        ("id\ta\nS1\t\"x\"y\n", "m.tsv: line 2: cell 2 has text after its closing quote"),
        ("id\ta\nS1\t\"x\nS2\t1\n", "m.tsv: line 2: a quoted cell is never closed"),
        ("id\ta\n\"S\n1\"\t1\n\"S\n1\"\t2\n", "m.tsv: line 4: sample id 'S\\n1' appears more than once (first on line 2)"),
    ]

    @Test(arguments: errorCases)
    func errorMessages(_ errorCase: (text: String, message: String)) {
        do {
            let metadata = try parse(errorCase.text)
            Issue.record("expected '\(errorCase.message)', parsed \(metadata.ids)")
        } catch {
            #expect(error.description == errorCase.message)
            #expect(!error.description.contains("\n"))
        }
    }
}

@Suite("MetadataTSV malformed corpus")
struct MetadataMalformedCorpusTests {
    static let files: [String] = {
        let folder = formatsTestsFolder.appendingPathComponent("Malformed/metadata")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }()

    @Test func corpusIsPresent() { #expect(Self.files.count >= 10) }

    @Test(arguments: files)
    func malformedFileThrowsOneLineErrorNamingFile(_ name: String) {
        let path = formatsTestsFolder.appendingPathComponent("Malformed/metadata/\(name)").path
        do {
            _ = try MetadataTSV.read(path: path)
            Issue.record("\(name) should not load")
        } catch {
            #expect(error.description.contains(name))
            #expect(!error.description.contains("\n"))
        }
    }
}

/// Golden values from scikit-bio (see scripts/reference/metadata_golden.py).
private struct MetadataGolden: Decodable {
    struct ColumnFacts: Decodable {
        let type: String
        let missing: Int
    }
    struct FileFacts: Decodable {
        let samples: Int
        let columns: Int
        let column_types: [String: ColumnFacts]
    }
    let tool: String
    let version: String
    let files: [String: [String: FileFacts]]

    static func load() throws -> MetadataGolden {
        let url = formatsTestsFolder.appendingPathComponent("Golden/metadata-skbio.json")
        return try JSONDecoder().decode(MetadataGolden.self, from: Data(contentsOf: url))
    }
}

@Suite("MetadataTSV real data")
struct MetadataRealDataTests {
    /// The brief and ../shared/data/README.md give 80 / 170 / 83 / 85, but those come from a
    /// quote-aware reader (Python csv, non-strict) that merges 10 pairs of rows at a stray `"`
    /// (426 rows). Split at tabs, as QIIME 1 did, the file has 436 rows — exactly the 436 samples
    /// of pgp.biom — with 83 / 172 / 86 / 87 and 8 `unknown`.
    @Test func pgpMappingLoads() throws {
        guard let path = SharedData.path("pgp-mapping.tsv") else { return }
        let metadata = try MetadataTSV.read(path: path)
        #expect(metadata.idHeader == "#SampleID")
        #expect(metadata.ids.count == 436)
        #expect(metadata.columns.count == 295)
        let sites = try #require(metadata.column(named: "body_site"))
        #expect(sites.kind == .categorical)
        var counts: [String: Int] = [:]
        for value in sites.values { if let value { counts[value, default: 0] += 1 } }
        #expect(counts["UBERON:feces"] == 83)
        #expect(counts["UBERON:hand skin"] == 172)
        #expect(counts["UBERON:skin of head"] == 86)
        #expect(counts["UBERON:tongue"] == 87)
        #expect(sites.missingCount == 8)  // written `unknown`
        #expect(metadata.value("Eczema", for: metadata.ids[0]) != "\"")
    }

    @Test func hmpMappingsLoad() throws {
        guard let small = SharedData.path("hmp-v35-even10k-mapping.tsv"),
            let large = SharedData.path("hmp-v35-even1k-mapping.tsv")
        else { return }
        #expect(try MetadataTSV.read(path: small).ids.count == 126)
        let metadata = try MetadataTSV.read(path: large)
        #expect(metadata.ids.count == 4845)
        var supersites: [String: Int] = [:]
        for value in metadata.column(named: "HMPbodysupersite")?.values ?? [] {
            if let value { supersites[value, default: 0] += 1 }
        }
        #expect(supersites["Skin"] == 800)
        #expect(supersites["Gastrointestinal_tract"] == 318)
    }

    static let goldenCases: [(file: String, scheme: String)] = [
        "pgp-mapping.tsv", "hmp-v35-even1k-mapping.tsv", "hmp-v35-even10k-mapping.tsv",
    ].flatMap { file in ["blank", "gutskin", "INSDC"].map { (file, $0) } }

    /// Every column's type and missing count agrees with skbio's loader under the same scheme.
    @Test(arguments: goldenCases)
    func typesAgreeWithScikitBio(_ goldenCase: (file: String, scheme: String)) throws {
        guard let path = SharedData.path(goldenCase.file) else { return }
        let golden = try MetadataGolden.load()
        #expect(golden.tool == "scikit-bio")
        let facts = try #require(golden.files[goldenCase.file]?[goldenCase.scheme])
        let missingValues: Set<String> =
            switch goldenCase.scheme {
            case "blank": []
            case "INSDC": MetadataFormatRules.insdcMissingTerms
            default: MetadataTSV.defaultMissingValues
            }
        let metadata = try MetadataTSV.read(path: path, missingValues: missingValues)
        #expect(metadata.ids.count == facts.samples)
        #expect(metadata.columns.count == facts.columns)
        for column in metadata.columns {
            let expected = try #require(facts.column_types[column.name], "no golden for '\(column.name)'")
            #expect(column.kind.rawValue == expected.type, "column '\(column.name)'")
            #expect(column.missingCount == expected.missing, "column '\(column.name)'")
        }
    }
}
