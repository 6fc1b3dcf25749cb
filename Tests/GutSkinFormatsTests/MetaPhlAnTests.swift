import Foundation
import GutSkinCore
import Testing

@testable import GutSkinFormats

private let blautia = "k__Bacteria|p__Firmicutes|c__Clostridia|o__Eubacteriales|f__Lachnospiraceae|g__Blautia|s__Blautia_obeum"
private let bifido =
    "k__Bacteria|p__Actinobacteria|c__Actinobacteria|o__Bifidobacteriales|f__Bifidobacteriaceae|g__Bifidobacterium|s__Bifidobacterium_adolescentis"

/// A MetaPhlAn 4 single-sample profile with strain rows and an UNCLASSIFIED row.
private let metaphlan4 = """
    #mpa_vJan21_CHOCOPhlAnSGB_202103
    #/usr/bin/metaphlan sample.fastq --input_type fastq --unclassified_estimation
    #12345 reads processed
    #SampleID\tMetaphlan_Analysis
    #clade_name\tNCBI_tax_id\trelative_abundance\tadditional_species
    UNCLASSIFIED\t-1\t20.0\t
    k__Bacteria\t2\t80.0\t
    k__Bacteria|p__Firmicutes\t2|1239\t50.0\t
    \(blautia)\t2|1239|186801|186802|186803|572511|40520\t50.0\t
    \(blautia)|t__SGB4910\t2|1239|186801|186802|186803|572511|40520|\t50.0\t
    \(bifido)\t2|201174|1760|85004|31953|1678|1680\t30.0\tk__Bacteria|s__Other

    """

@Suite("MetaPhlAnProfile")
struct MetaPhlAnTests {
    @Test func singleMetaPhlAn4Profile() throws {
        let table = try MetaPhlAnProfile.parse(text: metaphlan4, file: "/data/SRR123.profile.txt")
        #expect(table.sampleIDs == ["SRR123.profile"])
        #expect(table.featureIDs == ["s__Blautia_obeum", "s__Bifidobacterium_adolescentis"])
        #expect(table.value(sample: 0, feature: 0) == 0.5)
        #expect(table.value(sample: 0, feature: 1) == 0.3)
        #expect(abs(table.total - 0.8) < 1e-12)  // UNCLASSIFIED dropped, strains not double-counted
        let taxonomy = try #require(table.featureTaxonomy?[1])
        #expect(taxonomy.ranks.count == 7)
        #expect(taxonomy.name(at: .genus) == "Bifidobacterium")
    }

    @Test func sampleIDLineNamesTheSample() throws {
        let text = metaphlan4.replacingOccurrences(of: "Metaphlan_Analysis", with: "subject7-stool")
        let table = try MetaPhlAnProfile.parse(text: text, file: "x.txt")
        #expect(table.sampleIDs == ["subject7-stool"])
    }

    @Test func metaPhlAn2Profile() throws {
        let text =
            "#SampleID\tMetaphlan2_Analysis\nk__Bacteria\t100.0\n\(blautia)\t60.0\n\(blautia)|t__Blautia_obeum_unclassified\t60.0\nunknown\t1\n"
        let table = try MetaPhlAnProfile.parse(text: text, file: "S9.txt")
        #expect(table.sampleIDs == ["S9"])
        #expect(table.featureIDs == ["s__Blautia_obeum"])
        #expect(table.value(sample: 0, feature: 0) == 0.6)
    }

    @Test func mergedMetaPhlAn4Table() throws {
        let text =
            "#mpa_vJan21_CHOCOPhlAnSGB_202103\nclade_name\tclade_taxid\tS1\tS2\tS3\nk__Bacteria\t2\t100\t100\t100\n\(blautia)\t40520\t25\t0\t100\n\(bifido)\t1680\t75\t100\t0\n"
        let table = try MetaPhlAnProfile.parse(text: text.replacingOccurrences(of: "\n", with: "\r\n"), file: "merged.tsv")
        #expect(table.sampleIDs == ["S1", "S2", "S3"])
        #expect(table.featureIDs == ["s__Blautia_obeum", "s__Bifidobacterium_adolescentis"])
        #expect(table.sampleTotals == [1, 1, 1])
        #expect(table.value(sample: 2, feature: 0) == 1)
        #expect(table.nonzeroCount == 4)
    }

