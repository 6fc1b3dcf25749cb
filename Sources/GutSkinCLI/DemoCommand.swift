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

    func validate() throws {
        guard depth > 0 else { throw ValidationError("--depth must be a positive number of reads") }
    }

    func run() throws {
        // Everything is computed before anything is written, so a failure leaves no files.
        let table = DemoCohort.table()
        let summary = TableSummary(table)
        let rarefied = try Rarefaction(table, depth: depth, seed: 42)
        let genera = try rarefied.table.collapsed(to: .genus)

        do {
            try FileManager.default.createDirectory(atPath: outputDirectory, withIntermediateDirectories: true)
        } catch {
            throw FileError(file: outputDirectory, reason: "cannot be made into a folder for the demo's files (a file of that name exists, or the parent is not writable)")
        }
        let folder = URL(fileURLWithPath: outputDirectory)
        func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
        let generatedBy = "gutskin \(GutSkinCommand.version) demo (simulated data)"
        try FeatureTableFile.write(table, to: path("demo-table.biom"), generatedBy: generatedBy)
        try AtomicFileWriter.write(Data(DemoCohort.metadataText(for: table).utf8), to: path("demo-metadata.tsv"))
        try FeatureTableFile.write(rarefied.table, to: path("demo-rarefied.biom"), generatedBy: generatedBy)
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
