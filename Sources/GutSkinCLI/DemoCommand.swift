import ArgumentParser
import Foundation
import GutSkinCore
import GutSkinFormats
import GutSkinKernels

/// `gutskin demo`: the main job on built-in simulated data — write a cohort table, inspect it,
/// rarefy it and collapse it to genera — so a new user sees a result in seconds.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Run gutskin on a built-in simulated cohort and say where the results are.")

    @Option(name: [.short, .customLong("output-dir")], help: "Folder for the demo's files (created if needed).")
    var outputDirectory = "gutskin-demo"

    @Option(help: "Rarefaction depth.")
    var depth = 1_500

    @OptionGroup var progress: ProgressOptions

    func run() throws {
        try FileManager.default.createDirectory(atPath: outputDirectory, withIntermediateDirectories: true)
        let folder = URL(fileURLWithPath: outputDirectory)
        func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
        let generatedBy = "gutskin \(GutSkinCommand.version) demo (simulated data)"

        let table = DemoCohort.table()
        try FeatureTableFile.write(table, to: path("demo-table.biom"), generatedBy: generatedBy)
        try AtomicFileWriter.write(Data(DemoCohort.metadataText(for: table).utf8), to: path("demo-metadata.tsv"))
        let summary = TableSummary(table)
        let rarefied = try Rarefaction(table, depth: depth, seed: 42)
        try FeatureTableFile.write(rarefied.table, to: path("demo-rarefied.biom"), generatedBy: generatedBy)
        let genera = try rarefied.table.collapsed(to: .genus)
        try FeatureTableFile.write(genera, to: path("demo-genus.tsv"), generatedBy: generatedBy)

        print("""
            gutskin demo — a SIMULATED cohort of \(summary.samples / 2) people, one stool and one skin sample each

            Table      \(grouped(summary.samples)) samples × \(grouped(summary.features)) features, \
            \(grouped(summary.nonzero)) non-zero (\(percent(summary.density))), depth \(number(summary.depthMinimum))–\(number(summary.depthMaximum)) reads
            Rarefied   to \(grouped(depth)) reads (seed 42): \(grouped(rarefied.table.sampleCount)) samples kept, \
            \(rarefied.droppedSamples.count) dropped
            Collapsed  to \(grouped(genera.featureCount)) genera

            Files in \(folder.path)/
              demo-table.biom      the simulated table (BIOM 2.1 HDF5)
              demo-metadata.tsv    subject and body site (QIIME 2 metadata)
              demo-rarefied.biom   rarefied table
              demo-genus.tsv       genus-level table (open in any spreadsheet)

            Next: gutskin inspect \(path("demo-table.biom"))
            """)
    }
}
