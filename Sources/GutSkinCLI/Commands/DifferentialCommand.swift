import ArgumentParser
import Foundation
import GutSkinCore
import GutSkinFormats
import GutSkinKernels
import GutSkinMultivariate

/// Differential-abundance methods `gutskin differential` knows.
enum DifferentialMethod: String, ExpressibleByArgument, CaseIterable {
    /// ANCOM-BC (Lin & Peddada 2020), as scikit-bio 0.7.4.
    case ancombc
    /// ALDEx2-style test on Monte Carlo CLR instances (Fernandes et al. 2014): two groups only.
    case aldex
}

extension PValueAdjustment: ExpressibleByArgument {}

/// `gutskin differential TABLE --metadata M --column C [--reference G | --versus L] … -o results.tsv`.
struct DifferentialCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "differential",
        abstract: "Test which features differ in abundance between groups (ANCOM-BC as scikit-bio, or ALDEx2-style).",
        discussion: """
            Fits ANCOM-BC (Lin & Peddada 2020) exactly as scikit-bio 0.7.4's ancombc does, with a \
            pseudocount (default 1) added to every count. --column names the grouping; --reference \
            picks the baseline group (default: the first in sorted order, as Patsy). --versus LEVEL \
            compares LEVEL with every other answer ('not LEVEL'): blank cells count as 'not LEVEL' (a \
            survey that writes only 'Y' leaves the others blank), while NA and unknown stay missing. \
            Samples missing from the metadata or with a missing group or covariate are dropped; every \
            sample and feature removed by --where, --min-depth and --min-prevalence is counted on stderr. \
            One output row per feature and tested coefficient. --method aldex (two groups): Dirichlet \
            Monte Carlo instances of each sample (counts + 0.5) → base-2 CLR → Welch t and Wilcoxon \
            rank-sum per feature, BH within each instance; p_value/q_value are the expected Welch \
            values, with the Wilcoxon ones and ALDEx2's effect size in their own columns (there is no \
            standard error in this method).
            """)

    @Argument(help: "Feature table (counts).")
    var table: String

    @Option(help: "Sample metadata (QIIME 2 metadata TSV or QIIME 1 mapping file).")
    var metadata: String

    @Option(help: "Metadata column holding the groups.")
    var column: String

    @Option(help: "Baseline group of --column (default: first in sorted order).")
    var reference: String?

    @Option(help: "Compare this level of --column with every other answer (blank counts as 'not LEVEL').")
    var versus: String?

    @Option(name: .customLong("covariate"), help: "Numeric metadata column to adjust for (repeatable).")
    var covariates: [String] = []

    @Option(name: .customLong("where"), help: "Keep samples where COLUMN=VALUE (or drop where COLUMN!=VALUE); repeatable.")
    var conditions: [String] = []

    @Option(help: "Collapse features to this rank first (domain … species).")
    var rank: TaxonomicRank?

    @Option(help: "Method: ancombc or aldex.")
    var method: DifferentialMethod = .ancombc

    @Option(help: "aldex: Monte Carlo instances.")
    var instances: Int = 128

    @Option(help: "aldex: random seed (the same seed gives the same result).")
    var seed: UInt64 = 1

    @Option(help: "Threads (default: all cores).")
    var threads: Int?

    @Option(help: "Keep features present in at least this fraction (0–1) of the tested samples.")
    var minPrevalence: Double = 0

    @Option(help: "Drop samples with fewer reads than this.")
    var minDepth: Double = 0

    @Option(help: "Multiple-testing correction per coefficient: holm (scikit-bio's default), bh or none.")
    var pAdjust: PValueAdjustment = .holm

    @Option(help: "Significance level for the 'passed' column.")
    var alpha: Double = 0.05

    @Option(help: "Added to every count before the logarithm (0: none, zeros are then an error).")
    var pseudocount: Double = 1

    @Option(name: [.short, .customLong("output")], help: "Results TSV.")
    var output: String

    @OptionGroup var progress: ProgressOptions

    func validate() throws {
        guard instances >= 1 else { throw ValidationError("--instances must be at least 1") }
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
        if method == .aldex && !covariates.isEmpty {
            throw ValidationError("--covariate applies to ancombc only; aldex compares two groups")
        }
        for condition in conditions where MetadataCondition(parsing: condition) == nil {
            throw ValidationError("--where '\(condition)' is not of the form COLUMN=VALUE or COLUMN!=VALUE")
        }
        guard (0...1).contains(minPrevalence) else { throw ValidationError("--min-prevalence must be a fraction from 0 to 1") }
        guard minDepth >= 0 else { throw ValidationError("--min-depth must not be negative") }
        guard alpha > 0 && alpha < 1 else { throw ValidationError("--alpha must lie strictly between 0 and 1") }
        guard pseudocount >= 0 && pseudocount.isFinite else { throw ValidationError("--pseudocount must be a non-negative number") }
        if reference != nil && versus != nil {
            throw ValidationError("--reference and --versus exclude each other (with --versus the reference is 'not LEVEL')")
        }
    }

    func run() throws {
        var input = try FeatureTableFile.read(path: table)
        if let rank {
            do {
                let before = input.featureCount
                input = try input.collapsed(to: rank)
                progress.note("collapsed \(grouped(before)) features into \(grouped(input.featureCount)) at \(rank) level")
            } catch {
                throw FileError(file: table, reason: "cannot be collapsed: \(error)")
            }
        }
        let sampleMetadata = try MetadataTSV.read(path: metadata)
        guard let groupColumn = sampleMetadata.column(named: column) else {
            throw FileError(file: metadata, reason: "has no column '\(column)'")
        }
        // With --versus, blank cells are answers ('not LEVEL'): read the column again with only
        // blank cells missing, to tell blank from the explicit markers NA and unknown.
        var blankRows = Set<Int>()
        if versus != nil {
            let blankOnly = try MetadataTSV.read(path: metadata, missingValues: [])
            if let raw = blankOnly.column(named: column) {
                for (row, value) in raw.values.enumerated() where value == nil { blankRows.insert(row) }
            }
        }
        var covariateColumns = [MetadataColumn]()
        for name in covariates {
            guard let covariate = sampleMetadata.column(named: name) else {
                throw FileError(file: metadata, reason: "has no column '\(name)'")
            }
            guard covariate.kind == .numeric else {
                throw FileError(file: metadata, reason: "column '\(name)' is not numeric, so it cannot be a --covariate")
            }
            covariateColumns.append(covariate)
        }

        // 1. --where and --min-depth.
        let sampleFilter = SampleFilter(
            conditions: conditions.compactMap(MetadataCondition.init(parsing:)), minimumDepth: minDepth)
        let filtered = try sampleFilter.apply(to: input, metadata: sampleMetadata)
        if !filtered.samplesNotInMetadata.isEmpty {
            progress.note(
                "dropped \(filtered.samplesNotInMetadata.count) samples not in the metadata: \(abbreviatedList(filtered.samplesNotInMetadata))"
            )
        }
        if !filtered.samplesFailingConditions.isEmpty {
            progress.note("dropped \(filtered.samplesFailingConditions.count) samples not matching --where")
        }
        if !filtered.samplesBelowDepth.isEmpty {
            progress.note(
                "dropped \(filtered.samplesBelowDepth.count) samples below \(number(minDepth)) reads (--min-depth): \(abbreviatedList(filtered.samplesBelowDepth))"
            )
        }

        // 2. Groups and covariates; samples with missing values are dropped and listed.
        var keptSamples = [Int]()
        var levels = [String]()
        var notInMetadata = [String]()
        var missing = [String]()
        let covariateNumbers = covariateColumns.map(\.numericValues)  // parsed once, not per sample
        var covariateValues = [[Double]](repeating: [], count: covariateColumns.count)
        for (index, id) in filtered.table.sampleIDs.enumerated() {
            guard let row = sampleMetadata.row(of: id) else {
                notInMetadata.append(id)
                continue
            }
            var level = groupColumn.values[row]
            if let versus {
                if level == versus {
                    level = versus
                } else if level != nil || blankRows.contains(row) {
                    level = "not \(versus)"
                }
            }
            let numbers = covariateNumbers.map { $0[row] }
            guard let level, numbers.allSatisfy({ $0 != nil }) else {
                missing.append(id)
                continue
            }
            keptSamples.append(index)
            levels.append(level)
            for (position, value) in numbers.enumerated() { covariateValues[position].append(value ?? .nan) }
        }
        if !notInMetadata.isEmpty {
            progress.note("dropped \(notInMetadata.count) samples not in the metadata: \(abbreviatedList(notInMetadata))")
        }
        if !missing.isEmpty {
            let what = ([column] + covariates).map { "'\($0)'" }.joined(separator: " or ")
            progress.note("dropped \(missing.count) samples with \(what) missing: \(abbreviatedList(missing))")
        }
        let withGroups = filtered.table.selectingSamples(keptSamples)

        // 3. --min-prevalence over the tested samples; features without reads are always removed.
        let prevalenceFilter = SampleFilter(minimumPrevalence: minPrevalence)
        let tested = try prevalenceFilter.apply(to: withGroups, metadata: nil).table
        let removedFeatures = input.featureCount - tested.featureCount
        if removedFeatures > 0 {
            progress.note(
                "removed \(grouped(removedFeatures)) features absent from the tested samples or below --min-prevalence \(number(minPrevalence))"
            )
        }

        let design = try ANCOMBCDesign(
            factorName: column, levels: levels, reference: versus.map { "not \($0)" } ?? reference,
            covariates: zip(covariates, covariateValues).map { (name: $0, values: $1) })
        let counts = Dictionary(grouping: levels, by: { $0 }).mapValues(\.count)
        if method == .aldex {
            try runALDEx2(tested, levels: levels, reference: design.referenceLevel, counts: counts)
            return
        }
        let model = ANCOMBC(pseudocount: pseudocount, alpha: alpha, pValueAdjustment: pAdjust)
        let result = try model.fit(tested, design: design)
        try AtomicFileWriter.write(Data(Self.table(result, taxonomy: tested.featureTaxonomy).utf8), to: output)
        let sizes = counts.keys.sorted().map { "\($0) \(counts[$0] ?? 0)" }.joined(separator: ", ")
        progress.note(
            "wrote \(output): \(grouped(tested.featureCount)) features × \(result.coefficients.count - 1) coefficients, \(grouped(tested.sampleCount)) samples (\(sizes); reference '\(design.referenceLevel)')"
        )
    }

    /// The ALDEx2-style test of the non-reference group against the reference.
    private func runALDEx2(_ tested: FeatureTable, levels: [String], reference: String, counts: [String: Int]) throws {
        let others = Set(levels).subtracting([reference]).sorted()
        guard others.count == 1, let group = others.first else {
            throw ValidationError(
                "--method aldex compares two groups; '\(column)' has \(others.count + 1) (\((others + [reference]).sorted().joined(separator: ", "))). Narrow it with --where or use --versus"
            )
        }
        let results = try ALDEx2.run(
            counts: tested.denseRows, groups: levels.map { $0 == reference ? 0 : 1 },
            options: .init(monteCarloInstances: instances, seed: seed, threads: threads))
        var lines = [
            (["feature", "coefficient"] + (tested.featureTaxonomy == nil ? [] : ["taxonomy"])
                + ["estimate", "effect", "p_value", "q_value", "wilcoxon_p_value", "wilcoxon_q_value", "passed"]).joined(separator: "\t")
        ]
        func format(_ value: Double) -> String { value.isNaN ? "" : "\(value)" }
        for (index, result) in results.enumerated() {
            var cells = [tested.featureIDs[index], "\(column)[\(group) vs \(reference)]"]
            if let taxonomy = tested.featureTaxonomy { cells.append(taxonomy[index].lineage) }
            cells += [
                format(result.estimate), format(result.effect), format(result.welchP), format(result.welchQ),
                format(result.wilcoxonP), format(result.wilcoxonQ), result.welchQ < alpha ? "true" : "false",
            ]
            lines.append(cells.joined(separator: "\t"))
        }
        try AtomicFileWriter.write(Data((lines.joined(separator: "\n") + "\n").utf8), to: output)
        let sizes = counts.keys.sorted().map { "\($0) \(counts[$0] ?? 0)" }.joined(separator: ", ")
        progress.note(
            "wrote \(output): \(grouped(tested.featureCount)) features, \(grouped(tested.sampleCount)) samples (\(sizes); reference '\(reference)'), \(instances) Monte Carlo instances, seed \(seed)"
        )
    }

    /// The results TSV: one row per feature and non-intercept coefficient.
    static func table(_ result: ANCOMBCResult, taxonomy: [Taxonomy]?) -> String {
        var lines = [
            (["feature", "coefficient"] + (taxonomy == nil ? [] : ["taxonomy"])
                + ["estimate", "standard_error", "W", "p_value", "q_value", "passed"]).joined(separator: "\t")
        ]
        func format(_ value: Double) -> String { value.isNaN ? "" : "\(value)" }
        for coefficient in result.coefficients.dropFirst() {
            for (index, feature) in result.featureIDs.enumerated() {
                var cells = [feature, coefficient.name]
                if let taxonomy { cells.append(taxonomy[index].lineage) }
                cells += [
                    format(coefficient.estimate[index]), format(coefficient.standardError[index]),
                    format(coefficient.w[index]), format(coefficient.pValue[index]), format(coefficient.qValue[index]),
                    coefficient.passed[index] ? "true" : "false",
                ]
                lines.append(cells.joined(separator: "\t"))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
