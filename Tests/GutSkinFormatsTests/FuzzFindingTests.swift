import Foundation
import GutSkinCore
import GutSkinFormats
import Testing

/// Inputs the fuzz targets (Fuzz/, scripts/fuzz.sh) found that read but did not survive being
/// written and read back (issue 16). Inputs that must be refused live in Malformed/ instead.
@Suite struct FuzzFindingTests {
    /// The metadata target's finding: a quoted column name, a `#q2:missing` directive and
    /// `NA`/`unknown` cells. `NA` is a value under INSDC:missing but missing by default, so the
    /// writer must say `blank` for that column.
    @Test func metadataKeepsValuesThatReadAsMissingByDefault() throws {
        let text = """
            sample-id\tbodi_site\tph\t"note"
            #q2:types\tcategorical\tnumeric\tcategorical
            #q2:missing\tINSDC:missing\t\t
            collected\t2g\t\t
            collecteskin\tNA\tunknown

            """
        let metadata = try MetadataTSV.parse(text: text, file: "issue-16.tsv")
        #expect(metadata.column(named: "bodi_site")?.values == ["2g", "NA"])
        #expect(metadata.column(named: "ph")?.values == [nil, nil])
        let written = MetadataTSV.format(metadata)
        #expect(written.contains("#q2:missing\tblank\t\t\n"))
        #expect(try MetadataTSV.parse(text: written, file: "rewritten.tsv") == metadata)
    }

    /// Without such values the writer adds no `#q2:missing` row (older QIIME 2 releases lack it).
    @Test func metadataWithoutMissingTermsHasNoMissingDirective() throws {
        let metadata = try MetadataTSV.parse(text: "id\tsite\nS1\tgut\nS2\t\n", file: "plain.tsv")
        let written = MetadataTSV.format(metadata)
        #expect(!written.contains("#q2:missing"))
        #expect(try MetadataTSV.parse(text: written, file: "rewritten.tsv") == metadata)
    }

    /// The TSV-table target's finding (bytes as in the issue): a comment line, a mangled `#OTU ID`
    /// header, a taxonomy column and a row whose id is ` #1`. Ids are trimmed, so that row was read
    /// as feature `#1` and written back as `#1…`, a comment. An indented `#` row is a comment too.
    @Test func tsvTableRowStartingWithSpaceAndHashIsAComment() throws {
        let hex =
            "23202c2c2c2c2c2c2c2c2c3c2c43650a234f5455de4944095330095332210974"
            + "61786f6e6f6d790a20233109312e3009302e30096b5f5f4261637465726d3b20705f25"
        let bytes = stride(from: 0, to: hex.count, by: 2).map { offset in
            let start = hex.index(hex.startIndex, offsetBy: offset)
            return UInt8(hex[start..<hex.index(start, offsetBy: 2)], radix: 16)!
        }
        let table = try ClassicTSVTable.parse(text: InputFile.decodeText(Data(bytes)), file: "issue-16.tsv")
        #expect(table.sampleIDs == ["S0", "S2!"])
        #expect(table.featureIDs.isEmpty)
        let written = ClassicTSVTable.string(table)
        #expect(try ClassicTSVTable.parse(text: written, file: "rewritten.tsv") == table)
    }

    /// The 10-minute TSV-table run's finding: a `;` lineage whose one rank holds `|` (`k_|c;`) was
    /// written as `k_|c`, which reads back as the MetaPhlAn-style lineage `k_`, `c`.
    @Test func tsvTableSingleRankWithBarRoundTrips() throws {
        let text = "#OTU ID\tS0\ttaxonomy\nO1\t1.0\tk_|c-x.;\nO2\t2.0\tk__A|B\n"
        let table = try ClassicTSVTable.parse(text: text, file: "bar.tsv")
        #expect(table.featureTaxonomy?.map(\.ranks) == [["k_|c-x."], ["k__A", "B"]])
        #expect(try ClassicTSVTable.parse(text: ClassicTSVTable.string(table), file: "rewritten.tsv") == table)
    }

    /// A table with a lineage and ordinary ids survives the same trip, taxonomy included.
    @Test func tsvTableWithTaxonomyRoundTrips() throws {
        let text = "# Constructed from biom file\n#OTU ID\tS0\tS2\ttaxonomy\nO1\t1.0\t0.0\tk__Bacteria; p__Firmicutes\n"
        let table = try ClassicTSVTable.parse(text: text, file: "taxonomy.tsv")
        #expect(table.featureTaxonomy?.first?.ranks == ["k__Bacteria", "p__Firmicutes"])
        #expect(try ClassicTSVTable.parse(text: ClassicTSVTable.string(table), file: "rewritten.tsv") == table)
    }
}
