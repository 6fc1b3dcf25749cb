import ArgumentParser
import Foundation
import GutSkinAxis
import GutSkinCore
import GutSkinFormats
import GutSkinKernels
import GutSkinRendering

/// `gutskin demo`: the main job on built-in simulated data — a complete gut–skin report for a
/// simulated person (profiles drawn from the built-in references, a questionnaire, a breath
/// test), made from the files the demo writes exactly as `gutskin report` makes it; plus a simulated
/// cohort table to try the other commands on.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Write a complete gut–skin report for a simulated person (and a simulated cohort) and say where it is.")

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
            throw FileError(
                file: outputDirectory,
                reason: "cannot be made into a folder for the demo's files (a file of that name exists, or the parent is not writable)")
        }
        let folder = URL(fileURLWithPath: outputDirectory)
        func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
        let generatedBy = "gutskin \(GutSkinCommand.version) demo (simulated data)"
        try FeatureTableFile.write(table, to: path("demo-table.biom"), generatedBy: generatedBy)
        try AtomicFileWriter.write(Data(DemoCohort.metadataText(for: table).utf8), to: path("demo-metadata.tsv"))
        try FeatureTableFile.write(rarefied.table, to: path("demo-rarefied.biom"), generatedBy: generatedBy)
        try FeatureTableFile.write(genera, to: path("demo-genus.tsv"), generatedBy: generatedBy)

        // The person: inputs a testing service would have, then the report made from them.
        let gutReference = try GutSkinReference.load("gut")
        let skinReference = try GutSkinReference.load("skin-sebaceous")
        try FeatureTableFile.write(
            DemoPerson.table(gut: gutReference, skin: skinReference), to: path("demo-person.biom"), generatedBy: generatedBy)
        try AtomicFileWriter.write(Data(DemoPerson.questionnaireTSV.utf8), to: path("demo-questionnaire.tsv"))
        try AtomicFileWriter.write(Data(DemoPerson.breathTestTSV.utf8), to: path("demo-breath-test.tsv"))
        // The same call as `gutskin report demo-person.biom --sample … --skin-sample … --questionnaire … --breath-test …`.
        let person = try PersonReportRequest.Sample(path: path("demo-person.biom"), sampleID: DemoPerson.gutSampleID)
        var skin = person
        skin.sampleID = DemoPerson.skinSampleID
        var request = PersonReportRequest(gut: person, skin: skin, generatedBy: "gutskin \(GutSkinCommand.version) report")
        request.questionnaire = try QuestionnaireFile.read(path: path("demo-questionnaire.tsv"))
        request.breathTest = try BreathTestTSV.read(path: path("demo-breath-test.tsv"))
        try PersonReport.make(request).write(html: path("demo-report.html"))

        print(
            """
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

            A SIMULATED person's gut–skin report (profiles drawn from the built-in HMP references):
              demo-person.biom         the person's gut and skin samples
              demo-questionnaire.tsv   diet, products and skin answers
              demo-breath-test.tsv     a lactulose breath test
              demo-report.json         every score, percentile and source, for apps

            Your report: \(path("demo-report.html"))
              open it in a browser (made by: gutskin report demo-person.biom --sample \(DemoPerson.gutSampleID) --skin-sample \(DemoPerson.skinSampleID) …)
            """)
    }
}