    @Test func mergedTablesWithNCBIColumnOrIDHeader() throws {
        let mpa3 = "#mpa_v30_CHOCOPhlAn_201901\nclade_name\tNCBI_tax_id\tA\tB\n\(blautia)\t40520\t10\t20\n"
        #expect(try MetaPhlAnProfile.parse(text: mpa3, file: "m.tsv").sampleIDs == ["A", "B"])
        let mpa2 = "ID\tA\tB\n\(blautia)\t10\t20\n"
        let table = try MetaPhlAnProfile.parse(text: mpa2, file: "m.tsv")
        #expect(table.value(sample: 1, feature: 0) == 0.2)
    }

    static let errorCases: [(text: String, message: String)] = [
        (
            "#clade_name\tNCBI_tax_id\trelative_abundance\n\(blautia)\t1\tabc\n",
            "p.txt: line 2: column 'relative_abundance': 'abc' is not a number"
        ),
        ("clade_name\tS1\tS2\n\(blautia)\t1\t-2\n", "p.txt: line 2: column 'S2': abundance '-2' is negative"),
        ("clade_name\tS1\tS2\n\(blautia)\t1\n", "p.txt: line 2: column 'S2': value is missing"),
        ("clade_name\tS1\tS2\n\(blautia)\t1\tnan\n", "p.txt: line 2: column 'S2': 'nan' is not a number"),
        ("k__Bacteria\t100\n", "p.txt: line 1: no MetaPhlAn header found (expected '#clade_name', 'clade_name', 'ID' or '#SampleID')"),
        ("#mpa_v30\n", "p.txt: no MetaPhlAn header found (expected '#clade_name', 'clade_name', 'ID' or '#SampleID')"),
        ("#clade_name\tNCBI_tax_id\tabundance\n", "p.txt: line 1: header has no 'relative_abundance' column"),
        ("clade_name\tS1\tS1\n", "p.txt: line 1: sample 'S1' appears more than once"),
        ("clade_name\tclade_taxid\n", "p.txt: line 1: header names no sample columns"),
        ("ID\tS1\n\(blautia)\t1\n\(blautia)\t2\n", "p.txt: line 3: species 's__Blautia_obeum' appears more than once (first on line 2)"),
    ]

    @Test(arguments: errorCases)
    func errorMessages(_ errorCase: (text: String, message: String)) {
        do {
            _ = try MetaPhlAnProfile.parse(text: errorCase.text, file: "p.txt")
            Issue.record("expected '\(errorCase.message)'")
        } catch {
            #expect(error.description == errorCase.message)
        }
    }

    static let malformedFiles: [String] = {
        let folder = formatsTestsFolder.appendingPathComponent("Malformed/metaphlan")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }()

    @Test func malformedCorpusIsPresent() { #expect(Self.malformedFiles.count >= 3) }

    @Test(arguments: malformedFiles)
    func malformedFileThrowsOneLineErrorNamingFile(_ name: String) {
        let path = formatsTestsFolder.appendingPathComponent("Malformed/metaphlan/\(name)").path
        do {
            _ = try MetaPhlAnProfile.read(path: path)
            Issue.record("\(name) should not load")
        } catch {
            #expect(error.description.contains(name))
            #expect(!error.description.contains("\n"))
        }
    }

    @Test func fileStemDropsFolderAndLastExtension() {
        #expect(MetaPhlAnProfile.fileStem("/a/b/S1.profile.txt") == "S1.profile")
        #expect(MetaPhlAnProfile.fileStem("S2") == "S2")
        #expect(MetaPhlAnProfile.fileStem(".hidden") == ".hidden")
    }
}
