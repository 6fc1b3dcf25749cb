import GutSkinCore
import Testing

@testable import GutSkinKernels

/// The within-group sums behind PERMANOVA and ANOSIM, by each method gutskin has (pairs inside
/// the groups one by one; AVX2 and AVX-512 masked sums over every pair, where this CPU has
/// them), against the definition summed pair by pair.
@Suite struct WithinGroupSumsTests {
    /// Σ_i (1 / divisor[g_i]) Σ_{j > i, g_j = g_i} v_ij, straight from the definition.
    static func definition(_ values: [Double], count n: Int, codes: [Int], divisors: [Double]) -> Double {
        var total = 0.0
        var index = 0
        for i in 0..<n {
            var row = 0.0
            for j in (i + 1)..<max(n, i + 1) {
                if codes[j] == codes[i] { row += values[index] }
                index += 1
            }
            total += row / divisors[codes[i]]
        }
        return total
    }

    static func randomCase(samples n: Int, groups: Int, seed: UInt64) -> (values: [Double], labellings: [[Int]], divisors: [Double]) {
        var generator = SeededRandomNumberGenerator(seed: seed)
        let values = (0..<(n * (n - 1) / 2)).map { _ in Double.random(in: 0..<1, using: &generator) }
        // Unequal groups (one large), so both the own-group and the complement walks are taken.
        let labellings = (0..<37).map { _ in
            (0..<n).map { _ in Double.random(in: 0..<1, using: &generator) < 0.6 ? 0 : Int.random(in: 0..<groups, using: &generator) }
        }
        let divisors = (0..<groups).map { Double($0 + 2) }
        return (values, labellings, divisors)
    }

    @Test(arguments: [(2, 2), (3, 5), (61, 3), (200, 7), (1_100, 4), (2_300, 2)])
    func everyMethodAgreesWithTheDefinition(samples n: Int, groups: Int) {
        let (values, labellings, divisors) = Self.randomCase(samples: n, groups: groups, seed: UInt64(n * 31 + groups))
        let expected = labellings.map { Self.definition(values, count: n, codes: $0, divisors: divisors) }
        for level in 0...WithinGroupSums.availableVectorLevel {
            let sums = WithinGroupSums.sums(
                condensed: values, count: n, labellings: labellings.count, divisors: divisors, threads: 2, vectorLevel: level
            ) { labellings[$0] }
            for (sum, reference) in zip(sums, expected) {
                #expect(abs(sum - reference) <= 1e-12 * max(1, abs(reference)), "level \(level), n \(n): \(sum) vs \(reference)")
            }
        }
    }

    @Test func largeGroupsUseTheVectorUnitWhereThereIsOne() {
        let halves = (0..<1_000).map { $0 % 2 }
        #expect(WithinGroupSums.prefersVectors(halves, count: 1_000, groups: 2, level: 1) == (WithinGroupSums.availableVectorLevel >= 1))
        let many = (0..<1_000).map { $0 % 100 }
        #expect(!WithinGroupSums.prefersVectors(many, count: 1_000, groups: 100, level: 2), "100 small groups: visit their pairs")
        print("WithinGroupSumsTests: vector level on this CPU \(WithinGroupSums.availableVectorLevel) (2 AVX-512, 1 AVX2, 0 none)")
    }

    @Test func sameSumsForAnyThreadCountAndBatch() {
        let (values, labellings, divisors) = Self.randomCase(samples: 700, groups: 3, seed: 5)
        let one = WithinGroupSums.sums(condensed: values, count: 700, labellings: 37, divisors: divisors, threads: 1) { labellings[$0] }
        let three = WithinGroupSums.sums(condensed: values, count: 700, labellings: 37, divisors: divisors, threads: 3) { labellings[$0] }
        #expect(one == three)
        // One labelling per batch takes the one-at-a-time vector path; batches take four at a time.
        // Permutations of one labelling (the same group sizes), so every call picks the same method.
        let permuted = (0..<37).map { PermutationStreams.shuffled(labellings[0], seed: 5, permutation: $0) }
        let batched = WithinGroupSums.sums(condensed: values, count: 700, labellings: 37, divisors: divisors, threads: 2) {
            permuted[$0]
        }
        let alone = (0..<37).map { l in
            WithinGroupSums.sums(condensed: values, count: 700, labellings: 1, divisors: divisors, threads: 1) { _ in permuted[l] }[0]
        }
        #expect(batched == alone)
    }
}
