import GutSkinCore

/// What to do when an individual has more than one sample at a state (q2-longitudinal's `replicate_handling`).
public enum ReplicateHandling: String, Sendable, CaseIterable {
    /// Stop with an error naming the individual and the samples.
    case error
    /// Keep one of them at random (seeded; q2-longitudinal draws with Python's `random.choice`).
    case random
    /// Leave the individual out of that comparison.
    case drop
}

/// One individual's two samples: `before` at the first state, `after` at the second (row indices).
public struct SamplePair: Sendable, Equatable {
    public let individual: String
    public let before: Int
    public let after: Int
}

/// Pairs each individual's samples at two states, as q2-longitudinal's `_get_group_pairs`:
/// an individual without a sample at either state is left out (and noted), replicates follow
/// `ReplicateHandling`. Individuals come in order of first appearance (q2-longitudinal iterates a
/// Python set, whose order is arbitrary).
public struct SamplePairing {
    public let samples: LongitudinalSamples
    public let handling: ReplicateHandling
    public var random: SeededRandomNumberGenerator

    public init(samples: LongitudinalSamples, handling: ReplicateHandling, seed: UInt64 = 0) {
        self.samples = samples
        self.handling = handling
        random = SeededRandomNumberGenerator(seed: seed, stream: "longitudinal-replicates")
    }

    /// Pairs among `rows` (a group's samples) between `first` and `second`; notes say who was left out and why.
    public mutating func pairs(
        rows: [Int], first: StateValue, second: StateValue
    ) throws(LongitudinalError) -> (pairs: [SamplePair], notes: [String]) {
        var order = [String]()
        var rowsOf = [String: [StateValue: [Int]]]()
        for row in rows {
            guard let individual = samples.individuals[row], let state = samples.states.values[row] else { continue }
            if rowsOf[individual] == nil { order.append(individual) }
            rowsOf[individual, default: [:]][state, default: []].append(row)
        }
        var result = [SamplePair]()
        var notes = [String]()
        let individualColumn = samples.individualColumn
        let stateColumn = samples.states.name
        for individual in order {
            var chosen = [Int]()
            for state in [first, second] {
                let matches = rowsOf[individual]?[state] ?? []
                if matches.count > 1 {
                    let ids = matches.map { samples.sampleIDs[$0] }
                    let listed = ids.joined(separator: " ")
                    notes.append("Multiple values for \(individualColumn) \(individual) at \(stateColumn) \(state) (\(listed))")
                    switch handling {
                    case .error:
                        throw .replicate(
                            file: samples.file, column: stateColumn, individual: individual, state: state.description, samples: ids)
                    case .random: chosen.append(matches.randomElement(using: &random)!)
                    case .drop: break
                    }
                } else if let only = matches.first {
                    chosen.append(only)
                } else {
                    notes.append("No values for \(individualColumn) \(individual) at \(stateColumn) \(state)")
                }
            }
            if chosen.count == 2 { result.append(SamplePair(individual: individual, before: chosen[0], after: chosen[1])) }
        }
        return (result, notes)
    }
}
