/// Multiple-testing correction of one family of p-values, as scikit-bio's `_adjust_pvalues`
/// (and R's `p.adjust`): NaN p-values are left out of the family and stay NaN.
public enum PValueAdjustment: String, Sendable, CaseIterable {
    /// Holm–Bonferroni step-down: q₍ᵢ₎ = max_{j≤i} min(1, (m − j + 1) p₍ⱼ₎). Holm 1979, Scand J Stat 6:65.
    case holm
    /// Benjamini–Hochberg step-up: q₍ᵢ₎ = min_{j≥i} m p₍ⱼ₎ / j. Benjamini & Hochberg 1995, JRSS B 57:289.
    case bh
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
        case .none: break
        }
        return adjusted
    }
}
