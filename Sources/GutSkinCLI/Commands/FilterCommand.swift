import ArgumentParser
import GutSkinCore
import GutSkinFormats
import GutSkinKernels

/// `gutskin filter TABLE [--metadata M --where 'COLUMN=VALUE'...] [--min-depth N] [--min-prevalence F] -o OUT`.
struct FilterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "filter",
        abstract: "Keep samples by metadata and depth, and features by prevalence.",
        discussion: """
            --where 'COLUMN=VALUE' keeps samples whose COLUMN equals VALUE; 'COLUMN!=VALUE' drops them. \
            Several --where on one column are alternatives; on different columns all must hold. Samples \
            missing from the metadata are dropped. Features left with no reads are removed. Everything \
            removed is counted on stderr.
            """)

    @Argument(help: "Feature table.")
    var table: String

    @Option(help: "Sample metadata (QIIME 2 metadata TSV or QIIME 1 mapping file).")
    var metadata: String?

    @Option(name: .customLong("where"), help: "Condition COLUMN=VALUE or COLUMN!=VALUE (repeatable).")
    var conditions: [String] = []

    @Option(help: "Drop samples with fewer reads than this.")
    var minDepth: Double = 0

    @Option(help: "Keep features present in at least this fraction (0–1) of the kept samples.")
    var minPrevalence: Double = 0

    @OptionGroup var output: OutputOptions
    @OptionGroup var progress: ProgressOptions

    func validate() throws {
        for condition in conditions where MetadataCondition(parsing: condition) == nil {
            throw ValidationError("--where '\(condition)' is not of the form COLUMN=VALUE or COLUMN!=VALUE")
        }
        guard (0...1).contains(minPrevalence) else { throw ValidationError("--min-prevalence must be a fraction from 0 to 1") }
        guard minDepth >= 0 else { throw ValidationError("--min-depth must not be negative") }
        if !conditions.isEmpty && metadata == nil { throw ValidationError("--where needs --metadata") }
    }

    func run() throws {
        let input = try FeatureTableFile.read(path: table)
        let sampleMetadata = try metadata.map { try MetadataTSV.read(path: $0) }
        let filter = SampleFilter(
            conditions: conditions.compactMap(MetadataCondition.init(parsing:)), minimumDepth: minDepth,
            minimumPrevalence: minPrevalence)
        let result: SampleFilter.Result
        do {
            result = try filter.apply(to: input, metadata: sampleMetadata)
        } catch {
            throw FileError(file: metadata ?? table, cause: error)
        }
        guard result.table.sampleCount > 0 else {
            throw FileError(
                file: table,
                reason:
                    "no samples are left (\(result.samplesNotInMetadata.count) not in the metadata, \(result.samplesFailingConditions.count) not matching --where, \(result.samplesBelowDepth.count) below --min-depth); nothing written"
            )
        }
        try output.write(result.table)
        if !result.samplesNotInMetadata.isEmpty {
            progress.note(
                "dropped \(result.samplesNotInMetadata.count) samples not in the metadata: \(abbreviatedList(result.samplesNotInMetadata))")
        }
        if !result.samplesFailingConditions.isEmpty {
            progress.note("dropped \(result.samplesFailingConditions.count) samples not matching --where")
        }
        if !result.samplesBelowDepth.isEmpty {
            progress.note(
                "dropped \(result.samplesBelowDepth.count) samples below \(number(minDepth)) reads: \(abbreviatedList(result.samplesBelowDepth))"
            )
        }
        progress.note(
            "wrote \(output.output): \(grouped(result.table.sampleCount)) samples, \(grouped(result.table.featureCount)) features (\(grouped(result.featuresRemoved)) removed)"
        )
    }
}
