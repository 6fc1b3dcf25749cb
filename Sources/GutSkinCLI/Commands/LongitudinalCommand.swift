import ArgumentParser
import Foundation
import GutSkinCore
import GutSkinFormats
import GutSkinLongitudinal

extension ReplicateHandling: ExpressibleByArgument {}

/// `gutskin longitudinal <subcommand>`: q2-longitudinal's methods for samples followed over time.
struct LongitudinalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "longitudinal",
        abstract: "Changes over time within individuals (q2-longitudinal's methods).",
        discussion: """
            Paired differences and distances between two states, first differences and distances \
            between successive states (or from a baseline), and linear mixed-effects models, as \
            q2-longitudinal computes them. Results are associations, not causes.
            """,
        subcommands: [
            LongitudinalPairwiseDifferencesCommand.self, LongitudinalPairwiseDistancesCommand.self,
            LongitudinalFirstDifferencesCommand.self, LongitudinalFirstDistancesCommand.self,
            LongitudinalMixedEffectsCommand.self, LongitudinalANOVACommand.self, LongitudinalNMITCommand.self,
            LongitudinalVolatilityCommand.self, LongitudinalUsualChangeCommand.self, LongitudinalBeforeAfterCommand.self,
        ])
}

/// The columns that place each sample in time, shared by the subcommands.
struct LongitudinalColumnOptions: ParsableArguments {
    @Option(help: "Sample metadata (QIIME 2 TSV or QIIME 1 mapping file).")
    var metadata: String

    @Option(help: "Metadata column of states (time points); numeric for first differences.")
    var stateColumn: String

    @Option(help: "Metadata column naming the individual each sample comes from.")
    var individualIdColumn: String

    @Option(help: "An individual with two samples at one state: error, random (seeded) or drop.")
    var replicateHandling: ReplicateHandling = .error

    @Option(help: "Seed for --replicate-handling random.")
    var seed: UInt64 = 0

    func readMetadata() throws -> SampleMetadata { try MetadataTSV.read(path: metadata) }
}

/// Reading the metric (metadata column, feature or alpha metric) and the samples, shared by the subcommands.
enum LongitudinalInputs {
    static func samples(
        columns: LongitudinalColumnOptions, metric: String?, table: String?, groupColumn: String?
    ) throws -> LongitudinalSamples {
        let metadata = try columns.readMetadata()
        let values: MetricValues
        if let metric {
            let featureTable = try table.map { try FeatureTableFile.read(path: $0) }
            values = try MetricValues.resolve(
                metric, metadata: metadata, metadataFile: columns.metadata, table: featureTable, tableFile: table)
        } else {
            values = .none(rows: metadata.ids.count)
        }
        return try LongitudinalSamples(
            metadata: metadata, file: columns.metadata, individualColumn: columns.individualIdColumn,
            stateColumn: columns.stateColumn, groupColumn: groupColumn, metric: values, metricColumn: metric)
    }

    /// A distance matrix whose samples all have metadata (q2-longitudinal requires it).
    static func distances(path: String, samples: LongitudinalSamples, metadata: SampleMetadata) throws -> DistanceLookup {
        let lookup = DistanceLookup(try DistanceMatrixFile.read(path: path))
        let missing = lookup.idsMissing(from: metadata.ids)
        guard missing.isEmpty else { throw LongitudinalError.samplesMissingFromMetadata(file: path, samples: missing) }
        return lookup
    }

    /// Writes `files` (name → text) as one output folder, replaced only when it is an earlier longitudinal output.
    static func writeFolder(_ path: String, files: [(String, String)]) throws {
        let folder = OutputFolder(path: path, kind: "gutskin longitudinal output") { url in
            FileManager.default.fileExists(atPath: url.appendingPathComponent("parameters.tsv").path)
        }
        try folder.write { staging in
            for (name, text) in files {
                try Data(text.utf8).write(to: staging.appendingPathComponent(name))
            }
        }
    }

    /// A two-column parameters table written beside every output, as q2-longitudinal's summary.
    static func parameters(_ rows: [(String, String)]) -> String {
        "parameter\tvalue\n" + rows.map { "\($0.0)\t\($0.1)\n" }.joined()
    }
}
