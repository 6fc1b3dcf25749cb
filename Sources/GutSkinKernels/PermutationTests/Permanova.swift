import GutSkinCore

/// PERMANOVA (Anderson 2001, doi:10.1111/j.1442-9993.2001.01070.pp.x): whether groups of
/// samples differ in their distances, by the pseudo-F statistic
///
///     SS_T = Σ_{i<j} d_ij² / N,   SS_W = Σ_g Σ_{i<j ∈ g} d_ij² / n_g,   SS_A = SS_T − SS_W,
///     F = (SS_A / (a − 1)) / (SS_W / (N − a)),
///
/// with N samples in a groups of n_g, exactly as `skbio.stats.distance.permanova` (0.7.4)
/// computes it. The p-value is (permuted F ≥ observed F, + 1) / (permutations + 1), over
/// permutations of the group labels. Permutation `k` is drawn from a generator seeded by
/// (seed, k), so the result is the same for any number of threads. Labels are permuted, never
/// the matrix; squared distances are formed once.
///
/// Labels are compared as strings: numeric metadata used as a grouping is a set of categories,
/// as in scikit-bio.
public func permanova(
    _ matrix: DistanceMatrix, grouping: [String], permutations: Int = 999, seed: UInt64 = 0, threads: Int? = nil
) throws(PermutationTestError) -> PermutationTestResult {
    guard permutations >= 0 else { throw .negativePermutations(permutations) }
    let coding = try GroupCoding(grouping, sampleCount: matrix.count)
    let n = matrix.count
    let groups = coding.labels.count
    let squared = matrix.squaredCondensed
    let totalSumOfSquares = NumPySum.sum(squared) / Double(n)
    let divisors = coding.sizes.map(Double.init)
    let codes = coding.codes
    // Labelling 0 is the observed one; labelling k + 1 is permutation k.
    let withinSums = WithinGroupSums.sums(
        condensed: squared, count: n, labellings: permutations + 1, divisors: divisors, threads: threads
    ) { index in
        index == 0 ? codes : PermutationStreams.shuffled(codes, seed: seed, permutation: index - 1)
    }
    func pseudoF(_ withinSumOfSquares: Double) -> Double {
        let among = totalSumOfSquares - withinSumOfSquares
        return (among / Double(groups - 1)) / (withinSumOfSquares / Double(n - groups))
    }
    let observed = pseudoF(withinSums[0])
    let permuted = withinSums.dropFirst().map(pseudoF)
    return PermutationTestResult(
        method: "PERMANOVA", testStatisticName: "pseudo-F", sampleSize: n, numberOfGroups: groups,
        testStatistic: observed, pValue: PermutationStreams.pValue(observed: observed, permuted) { $0 >= observed },
        permutations: permutations)
}
