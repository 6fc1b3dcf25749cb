import Foundation

/// NumPy's quantile, which ANCOM-BC needs, computed as NumPy does (sums and means: `NumPySum`).
enum NumPyStatistics {
    /// `np.quantile(values, q)` with the default linear method (Hyndman & Fan type 7), including
    /// NumPy's two-sided interpolation (`_lerp`).
    static func quantile(sorted values: [Double], _ q: Double) -> Double {
        guard let first = values.first, q.isFinite, (0...1).contains(q) else { return .nan }
        let position = q * Double(values.count - 1)
        let lower = max(0, min(values.count - 1, Int(position.rounded(.down))))
        let upper = min(values.count - 1, lower + 1)
        let fraction = position - Double(lower)
        let a = values[lower]
        let b = values[upper]
        if values.count == 1 { return first }
        let difference = b - a
        return fraction >= 0.5 ? b - difference * (1 - fraction) : a + difference * fraction
    }
}
