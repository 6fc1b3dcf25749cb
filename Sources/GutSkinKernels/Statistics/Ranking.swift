/// Average ranks (1-based, ties get the mean of the ranks they span) as `scipy.stats.rankdata`
/// with method="average", and the sizes of the tie groups (for tie corrections Σ(t³ − t)). Used by
/// the rank tests, Spearman correlation, ANOSIM and the Spearman Mantel test.
public enum Ranking {
    public static func averageRanks(_ values: [Double]) -> (ranks: [Double], tieGroupSizes: [Int]) {
        let order = values.indices.sorted { values[$0] < values[$1] }
        var ranks = [Double](repeating: 0, count: values.count)
        var groups: [Int] = []
        var start = 0
        while start < order.count {
            var end = start + 1
            while end < order.count && values[order[end]] == values[order[start]] { end += 1 }
            // Positions start..<end hold ranks start+1 … end; their mean:
            let rank = Double(start + 1 + end) / 2
            for position in start..<end { ranks[order[position]] = rank }
            groups.append(end - start)
            start = end
        }
        return (ranks, groups)
    }

    /// Σ (t³ − t) over tie groups.
    static func tieSum(_ groupSizes: [Int]) -> Double {
        groupSizes.reduce(0.0) { sum, size in
            let t = Double(size)
            return sum + (t * t * t - t)
        }
    }
}
