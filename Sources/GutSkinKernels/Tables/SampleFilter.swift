import GutSkinCore

/// A condition on a metadata column, written `COLUMN=VALUE` or `COLUMN!=VALUE` on the command
/// line. Conditions on the same column are alternatives (OR); on different columns, all must hold.
public struct MetadataCondition: Sendable, Equatable {
    public let column: String
    public let value: String
    public let negated: Bool

    public init(column: String, value: String, negated: Bool = false) {
        self.column = column
        self.value = value
        self.negated = negated
    }

    /// Parses `COLUMN=VALUE` or `COLUMN!=VALUE`; `nil` when there is no `=`.
    public init?(parsing text: String) {
        guard let equals = text.firstIndex(of: "=") else { return nil }
        var column = String(text[..<equals])
        let negated = column.hasSuffix("!")
        if negated { column.removeLast() }
        guard !column.isEmpty else { return nil }
        self.init(column: column, value: String(text[text.index(after: equals)...]), negated: negated)
    }
}

/// Keeps the samples and features that pass a filter, reporting what was removed and why —
/// nothing is dropped silently.
public struct SampleFilter: Sendable {
    public var conditions: [MetadataCondition] = []
    public var minimumDepth: Double = 0
    /// Keep features present (non-zero) in at least this fraction of the kept samples.
    public var minimumPrevalence: Double = 0

    public init(conditions: [MetadataCondition] = [], minimumDepth: Double = 0, minimumPrevalence: Double = 0) {
        self.conditions = conditions
        self.minimumDepth = minimumDepth
        self.minimumPrevalence = minimumPrevalence
    }

    /// What filtering did.
    public struct Result: Sendable {
        public let table: FeatureTable
        public let samplesNotInMetadata: [String]
        public let samplesFailingConditions: [String]
        public let samplesBelowDepth: [String]
        public let featuresRemoved: Int
    }

    /// Applies the filter. Metadata is required when there are conditions.
    public func apply(to table: FeatureTable, metadata: SampleMetadata?) throws(SampleFilterError) -> Result {
        var columns = [String: MetadataColumn]()
        if !conditions.isEmpty {
            guard let metadata else { throw .conditionsNeedMetadata }
            for condition in conditions where columns[condition.column] == nil {
                guard let column = metadata.column(named: condition.column) else {
                    throw .unknownColumn(condition.column, available: metadata.columns.map(\.name))
                }
                columns[condition.column] = column
            }
        }
        let grouped = Dictionary(grouping: conditions, by: \.column)
        let totals = table.sampleTotals
        var kept = [Int]()
        var notInMetadata = [String]()
        var failing = [String]()
        var shallow = [String]()
        for sample in 0..<table.sampleCount {
            let id = table.sampleIDs[sample]
            if !conditions.isEmpty {
                guard let row = metadata?.row(of: id) else {
                    notInMetadata.append(id)
                    continue
                }
                let passes = grouped.allSatisfy { name, alternatives in
                    let value = columns[name]!.values[row]
                    let positives = alternatives.filter { !$0.negated }
                    let negatives = alternatives.filter(\.negated)
                    if negatives.contains(where: { $0.value == value }) { return false }
                    return positives.isEmpty || positives.contains { $0.value == value }
                }
                if !passes {
                    failing.append(id)
                    continue
                }
            }
            if totals[sample] < minimumDepth {
                shallow.append(id)
                continue
            }
            kept.append(sample)
        }
        let samples = table.selectingSamples(kept)
        let prevalence = samples.featurePrevalence
        let needed = max(1, Int((minimumPrevalence * Double(samples.sampleCount)).rounded(.up)))
        let features = prevalence.indices.filter { prevalence[$0] >= needed }
        let result = features.count == samples.featureCount ? samples : samples.selectingFeatures(features)
        return Result(
            table: result, samplesNotInMetadata: notInMetadata, samplesFailingConditions: failing,
            samplesBelowDepth: shallow, featuresRemoved: table.featureCount - features.count)
    }
}

/// Why a filter could not be applied.
public enum SampleFilterError: Error, CustomStringConvertible, Equatable {
    /// Conditions on metadata values were given without the sample metadata they are about.
    case conditionsNeedMetadata
    /// A condition names a column the metadata does not have.
    case unknownColumn(String, available: [String])

    public var description: String {
        switch self {
        case .conditionsNeedMetadata: return "conditions on metadata values need sample metadata to say which samples have which values"
        case .unknownColumn(let name, let available):
            let shown = available.prefix(12).joined(separator: ", ")
            return "the metadata has no column '\(name)' (columns: \(shown)\(available.count > 12 ? ", …" : ""))"
        }
    }
}
