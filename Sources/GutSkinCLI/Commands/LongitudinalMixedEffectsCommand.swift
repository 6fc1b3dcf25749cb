import ArgumentParser
import Foundation
import GutSkinCore
import GutSkinFormats
import GutSkinLongitudinal

/// `gutskin longitudinal linear-mixed-effects --metadata M --metric X --state-column … --individual-id-column …
/// [--group-columns a,b] [--random-effects week] [--formula 'y ~ week * diet'] -o out/`.
struct LongitudinalMixedEffectsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "linear-mixed-effects",
        abstract: "A linear mixed-effects model with a random intercept per individual (REML), as q2-longitudinal's.",
        discussion: """
            Formula by default 'metric ~ state * group1 * group2 …' (q2-longitudinal's); --formula \
            takes patsy's language (+, *, :, C(column), - 1). --random-effects adds random slopes. \
            Rows with a missing value in a model column are left out. Writes model_results.tsv \
            (Coef., Std.Err., z, P>|z|, [0.025, 0.975]), model_summary.tsv and parameters.tsv.
            """)

    @Option(help: "Sample metadata (QIIME 2 TSV or QIIME 1 mapping file).")
    var metadata: String

    @Option(help: "The dependent variable: a numeric metadata column, a feature id of --table, or an alpha metric of --table.")
    var metric: String

    @Option(help: "Feature table for a feature or alpha metric.")
    var table: String?

    @Option(help: "Metadata column of states (time); numeric.")
    var stateColumn: String

    @Option(help: "Metadata column naming the individual each sample comes from (the random-effects groups).")
    var individualIdColumn: String

    @Option(help: "Comma-separated metadata columns crossed with the state in the default formula.")
    var groupColumns: String?

    @Option(help: "Comma-separated numeric columns given random slopes (e.g. the state column).")
    var randomEffects: String?

    @Option(help: "A formula replacing the default, e.g. 'shannon ~ week * C(arm)'.")
    var formula: String?

    @Option(name: [.short, .customLong("output")], help: "Output folder.")
    var output: String

    @OptionGroup var progress: ProgressOptions

    func run() throws {
        let groups = groupColumns?.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) } ?? []
        let slopes = randomEffects?.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) } ?? []
        let modelFormula = formula ?? "\(metric) ~ " + ([stateColumn] + groups).joined(separator: " * ")
        let read = try MetadataTSV.read(path: metadata)
        let featureTable = try table.map { try FeatureTableFile.read(path: $0) }
        let values = try MetricValues.resolve(metric, metadata: read, metadataFile: metadata, table: featureTable, tableFile: table)
        let merged = try Self.merge(values, into: read)
        let samples = try LongitudinalSamples(
            metadata: merged, file: metadata, individualColumn: individualIdColumn, stateColumn: stateColumn,
            groupColumn: nil, metric: .none(rows: merged.ids.count), metricColumn: metric)
        try samples.requireNumericStates()
        var result = try MixedLinearModel.fit(
            metadata: merged, file: metadata, formula: modelFormula, groupColumn: individualIdColumn, randomEffects: slopes)
        var notes = [String]()
        if let singular = result.singularity, !slopes.isEmpty {
            let message = "the random-slope model is singular (\(singular)); the random-intercept model is written instead"
            progress.note("note: " + message)
            notes.append(message)
            result = try MixedLinearModel.fit(
                metadata: merged, file: metadata, formula: modelFormula, groupColumn: individualIdColumn, randomEffects: [])
        }
        if result.droppedRows > 0 { progress.note("note: \(result.droppedRows) rows with a missing value in a model column left out") }
        let parameters = LongitudinalInputs.parameters([
            ("Metric", metric), ("Group column", groups.joined(separator: ", ")), ("State column", stateColumn),
            ("Individual ID column", individualIdColumn), ("Random effects", slopes.joined(separator: ", ")),
            ("Formula", modelFormula),
        ])
        let summary =
            "statistic\tvalue\n" + result.summaryRows.map { "\($0.0)\t\($0.1)\n" }.joined()
            + notes.map { "Note:\t\($0)\n" }.joined()
        let table = LongitudinalTables.mixedModel(result)
        try LongitudinalInputs.writeFolder(
            output,
            files: [
                ("model_results.tsv", table), ("model_summary.tsv", summary), ("parameters.tsv", parameters),
            ])
        print(table, terminator: "")
        print(
            "REML criterion \(LongitudinalTables.number(result.remlCriterion)), scale \(LongitudinalTables.number(result.scale)), "
                + "\(result.observations) observations in \(result.groupCount) groups")
        progress.note("wrote \(output)")
    }

    /// The metadata narrowed to the metric's samples, with the metric as a column when it came from the table.
    static func merge(_ values: MetricValues, into metadata: SampleMetadata) throws -> SampleMetadata {
        let rows = metadata.ids.indices.filter { values.included[$0] }
        var columns = metadata.columns.map { column in
            MetadataColumn(name: column.name, kind: column.kind, values: rows.map { column.values[$0] })
        }
        if metadata.column(named: values.name) == nil {
            columns.append(
                MetadataColumn(
                    name: values.name, kind: .numeric,
                    values: rows.map { values.values[$0].isNaN ? nil : PythonFloatFormat.repr(values.values[$0]) }))
        }
        return try SampleMetadata(idHeader: metadata.idHeader, ids: rows.map { metadata.ids[$0] }, columns: columns)
    }
}
