import ArgumentParser
import Foundation
import GutSkinAxis
import GutSkinCore
import GutSkinFormats
import GutSkinKernels

/// `gutskin reference build|inspect`: the healthy reference cohorts reports are scored against.
struct ReferenceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reference",
        abstract: "Build or inspect a healthy reference cohort for gut–skin reports.",
        subcommands: [ReferenceBuildCommand.self, ReferenceInspectCommand.self])
}

extension BodySite: ExpressibleByArgument {}

/// `gutskin reference build TABLE --metadata M --where 'HMPbodysubsite=Stool' --site gut --depth 1000 [--tree T] -o ref.json`.
struct ReferenceBuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build a reference from the healthy samples of a table.",
        discussion: """
            Selects samples with --where (several on one column are alternatives), rarefies them to \
            --depth (seeded), computes every score of the site for each (dysbiosis leaves out the \
            sample's own subject when --subject names the column), and writes their quantiles, genus \
            profiles and a PCoA map as JSON. With --state-column (and --subject) it also stores how \
            much each score moves within a person between their two earliest visits (people, median \
            and 95th percentile of |change|, 101 percentiles of the change). The same inputs always \
            give the same file.
            """)

    @Argument(help: "Feature table of the reference samples (BIOM, TSV, .qza).")
    var table: String

    @Option(help: "Sample metadata (QIIME 2 metadata TSV or QIIME 1 mapping file).")
    var metadata: String?

    @Option(name: .customLong("where"), help: "Sample selection COLUMN=VALUE or COLUMN!=VALUE (repeatable).")
    var conditions: [String] = []

    @Option(help: "Body site of the reference: gut or skin.")
    var site: BodySite

    @Option(help: "Finer site description shown in reports (e.g. 'sebaceous (retroauricular crease)').")
    var siteDetail: String?

    @Option(help: "Name shown in reports (default: from the table and site).")
    var name: String?

    @Option(help: "Sequencing platform and marker shown in reports.")
    var platform = "16S rRNA amplicons"

    @Option(help: "Rarefaction depth: reference and scored samples are rarefied to it.")
    var depth: Int

    @Option(help: "Seed of the rarefaction draws.")
    var seed: UInt64 = 1

    @Option(help: "Phylogenetic tree (Newick, .gz or .qza) for Faith's PD.")
    var tree: String?

    @Option(
        name: [.customLong("subject"), .customLong("individual-id-column")],
        help: "Metadata column naming each sample's subject (dysbiosis leaves out a subject's own samples).")
    var subject: String?

    @Option(help: "Metadata column of visits (numeric): with --subject, the reference learns each score's usual visit-to-visit change.")
    var stateColumn: String?

    @Option(help: "With --state-column: pair a person's visits only between samples with the same value here (e.g. the body side).")
    var matchColumn: String?

    @Option(name: [.short, .customLong("output")], help: "Output reference (.json).")
    var output: String

    @OptionGroup var progress: ProgressOptions

    func validate() throws {
        guard depth > 0 else { throw ValidationError("--depth must be a positive number of reads") }
        for condition in conditions where MetadataCondition(parsing: condition) == nil {
            throw ValidationError("--where '\(condition)' is not of the form COLUMN=VALUE or COLUMN!=VALUE")
        }
        if (!conditions.isEmpty || subject != nil) && metadata == nil {
            throw ValidationError("--where and --subject need --metadata")
        }
        if stateColumn != nil && subject == nil { throw ValidationError("--state-column needs --subject (--individual-id-column)") }
        if matchColumn != nil && stateColumn == nil { throw ValidationError("--match-column needs --state-column") }
        guard output.lowercased().hasSuffix(".json") else {
            throw ValidationError("the reference is written as JSON: give -o a .json name")
        }
    }

    func run() throws {
        var recipe = ReferenceRecipe(
            table: table, site: site, siteDetail: siteDetail ?? site.rawValue, name: name ?? "\(fileName(table)) \(site.rawValue)",
            platform: platform, depth: depth)
        recipe.metadata = metadata
        recipe.conditions = conditions
        recipe.seed = seed
        recipe.tree = tree
        recipe.subjectColumn = subject
        recipe.stateColumn = stateColumn
        recipe.matchColumn = matchColumn
        let reference = try recipe.build(builtBy: "gutskin \(GutSkinCommand.version) reference build")
        try AtomicFileWriter.write(try reference.jsonData(), to: output)
        if let usual = reference.usualChange {
            progress.note("usual visit-to-visit change: \(usual.people) people with two visits (\(stateColumn ?? ""))")
        } else if stateColumn != nil {
            progress.note("usual visit-to-visit change: nobody has one sample at each of two visits; none stored")
        }
        progress.note(
            "wrote \(output): \(reference.name), \(grouped(reference.samples.count)) samples at \(grouped(depth)) reads, \(grouped(reference.genera.count)) genera, \(reference.scores.count) scores (\(reference.provenance.droppedBelowDepth) samples below the depth dropped)"
        )
    }
}

/// `gutskin reference inspect REF`: what a reference holds.
struct ReferenceInspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show what a reference holds: site, samples, depth, provenance and score ranges.",
        discussion: "REF is a reference file, or the name of a built-in reference (\(DefaultReferences.names.joined(separator: ", "))).")

    @Argument(help: "Reference file (.json) or built-in reference name.")
    var reference: String

    func run() throws {
        let loaded = try GutSkinReference.load(reference)
        print(ReferenceSummary.text(loaded))
    }
}

/// The last path component, as references record their inputs.
func fileName(_ path: String) -> String { URL(fileURLWithPath: path).lastPathComponent }
