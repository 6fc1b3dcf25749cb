import Foundation

/// How NMIT correlates features within one individual (pandas' `DataFrame.corr(method=…)`).
public enum FeatureCorrelationMethod: String, Sendable, CaseIterable {
    case kendall, pearson, spearman

    /// The feature × feature correlation matrix of `rows` (samples × features), NaN set to 0 (q2-longitudinal's
    /// `fillna(0)`). Pearson: pandas' `nancorr` (Welford updates); Spearman: pandas' `nancorr_spearman`
    /// (average ranks, centred at (n+1)/2); Kendall: SciPy's τ-b per pair, diagonal 1 (pandas' rule).
    func matrix(_ rows: [[Double]]) -> [Double] {
        let n = rows.count
        let features = rows.first?.count ?? 0
        var columns = (0..<features).map { j in rows.map { $0[j] } }
        if self == .spearman { columns = columns.map(averageRanks) }
        var result = [Double](repeating: 0, count: features * features)
        for a in 0..<features {
            for b in a..<features {
                var value: Double
                switch self {
                case .pearson: value = Self.welfordCorrelation(columns[a], columns[b])
                case .spearman: value = Self.centredRankCorrelation(columns[a], columns[b], mean: Double(n + 1) / 2)
                case .kendall: value = a == b ? (n >= 1 ? 1 : .nan) : Self.kendallTauB(columns[a], columns[b])
                }
                if value.isNaN { value = 0 }
                result[a * features + b] = value
                result[b * features + a] = value
            }
        }
        return result
    }

    static func welfordCorrelation(_ x: [Double], _ y: [Double]) -> Double {
        var count = 0.0
        var meanX = 0.0
        var meanY = 0.0
        var ssX = 0.0
        var ssY = 0.0
        var covariance = 0.0
        for (vx, vy) in zip(x, y) {
            count += 1
            let dx = vx - meanX
            let dy = vy - meanY
            meanX += 1 / count * dx
            meanY += 1 / count * dy
            ssX += (vx - meanX) * dx
            ssY += (vy - meanY) * dy
            covariance += (vx - meanX) * dy
        }
        guard count >= 1 else { return .nan }
        let divisor = (ssX * ssY).squareRoot()
        return divisor != 0 ? covariance / divisor : .nan
    }

    static func centredRankCorrelation(_ x: [Double], _ y: [Double], mean: Double) -> Double {
        var sxy = 0.0
        var sxx = 0.0
        var syy = 0.0
        for (rx, ry) in zip(x, y) {
            let vx = rx - mean
            let vy = ry - mean
            sxy += vx * vy
            sxx += vx * vx
            syy += vy * vy
        }
        let divisor = (sxx * syy).squareRoot()
        return divisor != 0 ? sxy / divisor : .nan
    }

    /// Kendall's τ-b as `scipy.stats.kendalltau`: (concordant − discordant) / √(pairs untied in x) / √(pairs untied in y).
    static func kendallTauB(_ x: [Double], _ y: [Double]) -> Double {
        var s = 0.0
        var untiedX = 0.0
        var untiedY = 0.0
        for i in x.indices {
            for j in (i + 1)..<max(x.count, i + 1) {
                let sx = (x[i] - x[j]).sign()
                let sy = (y[i] - y[j]).sign()
                s += sx * sy
                if sx != 0 { untiedX += 1 }
                if sy != 0 { untiedY += 1 }
            }
        }
        guard untiedX > 0, untiedY > 0 else { return .nan }
        return min(1, max(-1, s / untiedX.squareRoot() / untiedY.squareRoot()))
    }
}

extension Double {
    fileprivate func sign() -> Double { self > 0 ? 1 : self < 0 ? -1 : 0 }
}

/// Average ranks (1-based), ties sharing their mean rank (pandas' `rank_1d`, SciPy's `rankdata`).
func averageRanks(_ values: [Double]) -> [Double] {
    let order = values.indices.sorted { values[$0] < values[$1] }
    var ranks = [Double](repeating: 0, count: values.count)
    var start = 0
    while start < order.count {
        var end = start
        while end + 1 < order.count && values[order[end + 1]] == values[order[start]] { end += 1 }
        let rank = Double(start + end + 2) / 2
        for k in start...end { ranks[order[k]] = rank }
        start = end + 1
    }
    return ranks
}
