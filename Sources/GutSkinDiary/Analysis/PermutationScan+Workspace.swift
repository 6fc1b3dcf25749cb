extension PermutationScan {
    /// Buffers for the statistics of one arrangement of the symptom values, reused across permutations.
    ///
    /// Each family's days are read once for all its offsets: with consecutive offsets L…L+J−1 the
    /// symptom rows of days d+L … d+L+J−1 are adjacent in the interleaved layout, so one contiguous
    /// run of J·s values is added per exposure day (the hot loop of the analysis).
    struct Workspace {
        let scan: PermutationScan
        let s: Int
        /// True when every symptom was logged on every day, so day counts need no summing.
        let complete: Bool
        /// First comparison index of each family.
        let firstComparison: [Int]
        /// Per family: how many leading days have every offset inside the diary; whether offsets are consecutive.
        let fullDays: [Int], consecutive: [Bool]
        /// Per family and offset: exposure days whose shifted day is inside the diary (the counts when complete).
        let insideCounts: [[Double]]
        var populationSums: [Double], populationCounts: [Double]
        var sums: [Double], counts: [Double]
        /// effects[comparison * s + symptom], and the day counts behind them.
        var effects: [Double], exposedCounts: [Double], unexposedCounts: [Double]

        init(scan: PermutationScan) {
            self.scan = scan
            s = scan.symptoms.count
            let n = scan.symptoms.first?.count ?? 0
            complete = scan.symptoms.allSatisfy { !$0.contains(where: \.isNaN) }
            var first: [Int] = []
            var next = 0
            for family in scan.families {
                first.append(next)
                next += family.offsets.count
            }
            firstComparison = first
            fullDays = scan.families.map { family in
                let last = family.offsets.last ?? 0
                return family.days.prefix { Int($0) + last < n }.count
            }
            consecutive = scan.families.map { family in
                zip(family.offsets, family.offsets.dropFirst()).allSatisfy { $1 == $0 + 1 }
            }
            insideCounts = scan.families.map { family in
                family.offsets.map { offset in Double(family.days.filter { Int($0) + offset < n }.count) }
            }
            populationSums = [Double](repeating: 0, count: scan.populations.count * s)
            populationCounts = populationSums
            let widest = scan.families.map(\.offsets.count).max() ?? 0
            sums = [Double](repeating: 0, count: widest * s)
            counts = sums
            effects = [Double](repeating: 0, count: next * s)
            exposedCounts = effects
            unexposedCounts = effects
        }

        mutating func compute(values: [Double], valid: [Double]) {
            let s = self.s
            let complete = self.complete
            let n = values.count / max(1, s)
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
                                for t in population {
                                    let row = Int(t) * s
                                    for k in 0..<s {
                                        totals[base + k] += y[row + k]
                                        totalCounts[base + k] += v[row + k]
                                    }
                                }
                            }
                            sums.withUnsafeMutableBufferPointer { sum in
                                counts.withUnsafeMutableBufferPointer { count in
                                    for (f, family) in scan.families.enumerated() {
                                        Self.accumulate(
                                            family, n: n, s: s, complete: complete, full: fullDays[f], consecutive: consecutive[f],
                                            insideCounts: insideCounts[f], y: y, v: v, sum: sum, count: count)
                                        for j in family.offsets.indices {
                                            let base = family.populations[j] * s
                                            let c = firstComparison[f] + j
                                            for k in 0..<s {
                                                let n1 = count[j * s + k]
                                                let n0 = totalCounts[base + k] - n1
                                                let s1 = sum[j * s + k]
                                                let s0 = totals[base + k] - s1
                                                effects[c * s + k] = n1 > 0 && n0 > 0 ? s1 / n1 - s0 / n0 : 0
                                                exposedCounts[c * s + k] = n1
                                                unexposedCounts[c * s + k] = n0
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

        /// sum[j·s + k] and count[j·s + k]: symptom k summed over the family's days shifted by offset j.
        private static func accumulate(
            _ family: Family, n: Int, s: Int, complete: Bool, full: Int, consecutive: Bool, insideCounts: [Double],
            y: UnsafeBufferPointer<Double>, v: UnsafeBufferPointer<Double>,
            sum: UnsafeMutableBufferPointer<Double>, count: UnsafeMutableBufferPointer<Double>
        ) {
            let width = family.offsets.count * s
            for m in 0..<width {
                sum[m] = 0
                count[m] = 0
            }
            family.days.withUnsafeBufferPointer { days in
                if consecutive, let first = family.offsets.first {
                    // Fast path: one contiguous run of rows per day.
                    for index in 0..<full {
                        let row = (Int(days[index]) + first) * s
                        for m in 0..<width { sum[m] += y[row + m] }
                        if !complete { for m in 0..<width { count[m] += v[row + m] } }
                    }
                } else {
                    for index in 0..<full {
                        for (j, offset) in family.offsets.enumerated() {
                            let row = (Int(days[index]) + offset) * s
                            for k in 0..<s {
                                sum[j * s + k] += y[row + k]
                                if !complete { count[j * s + k] += v[row + k] }
                            }
                        }
                    }
                }
                // Days near the end: only the offsets that stay inside the diary.
                for index in full..<days.count {
                    for (j, offset) in family.offsets.enumerated() where Int(days[index]) + offset < n {
                        let row = (Int(days[index]) + offset) * s
                        for k in 0..<s {
                            sum[j * s + k] += y[row + k]
                            if !complete { count[j * s + k] += v[row + k] }
                        }
                    }
                }
            }
            if complete {
                for j in family.offsets.indices {
                    for k in 0..<s { count[j * s + k] = insideCounts[j] }
                }
            }
        }
    }
}
