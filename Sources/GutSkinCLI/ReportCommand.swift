import ArgumentParser
import Foundation
import GutSkinAxis
import GutSkinCore
import GutSkinFormats
import GutSkinKernels

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
            also writes report.json (schema gutskin-report v1, documented in docs/report-schema.md). \
            The questionnaire is JSON or TSV (docs/questionnaire.md); the breath test a TSV as \
            'gutskin breath-test' reads. --all-samples writes one report per sample into a folder, \
            with summary.tsv listing the main scores.
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

    @Option(name: .customLong("reference"), help: "Reference file or built-in name (gut, skin-sebaceous, skin-dry); repeatable. Default: all built-in.")
    var references: [String] = []

    @Option(help: "Phylogenetic tree for Faith's PD (the references were built with Greengenes 13_8 97%).")
    var tree: String?

    @Option(help: "Threads for --all-samples (default: all cores).")
    var threads: Int?

    @Option(name: [.short, .customLong("output")], help: "report.html (report.json is written beside it), or a folder with --all-samples.")
    var output: String

    @OptionGroup var progress: ProgressOptions

    func validate() throws {
        if allSamples {
            guard sample == nil, skinSample == nil, questionnaire == nil, breathTest == nil else {
                throw ValidationError("--all-samples scores every sample of TABLE as a gut sample; it takes no --sample, --skin-sample, --questionnaire or --breath-test")
            }
        } else {
            guard sample != nil || skinSample != nil else { throw ValidationError("name the person's sample with --sample (gut) and/or --skin-sample, or use --all-samples") }
            guard output.lowercased().hasSuffix(".html") else { throw ValidationError("-o must name an .html file (the .json is written beside it)") }
        }
        if skinTable != nil && skinSample == nil { throw ValidationError("--skin-table needs --skin-sample") }
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
    }

    func run() throws {
        if !allSamples {
            // Checked before any work, so a long run does not end in a path error.
            let folder = URL(fileURLWithPath: output).deletingLastPathComponent().path
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
                throw FileError(file: output, reason: "the folder '\(folder)' does not exist (or is a file); create it first")
            }
        }
        let loaded = try (references.isEmpty ? DefaultReferences.names : references).map { try ReferenceLoader.load($0) }
        let gutReference = loaded.first { $0.site == .gut }
        let skinReferences = loaded.filter { $0.site == .skin }
        let phylogeny = try tree.map { try TreeFile.read(path: $0) }
        if allSamples {
            guard let gutReference else { throw FileError(file: references.joined(separator: ", "), reason: "--all-samples needs a gut reference; none of these is one") }
            try ReportBatch(table: table, reference: gutReference, tree: phylogeny, threads: threads, output: output, progress: progress).run()
            return
        }
        var builder = ReportBuilder(gut: nil, skin: nil, generatedBy: "gutskin \(GutSkinCommand.version) report")
        var chosenSkin: GutSkinReference?
        if let sample {
            guard let gutReference else { throw FileError(file: references.joined(separator: ", "), reason: "--sample needs a gut reference; none of these is one") }
            let input = try FeatureTableFile.read(path: table)
            builder.gut = try Self.scoreSite(
                table: input, path: table, sample: sample, scorer: SampleScorer(reference: gutReference), tree: phylogeny,
                warnings: &builder.warnings)
        }
        if let skinSample {
            guard !skinReferences.isEmpty else { throw FileError(file: references.joined(separator: ", "), reason: "--skin-sample needs a skin reference; none of these is one") }
            let path = skinTable ?? table
            let input = try FeatureTableFile.read(path: path)
            // The skin reference the sample resembles most (lowest median Bray–Curtis).
            var best: ReportBuilder.ScoredSite?
            var bestWarnings = [String]()
            for reference in skinReferences {
                var warnings = [String]()
                let scored = try Self.scoreSite(
                    table: input, path: path, sample: skinSample, scorer: SampleScorer(reference: reference), tree: phylogeny,
                    warnings: &warnings)
                if best == nil || scored.scores.value(.skinAtypicality) < best!.scores.value(.skinAtypicality) {
                    best = scored
                    bestWarnings = warnings
                    chosenSkin = reference
                }
            }
            builder.skin = best
            builder.warnings += bestWarnings
            if skinReferences.count > 1, let chosenSkin {
                progress.note("skin sample \(skinSample): scored against \(chosenSkin.name) (\(chosenSkin.siteDetail)), the closest of \(skinReferences.count) skin references")
            }
        }
        if let questionnaire { builder.questionnaire = try QuestionnaireFile.read(path: questionnaire) }
        if let breathTest { builder.breathTest = BreathTestInterpretation.interpret(try BreathTestTSV.read(path: breathTest)) }
        let report = builder.build()
        try ReportFiles.write(report, gutReference: builder.gut?.scorer.reference, skinReference: chosenSkin, html: output)
        progress.note("wrote \(output) and \(ReportFiles.jsonPath(forHTML: output))")
        for warning in report.warnings { progress.note("warning: \(warning)") }
    }

    /// Scores one named sample of a table against one reference.
    static func scoreSite(
        table: FeatureTable, path: String, sample: String, scorer: SampleScorer, tree: PhylogeneticTree?, warnings: inout [String]
    ) throws -> ReportBuilder.ScoredSite {
        guard let index = table.sampleIDs.firstIndex(of: sample) else {
            throw FileError(file: path, reason: "no sample '\(sample)' (the table has \(table.sampleCount) samples, e.g. \(abbreviatedList(Array(table.sampleIDs.prefix(5)), limit: 5)))")
        }
        let scoring = SampleScoring(scorer: scorer, tree: tree)
        let (scores, faithSkipped) = scoring.score(table: table, samples: [index], threads: 1)
        if let faithSkipped { warnings.append("Faith's PD was not computed for \(path): \(faithSkipped).") }
        let format = try? FeatureTableFile.detectFormat(path: path)
        let gmhi = format == .metaphlan && scorer.reference.site == .gut ? Self.gmhi(table: table, sample: index) : nil
        return ReportBuilder.ScoredSite(
            scores: scores[0], scorer: scorer, table: fileName(path), taxonomy: TaxonomyStyle.describe(table), gmhi: gmhi)
    }

    /// GMHI from a MetaPhlAn profile's species rows.
    static func gmhi(table: FeatureTable, sample: Int) -> Double {
        var abundances = [String: Double]()
        for entry in table.entryRange(ofSample: sample) {
            let feature = Int(table.featureIndices[entry])
            let name = table.featureTaxonomy?[feature].lineage.replacingOccurrences(of: "; ", with: "|") ?? table.featureIDs[feature]
            abundances[name, default: 0] += table.values[entry]
        }
        return GutMicrobiomeHealthIndex.score(speciesAbundances: abundances).index
    }
}
