import ArgumentParser
import GutSkinFormats

/// `gutskin convert IN OUT`: between BIOM 1.0 JSON, BIOM 2.1 HDF5, TSV and QIIME 2 artifacts.
struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert a feature table between formats (the output's extension picks the format).")

    @Argument(help: "Input table (format detected from its content).")
    var input: String

    @Argument(help: "Output file: .biom (BIOM 2.1 HDF5), .json (BIOM 1.0), .tsv, or .qza.")
    var output: String

    @Option(help: "Force the output format instead of going by the extension.")
    var to: TableFormat?

    @OptionGroup var progress: ProgressOptions

    func validate() throws {
        try checkTableOutputFormat(output, to: to)
    }

    func run() throws {
        let table = try FeatureTableFile.read(path: input)
        try FeatureTableFile.write(table, to: output, format: to, generatedBy: "gutskin \(GutSkinCommand.version)")
        progress.note("wrote \(output): \(grouped(table.sampleCount)) samples × \(grouped(table.featureCount)) features")
    }
}
