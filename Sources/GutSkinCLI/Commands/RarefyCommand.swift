import ArgumentParser
import GutSkinFormats
import GutSkinKernels

/// `gutskin rarefy TABLE --depth N --seed S -o OUT`.
struct RarefyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rarefy",
        abstract: "Subsample every sample to the same depth without replacement.",
        discussion: """
            Samples with fewer reads than --depth are dropped and listed on stderr; features left \
            with no reads are removed (as qiime feature-table rarefy). The same seed and table give \
            the same output whatever the number of threads.
            """)

    @Argument(help: "Count table.")
    var table: String

    @Option(help: "Reads to keep per sample.")
    var depth: Int

    @Option(help: "Random seed (the same seed gives the same result).")
    var seed: UInt64 = 0

    @OptionGroup var output: OutputOptions
    @OptionGroup var progress: ProgressOptions

    func validate() throws {
        guard depth > 0 else { throw ValidationError("--depth must be a positive number of reads") }
    }

    func run() throws {
        let input = try FeatureTableFile.read(path: table)
        let rarefied: Rarefaction
        do {
            rarefied = try Rarefaction(input, depth: depth, seed: seed)
        } catch {
            throw FileError(file: table, cause: error)
        }
        try output.write(rarefied.table)
        if !rarefied.droppedSamples.isEmpty {
            progress.note(
                "dropped \(rarefied.droppedSamples.count) samples below \(depth) reads: \(abbreviatedList(rarefied.droppedSamples))")
        }
        progress.note(
            "wrote \(output.output): \(grouped(rarefied.table.sampleCount)) samples at \(grouped(depth)) reads, \(grouped(rarefied.table.featureCount)) features (\(grouped(rarefied.removedFeatureCount)) left empty and removed)"
        )
    }
}
