import ArgumentParser
import Foundation
import GutSkinAxis
import GutSkinCore
import GutSkinDiary
import GutSkinFormats
import GutSkinKernels
import GutSkinRendering

/// `gutskin report TABLE --sample ID [...] -o report.html` (also writes report.json), or
/// `--all-samples -o reports/` for one report per sample.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a person's gut–skin report (HTML and JSON) against healthy references.",
        discussion: """
            Scores the gut sample (and a skin sample, if given) against the built-in HMP references \
            (gut; skin-sebaceous and skin-dry, the closer one chosen) or those given with --reference: \
            diversity, balance, dysbiosis, metabolic potential, inflammation-related shares, skin \
            community; each with its value, reference percentile, band and sources. -o report.html \
            also writes report.json (schema gutskin-report v2, documented in docs/report-schema.md). \
            The questionnaire is JSON or TSV (docs/questionnaire.md); the breath test a TSV as \
            'gutskin breath-test' reads. --all-samples writes one report per sample into a folder, \
            with summary.tsv listing the main scores. With --shard I/N only the I-th of N contiguous \
            parts of the samples is scored, its summary written as summary-part-I-of-N.tsv; \
            'gutskin report-merge' then writes the summary.tsv one run would. --timeline with \
            --subject follows one person's dated samples: each score by date, --event markers, and \
            each event's before/after change against healthy people's usual visit-to-visit change \
            (never a claim of cause).
            """)

    @Argument(help: "Table holding the gut sample (BIOM, TSV, .qza, MetaPhlAn profile).")
    var table: String

    @Option(help: "Id of the person's gut sample in TABLE.")
    var sample: String?

    @Flag(help: "Write one report per sample of TABLE into the -o folder.")
    var allSamples = false

    @Option(help: "Table holding the skin sample (default: TABLE).")
    var skinTable: String?

    @Option(help: "Id of the person's skin sample.")
    var skinSample: String?

    @Option(help: "Questionnaire answers (JSON or TSV; see docs/questionnaire.md).")
    var questionnaire: String?

    @Option(help: "Breath-test readings (TSV: minutes, h2_ppm[, ch4_ppm]).")
    var breathTest: String?

    @Option(help: "A food, product and symptom diary (docs/diary.md): its candidates are shown beside the related parts of the report.")
    var diary: String?

    @Option(
        name: .customLong("reference"),
        help: "Reference file or built-in name (gut, skin-sebaceous, skin-dry); repeatable. Default: all built-in.")
    var references: [String] = []

    @Option(help: "Phylogenetic tree for Faith's PD (the references were built with Greengenes 13_8 97%).")
    var tree: String?

    @Option(help: "With --all-samples: score only part I of N (e.g. 2/8), the samples split in table order.")
    var shard: String?

    @Option(help: "Threads for --all-samples (default: all cores).")
    var threads: Int?

    @Option(name: [.short, .customLong("output")], help: "report.html (report.json is written beside it), or a folder with --all-samples.")
    var output: String

    @OptionGroup var timeline: TimelineOptions

    @OptionGroup var progress: ProgressOptions

    func validate() throws {
        if allSamples {
            guard sample == nil, skinSample == nil, questionnaire == nil, breathTest == nil, diary == nil else {
                throw ValidationError(
                    "--all-samples scores every sample of TABLE as a gut sample; it takes no --sample, --skin-sample, --questionnaire, --breath-test or --diary"
                )
            }
            guard timeline.timeline == nil else {
                throw ValidationError("--timeline follows one person; it does not go with --all-samples")
            }
        } else {
            guard shard == nil else { throw ValidationError("--shard applies to --all-samples only") }
            guard sample != nil || skinSample != nil || timeline.timeline != nil else {
                throw ValidationError("name the person's sample with --sample (gut) and/or --skin-sample, or use --all-samples")
            }
            guard output.lowercased().hasSuffix(".html") else {
                throw ValidationError("-o must name an .html file (the .json is written beside it)")
            }
        }
        if skinTable != nil && skinSample == nil { throw ValidationError("--skin-table needs --skin-sample") }
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
    }

    func run() throws {
        let part = try shard.map { try BatchShard(parsing: $0) }  // a bad --shard fails before any work
        if !allSamples {
            // Checked before any work, so a long run does not end in a path error.
            let folder = URL(fileURLWithPath: output).deletingLastPathComponent().path
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
                throw FileError(file: output, reason: "the folder '\(folder)' does not exist (or is a file); create it first")
            }
        }
        let loaded = try (references.isEmpty ? DefaultReferences.names : references).map { try GutSkinReference.load($0) }
        let phylogeny = try tree.map { try TreeFile.read(path: $0) }
        if allSamples {
            guard let gutReference = loaded.first(where: { $0.site == .gut }) else {
                throw FileError(
                    file: references.joined(separator: ", "), reason: "--all-samples needs a gut reference; none of these is one")
            }
            try writeBatch(reference: gutReference, tree: phylogeny, shard: part)
            return
        }
        // A table read once, even when it holds both the gut and the skin sample (and the timeline's).
        var gutInput = try (sample ?? timeline.timeline.map { _ in "" }).map { try PersonReportRequest.Sample(path: table, sampleID: $0) }
        let generatedBy = "gutskin \(GutSkinCommand.version) report"
        let personTimeline = try gutInput.flatMap {
            try timeline.make(table: $0, references: loaded, tree: phylogeny, generatedBy: generatedBy)
        }
        if sample == nil, let latest = personTimeline?.points.last {
            gutInput?.sampleID = latest.sampleId  // without --sample, the report is of the latest sample
        }
        let skinInput = try skinSample.map { id -> PersonReportRequest.Sample in
            if (skinTable ?? table) == table, var shared = gutInput {
                shared.sampleID = id
                return shared
            }
            return try PersonReportRequest.Sample(path: skinTable ?? table, sampleID: id)
        }
        var request = PersonReportRequest(gut: gutInput, skin: skinInput, generatedBy: generatedBy)
        request.timeline = personTimeline
        request.references = loaded
        request.tree = phylogeny
        if let questionnaire { request.questionnaire = try QuestionnaireFile.read(path: questionnaire) }
        if let breathTest { request.breathTest = try BreathTestTSV.read(path: breathTest) }
        // Read (and checked) before the report is made; analysed with the documented defaults.
        let diaryAnalysis = try diary.map { DiaryAnalysis.run(try Diary.read(path: $0), options: DiaryAnalysisOptions()) }
        let made: PersonReport
        do {
            made = try PersonReport.make(request)
        } catch {
            throw commandLineError(error, gutTable: gutInput?.table)
        }
        for note in made.notes { progress.note(note) }
        try made.write(html: output, diary: diaryAnalysis)
        progress.note("wrote \(output) and \(PersonReport.jsonPath(forHTML: output))")
        for warning in made.report.warnings { progress.note("warning: \(warning)") }
    }

    /// A missing sample named by the table's path as given on the command line.
    private func commandLineError(_ error: PersonReportError, gutTable: FeatureTable?) -> Error {
        switch error {
        case .noSuchSample(_, let sampleID, let count, let examples):
            let inGut = sampleID == sample && !(gutTable?.sampleIDs.contains(sampleID) ?? false)
            let path = inGut ? table : skinTable ?? table
            return FileError(
                file: path, reason: "no sample '\(sampleID)' (the table has \(count) samples, e.g. \(abbreviatedList(examples, limit: 5)))")
        default:
            return error  // CommandLineHints adds the flags
        }
    }

    /// `--all-samples`: every sample of the table (or of its `--shard`) as a gut sample, into the -o folder.
    private func writeBatch(reference: GutSkinReference, tree: PhylogeneticTree?, shard: BatchShard?) throws {
        if shard == nil { try PersonReportBatch.outputFolder(output).check() }
        let input = try FeatureTableFile.read(path: table)
        let batch = PersonReportBatch(
            table: input, source: fileName(table), reference: reference, tree: tree, threads: threads,
            generatedBy: "gutskin \(GutSkinCommand.version) report --all-samples", shard: shard)
        let reporter = ProgressReporter(label: "reports", quiet: progress.quiet)
        let (count, faithSkipped) = try batch.writeShard(to: output) { reporter.update($0) }
        reporter.finish()
        if let faithSkipped { progress.note("Faith's PD not computed: \(faithSkipped)") }
        let summary = shard.map { PersonReportBatch.summaryPartName($0) } ?? "summary.tsv"
        progress.note("wrote \(grouped(count)) reports (HTML + JSON) and \(summary) into \(output)")
    }
}
