import GutSkinCore
import GutSkinParallel

/// Correlation measured between two distance matrices by `mantel(_:_:method:)`.
public enum MantelCorrelation: String, Sendable, CaseIterable {
    case pearson, spearman
}

/// Which way the Mantel test's alternative hypothesis looks.
public enum MantelAlternative: String, Sendable, CaseIterable {
    case twoSided = "two-sided", greater, less
}

/// The Mantel test (Mantel 1967, Cancer Research 27:209–220): the correlation between the
/// condensed distances of two matrices over the same samples — Pearson's r, or Spearman's rho
/// (Pearson's r of average ranks) — as `skbio.stats.distance.mantel` (0.7.4, `strict=True`)
/// computes it. The second matrix is reordered to the first's ids; both must hold the same ids.
///
/// Significance permutes the rows and columns of the first matrix together: p =
/// (permuted statistics as extreme, + 1) / (permutations + 1), "as extreme" meaning
/// |r*| ≥ |r| (two-sided), r* ≥ r (greater) or r* ≤ r (less). Permutation `k` is drawn from
/// (seed, k), so the result does not depend on the thread count.
public func mantel(
    _ first: DistanceMatrix, _ second: DistanceMatrix, method: MantelCorrelation = .pearson,
    permutations: Int = 999, alternative: MantelAlternative = .twoSided, seed: UInt64 = 0, threads: Int? = nil
) throws(PermutationTestError) -> PermutationTestResult {
    guard permutations >= 0 else { throw .negativePermutations(permutations) }
    let secondIDs = Set(second.ids)
    let firstIDs = Set(first.ids)
    guard firstIDs == secondIDs else {
        throw .idsDiffer(
            onlyInFirst: first.ids.filter { !secondIDs.contains($0) },
            onlyInSecond: second.ids.filter { !firstIDs.contains($0) })
    }
    let n = first.count
    guard n >= 3 else { throw .tooFewSamples(n, minimum: 3) }
    // Same id sets, so reordering cannot fail.
    let aligned = first.ids == second.ids ? second : ((try? second.filtered(to: first.ids)) ?? second)
    var x = first.condensed
    var y = aligned.condensed
    if method == .spearman {
        x = Ranking.averageRanks(x).ranks
        y = Ranking.averageRanks(y).ranks
    }
    let name = method == .pearson ? "r" : "rho"
    let observed = pearsonCorrelation(x, y)
    guard !observed.isNaN else {
        return PermutationTestResult(
            method: "Mantel", testStatisticName: name, sampleSize: n, numberOfGroups: nil,
            testStatistic: observed, pValue: nil, permutations: permutations)
    }
    // Standardized condensed vectors: r of a permutation is Σ x̃[p_i, p_j] ỹ_ij, since the
    // mean and norm of x do not change when its samples are permuted.
    let standardX = standardized(x)
    let standardY = standardized(y)
    var squareX = [Double](repeating: 0, count: n * n)
    var index = 0
    for i in 0..<n {
        for j in (i + 1)..<n {
            squareX[i * n + j] = standardX[index]
            squareX[j * n + i] = standardX[index]
            index += 1
        }
    }
    let sharedX = squareX
    @Sendable func permutedCorrelation(_ order: [Int]) -> Double {
        var total = 0.0
        var position = 0
        for i in 0..<n {
            let row = order[i] * n
            var rowTotal = 0.0
            for j in (i + 1)..<n {
                rowTotal += sharedX[row + order[j]] * standardY[position]
                position += 1
            }
            total += rowTotal
        }
        return max(-1, min(1, total))
    }
    // The observed statistic as the permutation loop computes it, so the identity permutation
    // compares equal to it (scikit-bio's "comp_stat").
    let comparable = permutedCorrelation(Array(0..<n))
    let permuted = Parallel.map(count: permutations, threads: threads) { k in
        permutedCorrelation(PermutationStreams.order(count: n, seed: seed, permutation: k))
    }
    let pValue: Double?
    switch alternative {
    case .twoSided: pValue = PermutationStreams.pValue(observed: comparable, permuted) { abs($0) >= abs(comparable) }
    case .greater: pValue = PermutationStreams.pValue(observed: comparable, permuted) { $0 >= comparable }
    case .less: pValue = PermutationStreams.pValue(observed: comparable, permuted) { $0 <= comparable }
    }
    return PermutationTestResult(
        method: "Mantel", testStatisticName: name, sampleSize: n, numberOfGroups: nil,
        testStatistic: observed, pValue: pValue, permutations: permutations)
}

/// Pearson's r of two equal-length vectors, clipped to [−1, 1]; NaN when either is constant.
func pearsonCorrelation(_ x: [Double], _ y: [Double]) -> Double {
    let meanX = NumPySum.sum(x) / Double(x.count)
    let meanY = NumPySum.sum(y) / Double(y.count)
    var cross = 0.0
    var squaresX = 0.0
    var squaresY = 0.0
    for index in x.indices {
        let dx = x[index] - meanX
        let dy = y[index] - meanY
        cross += dx * dy
        squaresX += dx * dx
        squaresY += dy * dy
    }
    guard squaresX > 0, squaresY > 0 else { return .nan }
    return max(-1, min(1, cross / (squaresX.squareRoot() * squaresY.squareRoot())))
}

/// (v − mean) / ‖v − mean‖.
private func standardized(_ values: [Double]) -> [Double] {
    let mean = NumPySum.sum(values) / Double(values.count)
    let centred = values.map { $0 - mean }
    let norm = centred.reduce(0) { $0 + $1 * $1 }.squareRoot()
    return centred.map { $0 / norm }
}
