/// Adjusted p-values for many tests at once.
public enum MultipleTesting {
    /// Benjamini–Hochberg false-discovery-rate q-values, as statsmodels
    /// `multipletests(p, method="fdr_bh")[1]`: with the m finite p-values sorted ascending,
    /// q₍ᵢ₎ = minⱼ≥ᵢ (m/j)·p₍ⱼ₎, capped at 1 (so q is monotone in p).
    /// NaN p-values stay NaN and are left out of m. Reference: Benjamini & Hochberg (1995),
    /// doi:10.1111/j.2517-6161.1995.tb02031.x.
    public static func benjaminiHochberg(_ pValues: [Double]) -> [Double] {
        let order = pValues.indices.filter { !pValues[$0].isNaN }.sorted { pValues[$0] < pValues[$1] }
        var adjusted = [Double](repeating: .nan, count: pValues.count)
        let m = Double(order.count)
        var running = Double.infinity
        for position in stride(from: order.count - 1, through: 0, by: -1) {
            let index = order[position]
            // p / (rank / m): statsmodels' order of operations (`pvals_sorted / ecdffactor`), so
            // q-values are bit-identical to it.
            running = min(running, pValues[index] / (Double(position + 1) / m))
            adjusted[index] = min(running, 1)
        }
        return adjusted
    }

    /// Bonferroni-adjusted p-values min(1, m·p) with m the number of non-NaN p-values
    /// (statsmodels `method="bonferroni"`); NaN stays NaN. Reference: Dunn (1961), doi:10.1080/01621459.1961.10482090.
    public static func bonferroni(_ pValues: [Double]) -> [Double] {
        let m = Double(pValues.filter { !$0.isNaN }.count)
        return pValues.map { $0.isNaN ? .nan : min(1, m * $0) }
    }
}
