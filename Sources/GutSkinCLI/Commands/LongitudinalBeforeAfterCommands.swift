import ArgumentParser
import Foundation
import GutSkinFormats
import GutSkinLongitudinal

/// `gutskin longitudinal usual-change SUMMARY.tsv --metadata M --individual-id-column … --state-column … -o usual-change.tsv`.
struct LongitudinalUsualChangeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "usual-change",
        abstract: "How much each report score moves between two visits in a cohort: the yardstick for a before/after.",
        discussion: """
            Reads a per-sample score table (gutskin report --all-samples' summary.tsv) and metadata \
            naming each sample's person and visit. Each person with two or more visits contributes \
            one change (second visit minus first). Writes, per score, how many people it rests on, \
            the median |change| and the 95th percentile of |change|.
            """)

    @Argument(help: "Per-sample score table (summary.tsv of gutskin report --all-samples).")
    var scores: String

    @Option(help: "Sample metadata naming each sample's person and visit.")
    var metadata: String

    @Option(help: "Metadata column naming the person.")
    var individualIdColumn: String

    @Option(help: "Metadata column of visits (numeric: visit number or day).")
    var stateColumn: String

    @Option(name: [.short, .customLong("output")], help: "Output TSV.")
    var output: String

    @OptionGroup var progress: ProgressOptions

    func run() throws {
        let table = try ScoreTable.parse(text: try InputFile.readText(scores), file: scores)
        let usual = try UsualChange(
            table: table, metadata: try MetadataTSV.read(path: metadata), file: metadata,
            individualColumn: individualIdColumn, stateColumn: stateColumn)
        guard !usual.scores.isEmpty else {
            throw LongitudinalError.noPairs(detail: "no score has two or more people with samples at two visits")
        }
        try AtomicFileWriter.write(Data(usual.tsv().utf8), to: output)
        print(usual.tsv(), terminator: "")
        progress.note("wrote \(output) (\(usual.scores.map(\.people).max() ?? 0) people)")
    }
}

/// `gutskin longitudinal before-after SUMMARY.tsv --before S1 --after S2 --usual usual-change.tsv`.
struct LongitudinalBeforeAfterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "before-after",
        abstract: "A person's change in each score between two samples, against the cohort's usual visit-to-visit change.",
        discussion: """
            A change larger than 95% of the cohort's visit-to-visit changes is "changed beyond usual \
            variation", otherwise "within usual variation". This says how large a change is, not \
            what caused it.
            """)

    @Argument(help: "Per-sample score table holding both samples (summary.tsv of gutskin report --all-samples).")
    var scores: String

    @Option(help: "The earlier sample.")
    var before: String

    @Option(help: "The later sample.")
    var after: String

    @Option(help: "The yardstick written by 'gutskin longitudinal usual-change'.")
    var usual: String

    func run() throws {
        let table = try ScoreTable.parse(text: try InputFile.readText(scores), file: scores)
        let bounds = try UsualChange.bounds(tsv: try InputFile.readText(usual), file: usual)
        let judgements = try UsualChange.judge(bounds: bounds, table: table, before: before, after: after, file: scores)
        print("score\tbefore\tafter\tchange\tusual_bound_95\tpeople\tverdict")
        for j in judgements {
            let numbers = [j.before, j.after, j.change, j.bound].map { LongitudinalTables.number($0) }.joined(separator: "\t")
            print("\(j.score)\t\(numbers)\t\(j.people)\t\(j.verdict)")
        }
    }
}
