/// The one-way ANOVA F statistic as SciPy's `scipy.stats.f_oneway` computes it (values shifted by
/// the grand mean before the sums of squares, for accuracy):
///
///     F = [SS_between / (k − 1)] / [SS_within / (N − k)]
///
/// with SS_between = Σ_g (Σ_{x∈g} (x − m))² / n_g − (Σ (x − m))² / N and
/// SS_within = Σ (x − m)² − (Σ (x − m))² / N − SS_between, m the grand mean.
enum OneWayANOVA {
    /// F for `values` split into `groupCount` groups by `groupOf` (codes 0 ..< groupCount).
    /// `groupSums` and `groupSizes` are scratch buffers of `groupCount` entries.
    static func fStatistic(
        values: UnsafeBufferPointer<Double>, groupOf: UnsafeBufferPointer<Int32>, groupCount: Int,
        groupSums: UnsafeMutableBufferPointer<Double>, groupSizes: UnsafeMutableBufferPointer<Int>
    ) -> Double {
        let total = values.count
        var sum = 0.0
        for value in values { sum += value }
        let offset = sum / Double(total)
        for g in 0..<groupCount {
            groupSums[g] = 0
            groupSizes[g] = 0
        }
        var shiftedSum = 0.0
        var shiftedSquares = 0.0
        for index in 0..<total {
            let shifted = values[index] - offset
            shiftedSum += shifted
            shiftedSquares += shifted * shifted
            let group = Int(groupOf[index])
            groupSums[group] += shifted
            groupSizes[group] += 1
        }
        let normalized = shiftedSum * shiftedSum / Double(total)
        let totalSquares = shiftedSquares - normalized
        var between = 0.0
        for g in 0..<groupCount where groupSizes[g] > 0 { between += groupSums[g] * groupSums[g] / Double(groupSizes[g]) }
        between -= normalized
        let within = totalSquares - between
        let meanBetween = between / Double(groupCount - 1)
        let meanWithin = within / Double(total - groupCount)
        return meanBetween / meanWithin
    }
}
