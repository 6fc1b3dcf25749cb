import GutSkinCore

/// Seeded permutations for permutation tests: permutation `index` of a run draws from its own
/// generator, seeded from (seed, index), so every permutation is the same whichever thread
/// computes it and however the work is split.
public enum PermutationStreams {
    /// The generator for permutation `index` of a run seeded with `seed`.
    public static func generator(seed: UInt64, permutation index: Int) -> SeededRandomNumberGenerator {
        SeededRandomNumberGenerator(seed: seed, stream: "permutation-\(index)")
    }

    /// The order of `count` items in permutation `index`: a Fisher–Yates shuffle of 0..<count.
    public static func order(count: Int, seed: UInt64, permutation index: Int) -> [Int] {
        var generator = generator(seed: seed, permutation: index)
        var order = Array(0..<count)
        if count > 1 {
            for position in stride(from: count - 1, to: 0, by: -1) {
                let other = Int(generator.next(upperBound: UInt64(position + 1)))
                order.swapAt(position, other)
            }
        }
        return order
    }

    /// `values` shuffled as permutation `index` orders them.
    public static func shuffled<Value>(_ values: [Value], seed: UInt64, permutation index: Int) -> [Value] {
        order(count: values.count, seed: seed, permutation: index).map { values[$0] }
    }

    /// (count of permuted statistics `isAsExtreme` + 1) / (permutations + 1), scikit-bio's p-value;
    /// nil without permutations, or when the observed statistic is undefined (NaN) — no
    /// permuted value can be compared with it, and counting none would look highly significant.
    public static func pValue(observed: Double, _ permuted: [Double], isAsExtreme: (Double) -> Bool) -> Double? {
        guard !permuted.isEmpty, !observed.isNaN else { return nil }
        let count = permuted.reduce(0) { $0 + (isAsExtreme($1) ? 1 : 0) }
        return Double(count + 1) / Double(permuted.count + 1)
    }
}
