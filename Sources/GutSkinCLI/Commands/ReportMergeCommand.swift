import ArgumentParser
import GutSkinAxis
import GutSkinRendering

/// `gutskin report-merge DIR [-o DIR]`: the summary.tsv of a batch run as shards.
struct ReportMergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report-merge",
        abstract: "Assemble summary.tsv from the parts of 'report --all-samples --shard I/N'.",
        discussion: """
            Checks that DIR holds summary-part-I-of-N.tsv for every I from 1 to N of one N, that the \
            parts have the same columns and no sample twice, and writes summary.tsv — the same, byte \
            for byte, as one unsharded 'report --all-samples' writes. The parts are kept.
            """)

    @Argument(help: "Folder the shards wrote into.")
    var folder: String

    @Option(name: [.short, .customLong("output")], help: "Folder for summary.tsv (default: the shards' folder).")
    var output: String?

    @OptionGroup var progress: ProgressOptions

    func run() throws {
        let (parts, samples) = try PersonReportBatch.mergeSummaryParts(in: folder, into: output)
        progress.note("wrote \(output ?? folder)/summary.tsv: \(grouped(samples)) samples from \(parts) parts")
    }
}
