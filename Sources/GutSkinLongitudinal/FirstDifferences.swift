import GutSkinCore

/// The result of `first-differences` / `first-distances`: one value per later sample.
public struct FirstDifferences: Sendable {
    /// "Difference" or "Distance", the column q2-longitudinal writes.
    public let valueName: String
    /// (later sample id, value), in the order of the state steps.
    public let rows: [(sampleID: String, value: Double)]
    public let notes: [String]

    /// q2-longitudinal's `_first_differences`: states sorted; for every two consecutive states
    /// (or each state against `baseline`), each individual's pair of samples (`SamplePairing`),
    /// then the metric's change Y(t) − Y(t−1) (or Y(t) − Y(baseline)) or the distance between the
    /// two samples. Pairs with a missing value or absent from the matrix are dropped. The state
    /// column must be numeric. Reference: Bokulich et al. 2018, doi:10.1128/mSystems.00219-18.
    public static func run(
        samples: LongitudinalSamples, measure: PairwiseComparison.Measure, baseline: String?,
        handling: ReplicateHandling, seed: UInt64 = 0
    ) throws(LongitudinalError) -> FirstDifferences {
        try samples.requireNumericStates()
        var states = samples.states.distinctStates
        if let baseline {
            let state = try samples.states.state(baseline, file: samples.file)
            guard let position = states.firstIndex(of: state) else {
                throw .stateAbsent(file: samples.file, column: samples.states.name, state: baseline)
            }
            states.remove(at: position)
            states.insert(state, at: 0)
        }
        var pairing = SamplePairing(samples: samples, handling: handling, seed: seed)
        let allRows = Array(samples.sampleIDs.indices)
        var rows = [(sampleID: String, value: Double)]()
        var notes = [String]()
        for step in 0..<(states.count - 1) {
            let before = baseline == nil ? states[step] : states[0]
            let (pairs, pairNotes) = try pairing.pairs(rows: allRows, first: before, second: states[step + 1])
            notes += pairNotes
            for pair in pairs {
                let value: Double
                switch measure {
                case .difference: value = samples.metric.values[pair.after] - samples.metric.values[pair.before]
                case .distance(let lookup):
                    guard let distance = lookup.distance(samples.sampleIDs[pair.before], samples.sampleIDs[pair.after]) else { continue }
                    value = distance
                }
                if !value.isNaN { rows.append((samples.sampleIDs[pair.after], value)) }
            }
        }
        guard !rows.isEmpty else {
            throw .noPairs(
                detail: "no individual has samples at two states (or replicates were dropped); "
                    + "check the columns and the replicate handling")
        }
        var valueName = "Difference"
        if case .distance = measure { valueName = "Distance" }
        return FirstDifferences(valueName: valueName, rows: rows, notes: notes)
    }
}
