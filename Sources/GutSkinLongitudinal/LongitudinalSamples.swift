import GutSkinCore

/// The samples of a longitudinal design: who (individual), when (state), which arm (group) and
/// the metric, one entry per metadata row that takes part, in metadata order.
public struct LongitudinalSamples: Sendable {
    /// The metadata file, for messages.
    public let file: String
    public let sampleIDs: [String]
    public let individualColumn: String
    public let individuals: [String?]
    public let states: StateColumn
    public let groupColumn: String?
    /// Group labels; `nil` entries are missing values.
    public let groups: [String?]
    public let metric: MetricValues

    /// Reads the columns from metadata; checks them as q2-longitudinal's `_validate_input_columns`:
    /// all present, all different, at least two states.
    public init(
        metadata: SampleMetadata, file: String, individualColumn: String, stateColumn: String,
        groupColumn: String?, metric: MetricValues, metricColumn: String?
    ) throws(LongitudinalError) {
        let roles = [individualColumn, groupColumn, stateColumn, metricColumn].compactMap { $0 }
        var seen = Set<String>()
        for role in roles where !seen.insert(role).inserted { throw .sameColumnTwice(column: role) }
        for column in [individualColumn, groupColumn, stateColumn].compactMap({ $0 }) where metadata.column(named: column) == nil {
            throw .missingColumn(file: file, column: column)
        }
        let rows = metadata.ids.indices.filter { metric.included[$0] }
        func pick<T>(_ values: [T]) -> [T] { rows.map { values[$0] } }
        self.file = file
        sampleIDs = pick(metadata.ids)
        self.individualColumn = individualColumn
        individuals = pick(metadata.column(named: individualColumn)!.values)
        states = StateColumn(name: stateColumn, values: pick(metadata.column(named: stateColumn)!.values))
        self.groupColumn = groupColumn
        groups = groupColumn.map { pick(metadata.column(named: $0)!.values) } ?? [String?](repeating: nil, count: rows.count)
        self.metric = MetricValues(name: metric.name, values: pick(metric.values), included: [Bool](repeating: true, count: rows.count))
        guard states.distinctStates.count >= 2 else { throw .tooFewStates(file: file, column: stateColumn) }
    }

    /// Requires a numeric state column (first differences, mixed models, volatility), naming the first non-number.
    public func requireNumericStates() throws(LongitudinalError) {
        guard !states.isNumeric else { return }
        for (row, state) in states.values.enumerated() {
            if case .text(let text)? = state, Double(text) == nil {
                throw .notNumeric(file: file, column: states.name, sample: sampleIDs[row], value: text)
            }
        }
    }

    /// Distinct group labels in order of first appearance (pandas `unique()`), missing values left out.
    public var groupNames: [String] {
        var seen = Set<String>()
        return groups.compactMap { $0 }.filter { seen.insert($0).inserted }
    }
}
