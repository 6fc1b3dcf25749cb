import GutSkinCore
import GutSkinParallel

/// The shared inner loop of PERMANOVA and ANOSIM: for each of several labellings of the
/// samples, Σ_i (1 / divisor[g_i]) · Σ_{j > i, g_j = g_i} v_ij over a condensed matrix v
/// (squared distances for PERMANOVA with divisor = group size; ranks with divisor 1 for ANOSIM).
///
/// Labellings are processed in batches: each row of v is read once from memory per batch and
/// reused for every labelling in it, with 8-wide SIMD masked sums. Each labelling's sum is
/// formed in a fixed order, so it is bit-identical whatever the batch or thread it falls in.
enum WithinGroupSums {
    /// Labellings computed together per pass over the matrix.
    static let batchSize = 16

    /// One sum per labelling. `labellings[k]` holds a group code per sample; `divisors` one
    /// value per group code.
    static func sums(
        condensed values: [Double], count n: Int, labellings: [[Int]], divisors: [Double], threads: Int?
    ) -> [Double] {
        let batches = (labellings.count + batchSize - 1) / batchSize
        let results = Parallel.map(count: batches, threads: threads) { batch -> [Double] in
            let range = (batch * batchSize)..<min(labellings.count, (batch + 1) * batchSize)
            return values.withUnsafeBufferPointer { pointer in
                batchSums(pointer, count: n, labellings: Array(labellings[range]), divisors: divisors)
            }
        }
        return results.flatMap { $0 }
    }

    private static func batchSums(
        _ values: UnsafeBufferPointer<Double>, count n: Int, labellings: [[Int]], divisors: [Double]
    ) -> [Double] {
        let k = labellings.count
        // Codes as Doubles, labelling after labelling, so a SIMD compare yields a Double-lane mask.
        var codes = [Double](repeating: 0, count: k * n)
        for (index, labelling) in labellings.enumerated() {
            for sample in 0..<n { codes[index * n + sample] = Double(labelling[sample]) }
        }
        var totals = [Double](repeating: 0, count: k)
        guard let base = values.baseAddress, n > 1 else { return totals }
        codes.withUnsafeBufferPointer { codePointer in
            guard let codeBase = codePointer.baseAddress else { return }
            var rowStart = 0
            for row in 0..<(n - 1) {
                let length = n - row - 1
                let rowValues = base + rowStart
                for labelling in 0..<k {
                    let rowCodes = codeBase + labelling * n + row + 1
                    let code = codeBase[labelling * n + row]
                    let rowSum = maskedSum(rowValues, rowCodes, length: length, code: code)
                    totals[labelling] += rowSum / divisors[labellings[labelling][row]]
                }
                rowStart += length
            }
        }
        return totals
    }

    /// Σ values[t] over t < length where codes[t] == code, in a fixed order.
    @inline(__always)
    private static func maskedSum(
        _ values: UnsafePointer<Double>, _ codes: UnsafePointer<Double>, length: Int, code: Double
    ) -> Double {
        let target = SIMD8<Double>(repeating: code)
        var accumulator = SIMD8<Double>()
        var t = 0
        let rawValues = UnsafeRawPointer(values)
        let rawCodes = UnsafeRawPointer(codes)
        let stride = MemoryLayout<Double>.stride
        while t + 8 <= length {
            let v = rawValues.loadUnaligned(fromByteOffset: t * stride, as: SIMD8<Double>.self)
            let c = rawCodes.loadUnaligned(fromByteOffset: t * stride, as: SIMD8<Double>.self)
            accumulator += v.replacing(with: 0, where: c .!= target)
            t += 8
        }
        var tail = 0.0
        while t < length {
            if codes[t] == code { tail += values[t] }
            t += 1
        }
        return accumulator.sum() + tail
    }
}
