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

    @OptionGroup var output: OutputOptions
    @OptionGroup var progress: ProgressOptions

    func run() throws {
        let input = try FeatureTableFile.read(path: table)
        let collapsed = try input.collapsed(to: rank)
        try output.write(collapsed)
        progress.note("wrote \(output.output): \(grouped(input.featureCount)) features collapsed into \(grouped(collapsed.featureCount)) at \(rank) level")
    }
}

extension TaxonomicRank: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }
}
