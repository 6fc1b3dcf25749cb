import ArgumentParser
import GutSkinCore
import GutSkinFormats
import GutSkinKernels

/// `gutskin collapse TABLE --rank genus -o OUT`.
struct CollapseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "collapse",
        abstract: "Sum features that share a lineage down to a taxonomic rank (as qiime taxa collapse).")

    @Argument(help: "Table with feature taxonomy.")
    var table: String

    @Option(help: "Rank: domain (or kingdom), phylum, class, order, family, genus, species, or level 1–7.")
    var rank: TaxonomicRank

    @Option(help: "Taxonomy for the table's features: a FeatureData[Taxonomy] .qza or its TSV (Feature ID, Taxon).")
    var taxonomy: String?

    @OptionGroup var output: OutputOptions
    @OptionGroup var progress: ProgressOptions

    func run() throws {
        var input = try FeatureTableFile.read(path: table)
        if let taxonomy {
            do {
                input = try input.withTaxonomy(try TaxonomyTSV.read(path: taxonomy))
            } catch let error as FeatureTableError {
                throw FileError(file: taxonomy, reason: "does not cover the table: \(error)")
            }
        }
        let collapsed: FeatureTable
        do {
            collapsed = try input.collapsed(to: rank)
        } catch {
            throw FileError(file: table, cause: error)
        }
        try output.write(collapsed)
        progress.note(
            "wrote \(output.output): \(grouped(input.featureCount)) features collapsed into \(grouped(collapsed.featureCount)) at \(rank) level"
        )
    }
}

extension TaxonomicRank: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }

    /// Names users type (the raw values are 0-based indices, which are not what `--rank` takes).
    public static var allValueStrings: [String] {
        ["domain", "phylum", "class", "order", "family", "genus", "species"]
    }
}
