/// Benjamini–Hochberg false-discovery-rate q-values (Benjamini & Hochberg 1995,
/// doi:10.1111/j.2517-6161.1995.tb02031.x), as statsmodels' `multipletests(method='fdr_bh')`
/// returns them: with p sorted ascending, q_(i) = min_{j ≥ i} min(1, p_(j) / (j / m)), reported
/// in input order. NaN p-values stay NaN and do not count towards m.
///
/// Internal and small on purpose, so it can be unified with a general statistics library later.
func benjaminiHochberg(_ pValues: [Double]) -> [Double] {
    let ordered = pValues.indices.filter { !pValues[$0].isNaN }.sorted { pValues[$0] < pValues[$1] }
    var qValues = [Double](repeating: .nan, count: pValues.count)
    let m = Double(ordered.count)
    var running = 1.0
    for rank in stride(from: ordered.count, through: 1, by: -1) {
        let index = ordered[rank - 1]
        // p / (rank / m), the order of operations of statsmodels (`pvals_sorted / ecdffactor`).
        running = min(running, pValues[index] / (Double(rank) / m))
        qValues[index] = min(1, running)
    }
    return qValues
}
