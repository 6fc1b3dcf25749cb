/// Multiple-testing correction of one family of p-values, as scikit-bio's `_adjust_pvalues`,
/// statsmodels' `multipletests` and R's `p.adjust` compute them: NaN p-values are left out of
/// the family (not counted in m) and stay NaN. The one correction type of gutskin: pairwise
/// PERMANOVA, ALDEx2 and ANCOM-BC all use it.
public enum PValueAdjustment: String, Sendable, CaseIterable {
    /// Holm–Bonferroni step-down: q₍ᵢ₎ = max_{j≤i} min(1, (m − j + 1) p₍ⱼ₎). Holm 1979, Scand J Stat 6:65.
    case holm
    /// Benjamini–Hochberg step-up: q₍ᵢ₎ = min_{j≥i} p₍ⱼ₎ / (j/m), computed in statsmodels' order
    /// of operations (`fdr_bh`), so q-values are bit-identical to it. Benjamini & Hochberg 1995,
    /// doi:10.1111/j.2517-6161.1995.tb02031.x.
    case bh
    /// Bonferroni: min(1, m·p). Dunn 1961, doi:10.1080/01621459.1961.10482090.
    case bonferroni
    /// No correction: q = p.
    case none

    /// Adjusted values, parallel to `pValues`.
    public func adjust(_ pValues: [Double]) -> [Double] {
        if self == .none { return pValues }
        var adjusted = [Double](repeating: .nan, count: pValues.count)
        let valid = pValues.indices.filter { !pValues[$0].isNaN }
        let order = valid.sorted { pValues[$0] < pValues[$1] }
        let m = order.count
        guard m > 0 else { return adjusted }
        switch self {
        case .holm:
            var running = -Double.infinity
            for (position, index) in order.enumerated() {
                running = max(running, pValues[index] * Double(m - position))
                adjusted[index] = min(running, 1)
            }
        case .bh:
            var running = Double.infinity
            for position in stride(from: m - 1, through: 0, by: -1) {
                let index = order[position]
                running = min(running, pValues[index] / (Double(position + 1) / Double(m)))
                adjusted[index] = running
            }
        case .bonferroni:
            for index in order { adjusted[index] = min(1, Double(m) * pValues[index]) }
        case .none: break
        }
        return adjusted
    }
}
