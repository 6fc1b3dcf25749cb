import Foundation

/// Small NumPy/SciPy routines ANCOM-BC needs, computed as those libraries do.
enum NumPyStatistics {
    /// `np.quantile(values, q)` with the default linear method (Hyndman & Fan type 7), including
    /// NumPy's two-sided interpolation (`_lerp`).
    static func quantile(sorted values: [Double], _ q: Double) -> Double {
        guard let first = values.first, q.isFinite, (0...1).contains(q) else { return .nan }
        let position = q * Double(values.count - 1)
        let lower = max(0, min(values.count - 1, Int(position.rounded(.down))))
        let upper = min(values.count - 1, lower + 1)
        let fraction = position - Double(lower)
        let a = values[lower], b = values[upper]
        if values.count == 1 { return first }
        let difference = b - a
        return fraction >= 0.5 ? b - difference * (1 - fraction) : a + difference * fraction
    }

    /// Mean with NumPy's pairwise summation (blocks of 8 unrolled, 128-element leaves).
    static func mean(_ values: [Double]) -> Double {
        values.withUnsafeBufferPointer { pairwiseSum($0) } / Double(values.count)
    }

    static func pairwiseSum(_ values: UnsafeBufferPointer<Double>) -> Double {
        let n = values.count
        if n < 8 {
            var sum = -0.0
            for value in values { sum += value }
            return sum
        }
        if n <= 128 {
            var r = (0..<8).map { values[$0] }
            var i = 8
            while i < n - (n % 8) {
                for k in 0..<8 { r[k] += values[i + k] }
                i += 8
            }
            var sum = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]))
            while i < n { sum += values[i]; i += 1 }
            return sum
        }
        var half = n / 2
        half -= half % 8
        return pairwiseSum(UnsafeBufferPointer(rebasing: values[0..<half]))
            + pairwiseSum(UnsafeBufferPointer(rebasing: values[half..<n]))
    }

    /// Two-sided normal p-value 2·(1 − Φ(|w|)) = erfc(|w|/√2), as `2 * scipy.stats.norm.sf(|w|)`.
    static func twoSidedNormalPValue(_ w: Double) -> Double {
        erfc(abs(w) / 2.0.squareRoot())
    }
}
