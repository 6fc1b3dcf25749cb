import GutSkinKernels

/// Many two-group comparisons of daily symptom values tested at once with one set of block
/// permutations of the symptom series (`BlockPermutation`): for each family of exposed days within
/// a population of comparable days, and each symptom, the statistic is mean(symptom on exposed days)
/// − mean(symptom on the population's other days), over days the symptom was logged. Every
/// comparison sees the same permutations, and p = (count of |permuted| ≥ |observed| + 1) /
/// (permutations + 1). Work is split into fixed chunks of permutations whose integer counts are
/// summed, so the result is the same for any thread count.
struct PermutationScan: Sendable {
    struct Family: Sendable {
        /// Days counted as exposed (ascending).
        let exposed: [Int32]
        /// Index into `populations`: the exposed days and the comparison days together.
        let population: Int
    }

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

    /// outcomes[family][symptom].
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
        let tested = (0..<(families.count * s)).map {
            observed.exposedCounts[$0] >= Double(minimumDays) && observed.unexposedCounts[$0] >= Double(minimumDays)
        }
        var counts = [Int](repeating: 0, count: families.count * s)
        if permutations > 0 && tested.contains(true) {
            let permutation = BlockPermutation(dayCount: n, blockLength: blockLength, seed: seed)
            let thresholds = observed.effects.map { abs($0) - 1e-12 * max(1, abs($0)) }
            let chunkCount = min(permutations, 64)
            let done = progress.map { ProgressCounter(total: permutations, report: $0) }
            let chunks = Parallel.map(count: chunkCount, threads: threads) { chunk -> [Int] in
                var local = [Int](repeating: 0, count: families.count * s)
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
        return families.indices.map { f in
            (0..<s).map { k in
                let i = f * s + k
                let p = tested[i] && permutations > 0 ? Double(counts[i] + 1) / Double(permutations + 1) : nil
                return Outcome(
                    effect: observed.effects[i], exposedCount: Int(observed.exposedCounts[i]),
                    unexposedCount: Int(observed.unexposedCounts[i]), pValue: p)
            }
        }
    }

    /// Buffers for the statistics of one arrangement of the symptom values, reused across permutations.
    private struct Workspace {
        let scan: PermutationScan
        let s: Int
        /// True when every symptom was logged on every day, so day counts need no summing.
        let complete: Bool
        var populationSums: [Double], populationCounts: [Double]
        var sums: [Double], counts: [Double]
        /// effects[family * s + symptom], and the day counts behind them.
        var effects: [Double], exposedCounts: [Double], unexposedCounts: [Double]

        init(scan: PermutationScan) {
            self.scan = scan
            s = scan.symptoms.count
            complete = scan.symptoms.allSatisfy { !$0.contains(where: \.isNaN) }
            populationSums = [Double](repeating: 0, count: scan.populations.count * s)
            populationCounts = populationSums
            sums = [Double](repeating: 0, count: s)
            counts = sums
            effects = [Double](repeating: 0, count: scan.families.count * s)
            exposedCounts = effects
            unexposedCounts = effects
        }

        mutating func compute(values: [Double], valid: [Double]) {
            let s = self.s
            let complete = self.complete
            values.withUnsafeBufferPointer { y in
                valid.withUnsafeBufferPointer { v in
                    populationSums.withUnsafeMutableBufferPointer { totals in
                        populationCounts.withUnsafeMutableBufferPointer { totalCounts in
                            for (index, population) in scan.populations.enumerated() {
                                let base = index * s
                                for k in 0..<s {
                                    totals[base + k] = 0
                                    totalCounts[base + k] = 0
                                }
                                population.withUnsafeBufferPointer { days in
                                    for t in days {
                                        let row = Int(t) * s
                                        for k in 0..<s {
                                            totals[base + k] += y[row + k]
                                            totalCounts[base + k] += v[row + k]
                                        }
                                    }
                                }
                            }
                            sums.withUnsafeMutableBufferPointer { sum in
                                counts.withUnsafeMutableBufferPointer { count in
                                    for (f, family) in scan.families.enumerated() {
                                        for k in 0..<s {
                                            sum[k] = 0
                                            count[k] = 0
                                        }
                                        family.exposed.withUnsafeBufferPointer { days in
                                            if complete {
                                                // Every day logged for every symptom: counts are the list's length.
                                                for t in days {
                                                    let row = Int(t) * s
                                                    for k in 0..<s { sum[k] += y[row + k] }
                                                }
                                                for k in 0..<s { count[k] = Double(days.count) }
                                            } else {
                                                for t in days {
                                                    let row = Int(t) * s
                                                    for k in 0..<s {
                                                        sum[k] += y[row + k]
                                                        count[k] += v[row + k]
                                                    }
                                                }
                                            }
                                        }
                                        let base = family.population * s
                                        for k in 0..<s {
                                            let n1 = count[k]
                                            let n0 = totalCounts[base + k] - n1
                                            let s1 = sum[k]
                                            let s0 = totals[base + k] - s1
                                            effects[f * s + k] = n1 > 0 && n0 > 0 ? s1 / n1 - s0 / n0 : 0
                                            exposedCounts[f * s + k] = n1
                                            unexposedCounts[f * s + k] = n0
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
