import CGutSkinVector
import GutSkinCore
import GutSkinParallel

/// The shared inner loop of PERMANOVA and ANOSIM: for each of several labellings of the
/// samples, Σ_i (1 / divisor[g_i]) · Σ_{j > i, g_j = g_i} v_ij over a condensed matrix v
/// (squared distances for PERMANOVA with divisor = group size; ranks with divisor 1 for ANOSIM).
///
/// Only the pairs inside a group are visited: each labelling lists its samples group by group,
/// and row i gathers v_ij for the members of its group after i. When the other groups' members
/// after i are fewer, it gathers those and subtracts them from the row's total instead, so a row
/// costs at most about half its length (HMP by body site: 0.3 of the pairs, not all of them).
/// Where a CPU has AVX-512 or AVX2 (`CGutSkinVector`) and the groups are large, every pair is
/// summed under a mask instead, 8 or 4 at a time, which is faster than visiting a third of them
/// one by one. Labellings are made and processed in batches, each row of v read once per batch;
/// each labelling's sum is formed in a fixed order for the method used, so it is bit-identical
/// whatever the batch or thread.
enum WithinGroupSums {
    /// Labellings computed together per pass over the matrix: up to 128 (their codes for a
    /// segment of 256 columns fill a 32 KB first-level cache), at least 16, and about 4 batches
    /// a thread so that the threads share the work. The sums do not depend on it.
    static func batchSize(labellings count: Int, threads: Int) -> Int { min(128, max(16, count / (4 * max(1, threads)))) }
    /// The vector unit gs_within_group_sums can use here: 2 AVX-512, 1 AVX2, 0 none.
    static var availableVectorLevel: Int { VectorUnit.level }

    /// One sum per labelling, for labellings `labelling(0)`, …, `labelling(count − 1)`, each a
    /// group code in 0..<divisors.count per sample; they are made a batch at a time, never all at once.
    static func sums(
        condensed values: [Double], count n: Int, labellings count: Int, divisors: [Double], threads: Int?,
        vectorLevel: Int = availableVectorLevel, labelling: @Sendable (Int) -> [Int]
    ) -> [Double] {
        guard count > 0 else { return [] }
        let level = prefersVectors(labelling(0), count: n, groups: divisors.count, level: vectorLevel) ? vectorLevel : 0
        let rowTotals = level > 0 ? [] : suffixRowTotals(values, count: n)
        let batchSize = batchSize(labellings: count, threads: threads ?? Parallel.defaultThreadCount)
        let batches = (count + batchSize - 1) / batchSize
        let results = Parallel.map(count: batches, threads: threads) { batch -> [Double] in
            let batchLabellings = ((batch * batchSize)..<min(count, (batch + 1) * batchSize)).map(labelling)
            if level > 0, let sums = vectorSums(values, count: n, labellings: batchLabellings, divisors: divisors, level: level) {
                return sums
            }
            return values.withUnsafeBufferPointer { pointer in
                batchSums(
                    pointer, count: n, labellings: batchLabellings, divisors: divisors,
                    rowTotals: level > 0 ? suffixRowTotals(values, count: n) : rowTotals)
            }
        }
        return results.flatMap { $0 }
    }

    /// Whether masked vector sums over every pair cost less than visiting the pairs inside the
    /// groups (at most the smaller of a row's own group and the rest): for large groups they do.
    /// Needs a vector unit at `level` on this CPU, and codes that fit a byte.
    static func prefersVectors(_ codes: [Int], count n: Int, groups: Int, level: Int) -> Bool {
        guard level > 0, level <= availableVectorLevel, n > 1, groups <= 256 else { return false }
        var sizes = [Int](repeating: 0, count: groups)
        for code in codes { sizes[code] += 1 }
        let visited = sizes.reduce(0.0) { $0 + Double($1) * Double(min($1, n - $1)) }
        let lanes = level >= 2 ? 8.0 : 4.0
        return visited > Double(n) * Double(n) / lanes
    }

    /// The batch's sums by gs_within_group_sums, or nil if it could not run at `level` (its
    /// working memory could not be allocated).
    private static func vectorSums(
        _ values: [Double], count n: Int, labellings: [[Int]], divisors: [Double], level: Int
    ) -> [Double]? {
        var codes = [UInt8](repeating: 0, count: labellings.count * n)
        for (index, labelling) in labellings.enumerated() {
            for sample in 0..<n { codes[index * n + sample] = UInt8(labelling[sample]) }
        }
        var totals = [Double](repeating: 0, count: labellings.count)
        let used = gs_within_group_sums(Int32(level), values, Int64(n), codes, Int64(labellings.count), divisors, &totals)
        return used == level ? totals : nil
    }

