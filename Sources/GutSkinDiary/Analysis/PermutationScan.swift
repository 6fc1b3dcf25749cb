import GutSkinKernels

/// Many two-group comparisons of daily symptom values tested at once with one set of block
/// permutations of the symptom series (`BlockPermutation`): for each family of exposure days, each
/// offset (lag) and each symptom, the statistic is mean(symptom on exposed days)
/// − mean(symptom on the population's other days), over days the symptom was logged. Every
/// comparison sees the same permutations, and p = (count of |permuted| ≥ |observed| + 1) /
/// (permutations + 1). Work is split into fixed chunks of permutations whose integer counts are
/// summed, so the result is the same for any thread count.
struct PermutationScan: Sendable {
    /// Days of one exposure, compared at several offsets (lags): at offset L the exposed days are
    /// `days + L` (those before the last day), within population `populations[L's index]`.
    struct Family: Sendable {
        /// Exposure days (ascending).
        let days: [Int32]
        /// Days from exposure to symptom (ascending).
        let offsets: [Int]
        /// Index into `populations` for each offset: the exposed days and the comparison days together.
        let populations: [Int]
    }

    /// Comparisons in order: each family's offsets in turn.
    var comparisonCount: Int { families.reduce(0) { $0 + $1.offsets.count } }

    struct Outcome {
        let effect: Double
        let exposedCount: Int
        let unexposedCount: Int
        /// nil when not tested (too few days) or without permutations.
        let pValue: Double?
    }

    /// symptoms[symptom][day], NaN when not logged; every family is compared on every symptom.
    let symptoms: [[Double]]
    let populations: [[Int32]]
    let families: [Family]
    let minimumDays: Int

    /// outcomes[comparison][symptom], comparisons in family then offset order.
    func run(
        permutations: Int, blockLength: Int, seed: UInt64, threads: Int?,
        progress: (@Sendable (Double) -> Void)? = nil
    ) -> [[Outcome]] {
        let n = symptoms.first?.count ?? 0
        let s = symptoms.count
        var interleaved = [Double](repeating: 0, count: n * s)
        var logged = [Double](repeating: 0, count: n * s)
        for (k, series) in symptoms.enumerated() {
            for t in 0..<n where !series[t].isNaN {
                interleaved[t * s + k] = series[t]
                logged[t * s + k] = 1
            }
        }
        let values = interleaved
        let valid = logged
        var workspace = Workspace(scan: self)
        workspace.compute(values: values, valid: valid)
        let observed = workspace
        let tested = (0..<(comparisonCount * s)).map {
            observed.exposedCounts[$0] >= Double(minimumDays) && observed.unexposedCounts[$0] >= Double(minimumDays)
        }
        var counts = [Int](repeating: 0, count: comparisonCount * s)
        if permutations > 0 && tested.contains(true) {
            let permutation = BlockPermutation(dayCount: n, blockLength: blockLength, seed: seed)
            let thresholds = observed.effects.map { abs($0) - 1e-12 * max(1, abs($0)) }
            let chunkCount = min(permutations, 64)
            let done = progress.map { ProgressCounter(total: permutations, report: $0) }
            let chunks = Parallel.map(count: chunkCount, threads: threads) { chunk -> [Int] in
                var local = [Int](repeating: 0, count: comparisonCount * s)
                var workspace = Workspace(scan: self)
                var permutedValues = [Double](repeating: 0, count: n * s)
                var permutedValid = permutedValues
                var order = [Int](repeating: 0, count: n)
                var blockOrder = [Int]()
                for index in stride(from: chunk, to: permutations, by: chunkCount) {
                    permutation.fill(&order, blockOrder: &blockOrder, permutation: index)
                    permutedValues.withUnsafeMutableBufferPointer { y in
                        permutedValid.withUnsafeMutableBufferPointer { v in
                            values.withUnsafeBufferPointer { y0 in
                                valid.withUnsafeBufferPointer { v0 in
                                    for p in 0..<n {
                                        let source = order[p] * s
                                        let target = p * s
                                        for k in 0..<s {
                                            y[target + k] = y0[source + k]
                                            v[target + k] = v0[source + k]
                                        }
                                    }
                                }
                            }
                        }
                    }
                    workspace.compute(values: permutedValues, valid: permutedValid)
                    for i in local.indices where tested[i] && abs(workspace.effects[i]) >= thresholds[i] { local[i] += 1 }
                    done?.increment()
                }
                return local
            }
            for chunk in chunks { for i in counts.indices { counts[i] += chunk[i] } }
        }
        return (0..<comparisonCount).map { c in
            (0..<s).map { k in
                let i = c * s + k
                let p = tested[i] && permutations > 0 ? Double(counts[i] + 1) / Double(permutations + 1) : nil
                return Outcome(
                    effect: observed.effects[i], exposedCount: Int(observed.exposedCounts[i]),
                    unexposedCount: Int(observed.unexposedCounts[i]), pValue: p)
            }
        }
    }
}
