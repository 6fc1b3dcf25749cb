import GutSkinCore

/// One pair of groups in a pairwise PERMANOVA.
public struct PairwiseComparison: Sendable, Equatable {
    public let group1: String
    public let group2: String
    /// Samples in the two groups together.
    public let sampleSize: Int
    /// pseudo-F of the pair's sub-matrix; NaN when it is undefined (both groups single samples).
    public let testStatistic: Double
    /// `nil` with zero permutations or an undefined statistic.
    public let pValue: Double?
    /// Benjamini–Hochberg q-value across all pairs; `nil` where `pValue` is.
    public let qValue: Double?
}

/// PERMANOVA for every pair of groups (in sorted label order), each on the sub-matrix of its
/// two groups' samples with the same permutations and seed, and Benjamini–Hochberg q-values
/// across the pairs — what QIIME 2's `beta-group-significance --p-pairwise` reports (it runs
/// scikit-bio's permanova per pair and statsmodels' `multipletests(method='fdr_bh')`).
public func pairwisePermanova(
    _ matrix: DistanceMatrix, grouping: [String], permutations: Int = 999, seed: UInt64 = 0, threads: Int? = nil
) throws(PermutationTestError) -> [PairwiseComparison] {
    let coding = try GroupCoding(grouping, sampleCount: matrix.count)
    var rows: [(String, String, Int, Double, Double?)] = []
    for first in 0..<coding.labels.count {
        for second in (first + 1)..<coding.labels.count {
            let members = coding.codes.indices.filter { coding.codes[$0] == first || coding.codes[$0] == second }
            let ids = members.map { matrix.ids[$0] }
            let labels = members.map { coding.labels[coding.codes[$0]] }
            // The ids come from the matrix itself, so filtering cannot fail.
            guard let sub = try? matrix.filtered(to: ids),
                let result = try? permanova(sub, grouping: labels, permutations: permutations, seed: seed, threads: threads)
            else {
                rows.append((coding.labels[first], coding.labels[second], members.count, .nan, nil))
                continue
            }
            rows.append((coding.labels[first], coding.labels[second], members.count, result.testStatistic, result.pValue))
        }
    }
    let qValues = PValueAdjustment.bh.adjust(rows.map { $0.4 ?? .nan })
    return rows.enumerated().map { index, row in
        PairwiseComparison(
            group1: row.0, group2: row.1, sampleSize: row.2, testStatistic: row.3, pValue: row.4,
            qValue: qValues[index].isNaN ? nil : qValues[index])
    }
}
