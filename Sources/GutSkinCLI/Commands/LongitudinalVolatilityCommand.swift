import ArgumentParser
import Foundation
import GutSkinFormats
import GutSkinLongitudinal
import GutSkinRendering

/// `gutskin longitudinal volatility --metadata M --metric X --state-column … --individual-id-column … [--group-column G] -o v.html`.
struct LongitudinalVolatilityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "volatility",
        abstract: "A control chart of a metric over time: each individual, group means, ±2/±3 SD limits.",
        discussion: """
            One self-contained HTML page (no scripts) and two TSVs beside it: NAME.tsv (the samples \
            drawn) and NAME-means.tsv (group means per state, global mean, SD and control limits).
            """)

    @OptionGroup var columns: LongitudinalColumnOptions

    @Option(help: "The metric: a numeric metadata column, a feature id of --table, or an alpha metric of --table.")
    var metric: String

    @Option(help: "Feature table for a feature or alpha metric.")
    var table: String?

    @Option(help: "Metadata column of groups, one colour each.")
    var groupColumn: String?

    @Option(name: [.short, .customLong("output")], help: "Output page (.html).")
    var output: String

    @OptionGroup var progress: ProgressOptions

    func validate() throws {
        guard output.hasSuffix(".html") else { throw ValidationError("the volatility page is HTML: give -o a name ending in .html") }
    }

    func run() throws {
        let samples = try LongitudinalInputs.samples(columns: columns, metric: metric, table: table, groupColumn: groupColumn)
        let volatility = try Volatility(samples: samples)
        let base = String(output.dropLast(".html".count))
        try AtomicFileWriter.write([
            (Data(VolatilityPage.html(volatility).utf8), output),
            (Data(VolatilityPage.dataTSV(volatility).utf8), base + ".tsv"),
            (Data(VolatilityPage.meansTSV(volatility).utf8), base + "-means.tsv"),
        ])
        progress.note("wrote \(output), \(base).tsv and \(base)-means.tsv (\(volatility.series.count) individuals)")
    }
}
