import ArgumentParser
import Foundation
import GutSkinAxis
import GutSkinCore
import GutSkinFormats
import GutSkinRendering

/// `gutskin axis TABLE --metadata M --gut G --skin S --condition C … -o axis/`: the cohort gut–skin analysis.
struct AxisCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "axis",
        abstract: "Cohort gut–skin axis analysis: what differs with each skin condition, and what links gut to skin.",
        discussion: """
            For each condition, cases against people with none of the named conditions, separately at \
            each --gut and --skin site: alpha diversity (Mann–Whitney), distances (PERMANOVA, PERMDISP, \
            adonis with --covariate), genera (ANCOM-BC, ALDEx2-style) and scores. Then gut–skin links \
            within people (Spearman, Mantel, Procrustes/PROTEST, gut genus × skin genus) and each \
            --covariate against gut diversity and butyrate-producer share. Conditions: one column each \
            with --positive marking a case (blank = no; NA/unknown missing), or one column naming the \
            condition (--condition-column with --control). One sample per person and site: the deepest. \
            Writes index.html, one TSV per table, rarefied.biom, groups/ (one grouping file per \
            condition × site) and README.txt into the output folder, which must be new, \
            empty, or an earlier gutskin axis output (then it is replaced whole, only once the run succeeds).
            """)

    @Argument(help: "Feature table (counts, with taxonomy for the genus-level parts).")
    var table: String

    @Option(help: "Sample metadata (QIIME 2 metadata or QIIME 1 mapping file).")
    var metadata: String

    @Option(help: "Metadata column naming the person.")
    var subject = "host_subject_id"

    @Option(help: "Metadata column naming the body site.")
    var site = "body_site"

    @Option(help: "Value of --site for gut samples (repeatable; each is its own site).")
    var gut: [String] = []

    @Option(help: "Value of --site for skin samples (repeatable; each is its own site).")
    var skin: [String] = []

    @Option(
        name: .customLong("condition"),
        help: "A condition: a column with --positive for cases, or with --condition-column a value of it (repeatable).")
    var conditions: [String] = []

    @Option(help: "The answer marking a case in per-condition columns.")
    var positive = "Y"

    @Option(help: "One column naming each person's condition (American Gut style); needs --control.")
    var conditionColumn: String?

    @Option(help: "The --condition-column answer of people without a condition.")
    var control: String?

    @Option(
        name: .customLong("require"),
        help:
            "A column that must be answered: people with a missing value in it (blank, NA, unknown, not provided, …) are neither cases nor controls (repeatable)."
    )
    var required: [String] = []

    @Option(
        name: .customLong("covariate"),
        help: "Diet or lifestyle column: adjusts the adonis model and is tested against gut diversity (repeatable).")
    var covariates: [String] = []

    @Option(help: "Rooted tree for Faith's PD and UniFrac (Newick, .gz or .qza).")
    var tree: String?

    @Option(help: "Rarefaction depth; samples with fewer reads are dropped and listed.")
    var depth = 1000

    @Option(help: "Seed of rarefaction, permutations and Monte Carlo draws.")
    var seed: UInt64 = 0

    @Option(help: "Permutations for PERMANOVA, PERMDISP, adonis, Mantel, PROTEST and the genus-link check.")
    var permutations = 999

    @Option(help: "Threads (default: all cores). The results are the same for any number.")
    var threads: Int?

    @Option(name: [.short, .customLong("output")], help: "Output folder.")
    var output: String

    @OptionGroup var progress: ProgressOptions

    func validate() throws {
        guard !gut.isEmpty || !skin.isEmpty else { throw ValidationError("name at least one site with --gut or --skin") }
        let sites = gut + skin
        if Set(sites).count != sites.count { throw ValidationError("a site is named twice among --gut and --skin") }
        if conditionColumn != nil && control == nil {
            throw ValidationError("--condition-column needs --control (the answer of people without a condition)")
        }
        if control != nil && conditionColumn == nil { throw ValidationError("--control applies to --condition-column only") }
        guard depth >= 1 else { throw ValidationError("--depth must be at least 1") }
        guard permutations >= 0 else { throw ValidationError("--permutations must be zero or more") }
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
        if Set(conditions).count != conditions.count { throw ValidationError("a --condition is named twice") }
    }

    func run() throws {
        try AxisOutputFolder.check(output)
        let input = try FeatureTableFile.read(path: table)
        let sampleMetadata = try MetadataTSV.read(path: metadata)
        let blankOnly = try MetadataTSV.read(path: metadata, missingValues: [])
        let phylogeny = try tree.map { try TreeFile.read(path: $0) }
        let specification: ConditionSpecification =
            conditionColumn.map { .column($0, control: control ?? "", conditions: conditions) }
            ?? .columns(conditions, positive: positive)
        let design = try CohortDesign(
            table: input, metadata: sampleMetadata, blankOnlyMetadata: blankOnly, metadataPath: metadata,
            subjectColumn: subject, siteColumn: site,
            sites: gut.map { CohortSite(value: $0, role: .gut) } + skin.map { CohortSite(value: $0, role: .skin) },
            conditions: specification, depth: depth, required: required)
        if let inferred = design.inferredConditions, let conditionColumn {
            progress.note(
                "conditions from \(conditionColumn) (no --condition): "
                    + inferred.map { "'\($0.value)' (\($0.people) people)" }.joined(separator: ", ")
                    + "; missing answers (\(MissingAnswer.description)) are unknown")
        }
        for (index, cohortSite) in design.sites.enumerated() where design.chosen[index].isEmpty {
            throw FileError(file: table, reason: "no sample at \(site) = '\(cohortSite.value)' has \(depth) reads or more (lower --depth?)")
        }
        let cohortCovariates = try covariates.map {
            try CohortCovariate.column($0, metadata: sampleMetadata, blankOnlyMetadata: blankOnly, metadataPath: metadata)
        }
        let dropped = design.samples.filter { $0.fate.isDropped }
        if !dropped.isEmpty {
            let reasons = Dictionary(
                grouping: dropped,
                by: {
                    $0.fate.reason.hasPrefix("same person")
                        ? "another sample of the same person and site was kept (deeper, or as deep and earlier)" : $0.fate.reason
                })
            progress.note(
                "not used: " + reasons.keys.sorted().map { "\(reasons[$0]!.count) \($0)" }.joined(separator: "; ")
                    + " (listed in samples.tsv)")
        }

        var settings = CohortSettings(depth: depth)
        settings.seed = seed
        settings.permutations = permutations
        settings.threads = threads
        let reporter = ProgressReporter(label: "axis", quiet: progress.quiet)
        let result: CohortAnalysisResult
        do {
            result = try CohortAnalysis.run(
                table: input, design: design, tree: phylogeny, covariates: cohortCovariates, settings: settings,
                progress: { _, fraction in reporter.update(fraction) })
        } catch let error as FileError {
            reporter.finish()
            throw error
        } catch {
            reporter.finish()
            // Blame the file the error is about: the tree when the metric or the tree's tips are at fault.
            throw FileError(file: tree.map { CommandLineHints.concernsTree(error) ? $0 : table } ?? table, cause: error)
        }
        reporter.finish()
        let commandLine = (["gutskin"] + CommandLine.arguments.dropFirst()).map(AxisOutputFolder.shellQuoted).joined(separator: " ")
        let files = AxisOutputFiles.files(result, commandLine: commandLine, version: GutSkinCommand.version)
        try AxisOutputFolder.write(files, to: output) { staging in
            guard let rarefied = result.rarefied else { return }
            try FeatureTableFile.write(
                rarefied, to: staging.appendingPathComponent("rarefied.biom").path, generatedBy: "gutskin \(GutSkinCommand.version)")
        }
        let tests = result.alphaTests.count + result.betaTests.count + result.scoreTests.count
        let tooFew =
            (result.alphaTests + result.scoreTests).filter { !$0.note.isEmpty }.count
            + result.betaTests.filter { !$0.note.isEmpty && $0.pValue.isNaN }.count
        let shownOutput = output.hasSuffix("/") ? output : output + "/"
        progress.note(
            "wrote \(shownOutput): index.html, \(files.filter { $0.name.hasSuffix(".tsv") && !$0.name.hasPrefix("groups/") }.count) TSVs, groups/, rarefied.biom and README.txt — \(design.subjects.count) people, \(design.conditions.count) conditions, \(tests) group tests (\(tooFew) too few or not testable), \(result.linkGenera.count) gut × skin genus pairs"
        )
    }
}