    /// Σ_{j > i} v_ij for each row i, in index order.
    private static func suffixRowTotals(_ values: [Double], count n: Int) -> [Double] {
        var totals = [Double](repeating: 0, count: max(n, 0))
        var start = 0
        for row in 0..<max(n - 1, 0) {
            let length = n - row - 1
            var sum = 0.0
            for t in start..<(start + length) { sum += values[t] }
            totals[row] = sum
            start += length
        }
        return totals
    }

    private static func batchSums(
        _ values: UnsafeBufferPointer<Double>, count n: Int, labellings: [[Int]], divisors: [Double], rowTotals: [Double]
    ) -> [Double] {
        let k = labellings.count
        let groups = divisors.count
        var totals = [Double](repeating: 0, count: k)
        guard let base = values.baseAddress, n > 1 else { return totals }
        let layout = GroupedLabellings(labellings, count: n, groups: groups)
        var cursors = layout.starts  // per labelling and group: the first member not yet passed
        layout.members.withUnsafeBufferPointer { members in
            guard let memberBase = members.baseAddress else { return }
            var rowStart = 0
            for row in 0..<(n - 1) {
                let length = n - row - 1
                // v_ij for j > row sits at shifted[j].
                let shifted = base + rowStart - (row + 1)
                for labelling in 0..<k {
                    let code = labellings[labelling][row]
                    let slot = labelling * groups
                    cursors[slot + code] += 1  // past `row` itself
                    let ownStart = cursors[slot + code]
                    let own = layout.ends[slot + code] - ownStart
                    var within: Double
                    if own <= length - own + groups {
                        within = gatherSum(shifted, memberBase + ownStart, count: own)
                    } else {
                        var others = 0.0
                        for group in 0..<groups where group != code {
                            let start = cursors[slot + group]
                            others += gatherSum(shifted, memberBase + start, count: layout.ends[slot + group] - start)
                        }
                        within = rowTotals[row] - others
                    }
                    totals[labelling] += within / divisors[code]
                }
                rowStart += length
            }
        }
        return totals
    }

    /// Σ shifted[j] over the sample indices j listed, in a fixed order (four running sums).
    @inline(__always)
    private static func gatherSum(_ shifted: UnsafePointer<Double>, _ indices: UnsafePointer<Int32>, count: Int) -> Double {
        var (a, b, c, d) = (0.0, 0.0, 0.0, 0.0)
        var (e, f, g, h) = (0.0, 0.0, 0.0, 0.0)
        var t = 0
        while t + 8 <= count {
            a += shifted[Int(indices[t])]
            b += shifted[Int(indices[t + 1])]
            c += shifted[Int(indices[t + 2])]
            d += shifted[Int(indices[t + 3])]
            e += shifted[Int(indices[t + 4])]
            f += shifted[Int(indices[t + 5])]
            g += shifted[Int(indices[t + 6])]
            h += shifted[Int(indices[t + 7])]
            t += 8
        }
        a += e
        b += f
        c += g
        d += h
        var tail = 0.0
        while t < count {
            tail += shifted[Int(indices[t])]
            t += 1
        }
        return ((a + b) + (c + d)) + tail
    }
}

/// Labellings with their samples listed group by group, ascending within a group: labelling
/// l's group g is members[starts[l·G + g] ..< ends[l·G + g]], offsets into one flat array.
private struct GroupedLabellings {
    var members: [Int32]
    var starts: [Int]
    var ends: [Int]

    init(_ labellings: [[Int]], count n: Int, groups: Int) {
        members = [Int32](repeating: 0, count: labellings.count * n)
        starts = [Int](repeating: 0, count: labellings.count * groups)
        ends = starts
        for (index, codes) in labellings.enumerated() {
            var sizes = [Int](repeating: 0, count: groups)
            for code in codes { sizes[code] += 1 }
            var next = index * n
            for group in 0..<groups {
                starts[index * groups + group] = next
                ends[index * groups + group] = next
                next += sizes[group]
            }
            for (sample, code) in codes.enumerated() {
                members[ends[index * groups + code]] = Int32(sample)
                ends[index * groups + code] += 1
            }
        }
    }
}
