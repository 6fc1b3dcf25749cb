/// Ranks 1…n of `values`, ties given the average of the ranks they span — SciPy's
/// `rankdata(method='average')`, which ANOSIM and Spearman's Mantel test rank with.
func averageRanks(_ values: [Double]) -> [Double] {
    let order = values.indices.sorted { values[$0] < values[$1] || (values[$0] == values[$1] && $0 < $1) }
    var ranks = [Double](repeating: 0, count: values.count)
    var start = 0
    while start < order.count {
        var end = start + 1
        while end < order.count && values[order[end]] == values[order[start]] { end += 1 }
        // Positions start..<end (ranks start+1 … end) share their mean.
        let rank = Double(start + 1 + end) / 2
        for position in start..<end { ranks[order[position]] = rank }
        start = end
    }
    return ranks
}
