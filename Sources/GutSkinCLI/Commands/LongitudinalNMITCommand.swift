import ArgumentParser
import Foundation
import GutSkinFormats
import GutSkinLongitudinal

extension FeatureCorrelationMethod: ExpressibleByArgument {}
extension NetworkDistanceMethod: ExpressibleByArgument {}

/// `gutskin longitudinal nmit TABLE --metadata M --individual-id-column … [--corr-method …] [--dist-method …] -o dm.tsv`.
struct LongitudinalNMITCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nmit",
        abstract: "Distances between individuals' feature-correlation networks (NMIT, Zhang et al. 2017), as q2-longitudinal's.",
        discussion: """
            Correlates features over each individual's samples and measures how far two individuals' \
            networks are apart. The matrix is labelled by each individual's first sample id, so \
            'gutskin permanova' can test it against the same metadata. q2-longitudinal takes \
            relative frequencies: give such a table, or add --relative-frequency.
            """)

    @Argument(help: "Feature table (.biom, .tsv, .qza); every sample must be in the metadata.")
    var table: String

    @Option(help: "Sample metadata (QIIME 2 TSV or QIIME 1 mapping file).")
    var metadata: String

    @Option(help: "Metadata column naming the individual each sample comes from.")
    var individualIdColumn: String

    @Option(help: "Correlation within an individual: kendall, pearson or spearman.")
    var corrMethod: FeatureCorrelationMethod = .kendall

    @Option(help: "Norm of the difference of two networks: fro (Frobenius) or nuc (nuclear).")
    var distMethod: NetworkDistanceMethod = .fro

    @Flag(help: "Divide each sample by its total first (q2-longitudinal expects relative frequencies).")
    var relativeFrequency = false

    @Option(name: [.short, .customLong("output")], help: "Output distance matrix (.tsv, .h5 or .qza).")
    var output: String

    @OptionGroup var progress: ProgressOptions

    func run() throws {
        var features = try FeatureTableFile.read(path: table)
        if relativeFrequency {
            let totals = features.sampleTotals
            let rows = features.denseRows.enumerated().map { sample, row in row.map { totals[sample] > 0 ? $0 / totals[sample] : 0 } }
            features = try .init(sampleIDs: features.sampleIDs, featureIDs: features.featureIDs, dense: rows)
        }
        let matrix = try NMIT.distances(
            table: features, tableFile: table, metadata: try MetadataTSV.read(path: metadata), metadataFile: metadata,
            individualColumn: individualIdColumn, correlation: corrMethod, distance: distMethod)
        try DistanceMatrixFile.write(matrix, to: output)
        progress.note("wrote \(output): \(matrix.count) individuals")
    }
}
