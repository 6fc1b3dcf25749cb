import Foundation

/// What q2-longitudinal's volatility chart shows, computed: each individual's series over the
/// states, each group's mean at every state, and control limits at the global mean ± 2 and ± 3
/// sample standard deviations (pandas' `mean()` and `std()`, ddof = 1) of the metric over all samples.
/// Reference: Bokulich et al. 2018, doi:10.1128/mSystems.00219-18 (volatility / control charts).
public struct Volatility: Sendable {
    public struct Series: Sendable {
        public let individual: String
        public let group: String
        /// (state, value), by state.
        public let points: [(state: Double, value: Double)]
    }

    public struct GroupMean: Sendable, Equatable {
        public let group: String
        public let state: Double
        public let mean: Double
        public let count: Int
    }

    public let metric: String
    public let stateColumn: String
    public let series: [Series]
    public let groupMeans: [GroupMean]
    public let globalMean: Double
    public let globalStandardDeviation: Double
    /// Samples used (metric and state present), as (sample id, individual, group, state, value).
    public let rows: [(sample: String, individual: String, group: String, state: Double, value: Double)]

    /// Samples with a missing metric, state or individual are left out; without a group column everyone is in "all".
    public init(samples: LongitudinalSamples) throws(LongitudinalError) {
        try samples.requireNumericStates()
        var rows = [(sample: String, individual: String, group: String, state: Double, value: Double)]()
        for index in samples.sampleIDs.indices {
            guard let individual = samples.individuals[index], case .number(let state)? = samples.states.values[index] else { continue }
            let value = samples.metric.values[index]
            guard !value.isNaN else { continue }
            let group = samples.groupColumn == nil ? "all" : samples.groups[index] ?? "(missing)"
            rows.append((samples.sampleIDs[index], individual, group, state, value))
        }
        guard rows.count >= 2 else { throw .noPairs(detail: "fewer than two samples have a metric value and a state") }
        var order = [String]()
        var pointsOf = [String: [(state: Double, value: Double)]]()
        var groupOf = [String: String]()
        for row in rows {
            if pointsOf[row.individual] == nil {
                order.append(row.individual)
                groupOf[row.individual] = row.group
            }
            pointsOf[row.individual, default: []].append((row.state, row.value))
        }
        series = order.map { Series(individual: $0, group: groupOf[$0]!, points: pointsOf[$0]!.sorted { $0.state < $1.state }) }
        var groupOrder = [String]()
        var sums = [String: [Double: (Double, Int)]]()
        for row in rows {
            if sums[row.group] == nil { groupOrder.append(row.group) }
            let current = sums[row.group, default: [:]][row.state] ?? (0, 0)
            sums[row.group, default: [:]][row.state] = (current.0 + row.value, current.1 + 1)
        }
        groupMeans = groupOrder.flatMap { group in
            sums[group]!.keys.sorted().map { state in
                let (sum, count) = sums[group]![state]!
                return GroupMean(group: group, state: state, mean: sum / Double(count), count: count)
            }
        }
        let values = rows.map(\.value)
        let mean = values.reduce(0, +) / Double(values.count)
        globalMean = mean
        globalStandardDeviation = (values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count - 1)).squareRoot()
        metric = samples.metric.name
        stateColumn = samples.states.name
        self.rows = rows
    }

    /// Control limits: mean − 3 SD, − 2 SD, + 2 SD, + 3 SD.
    public var controlLimits: [Double] { [-3.0, -2, 2, 3].map { globalMean + $0 * globalStandardDeviation } }
}
