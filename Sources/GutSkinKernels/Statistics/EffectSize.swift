/// Effect sizes for two independent samples.
public enum EffectSize {
    /// Cliff's delta δ = [#(xᵢ > yⱼ) − #(xᵢ < yⱼ)] / (n₁n₂), in [−1, 1]; positive when `x` tends to be
    /// larger. Ties count zero. Equals 2U₁/(n₁n₂) − 1 with U₁ the Mann–Whitney U of `x`.
    /// Reference: Cliff (1993), doi:10.1037/0033-2909.114.3.494. Empty input or NaN gives NaN.
    public static func cliffsDelta(_ x: [Double], _ y: [Double]) -> Double {
        guard !x.isEmpty, !y.isEmpty, !(x.contains { $0.isNaN } || y.contains { $0.isNaN }) else { return .nan }
        let sortedY = y.sorted()
        var balance = 0
        for value in x {
            let below = sortedY.firstIndex(atLeast: value)  // yⱼ < value
            let notAbove = upperBound(sortedY, value)  // yⱼ ≤ value
            balance += below - (sortedY.count - notAbove)
        }
        return Double(balance) / (Double(x.count) * Double(y.count))
    }

    /// The rank-biserial correlation for Mann–Whitney, r = 1 − 2U₁/(n₁n₂) (Wendt 1972,
    /// doi:10.1111/j.2044-8317.1972.tb00424.x; Kerby 2014, doi:10.2466/11.IT.3.1).
    /// Sign convention: with U₁ the U of `x` as `mannWhitneyU` reports it, r is **positive when `y`
    /// tends to be larger** (r = −δ). Give the samples the other way round for the opposite sign.
    public static func rankBiserial(_ x: [Double], _ y: [Double]) -> Double {
        guard let u = try? mannWhitneyU(x, y, method: .asymptotic).statistic else { return .nan }
        return 1 - 2 * u / (Double(x.count) * Double(y.count))
    }

    private static func upperBound(_ sorted: [Double], _ value: Double) -> Int {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] <= value { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
