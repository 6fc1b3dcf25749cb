import GutSkinCore
import Testing

@testable import GutSkinKernels

/// PERMANOVA and pairwise PERMANOVA against scikit-bio 0.7.4 and by hand.
@Suite struct PermanovaTests {
    /// The golden 6-sample case, worked by hand: Σd² = 267 over N = 6 gives SS_T = 44.5; group x
    /// {a, b, f} has d² 1, 4, 9 → 14/3, group y {c, d, e} 4, 4, 1 → 9/3, so SS_W = 23/3 and
    /// F = (44.5 − 23/3) / ((23/3) / 4) = 442/23.
    @Test func smallCaseByHandAndAsScikitBio() throws {
        let golden = try StatisticsGolden.load()
        let (matrix, _, grouping, entry) = try golden.small()
        let result = try permanova(matrix, grouping: grouping, permutations: 0)
        #expect(StatisticsGolden.agrees(result.testStatistic, 442.0 / 23.0))
        #expect(StatisticsGolden.agrees(result.testStatistic, try StatisticsGolden.number(entry["permanova_pseudo_F"])))
        #expect(result.pValue == nil)
        #expect(result.sampleSize == 6 && result.numberOfGroups == 2)
        #expect(result.method == "PERMANOVA" && result.testStatisticName == "pseudo-F")
    }

    /// With 6 samples in two groups of 3 there are only 10 distinct splits; the observed one is the
    /// most extreme, so about 1 in 10 permutations ties it and p is near 0.1.
    @Test func pValueIsReproducibleAndPlausible() throws {
        let (matrix, _, grouping, _) = try StatisticsGolden.load().small()
        let first = try permanova(matrix, grouping: grouping, permutations: 999, seed: 7, threads: 1)
        let again = try permanova(matrix, grouping: grouping, permutations: 999, seed: 7, threads: 3)
        #expect(first == again)
        let p = try #require(first.pValue)
        #expect(p > 0.05 && p < 0.2)
        #expect(try permanova(matrix, grouping: grouping, permutations: 999, seed: 8).pValue != nil)
    }

    @Test func realDataAgreesWithScikitBio() throws {
        let golden = try StatisticsGolden.load()
        guard let (matrix, grouping) = try golden.pgpByBodySite() else { return }
        let expected = try #require(golden.object["body_site"] as? [String: Any])
        let result = try permanova(matrix, grouping: grouping, permutations: 0)
        let reference = try StatisticsGolden.number(expected["permanova_pseudo_F"])
        #expect(StatisticsGolden.agrees(result.testStatistic, reference), "\(result.testStatistic) vs \(reference)")
        #expect(result.sampleSize == expected["sample_size"] as? Int)
        #expect(result.numberOfGroups == expected["number_of_groups"] as? Int)

        let pairs = try pairwisePermanova(matrix, grouping: grouping, permutations: 0)
        let goldenPairs = try #require(golden.object["pairwise"] as? [[String: Any]])
        #expect(pairs.count == goldenPairs.count)
        for (pair, reference) in zip(pairs, goldenPairs) {
            #expect(pair.group1 == reference["group1"] as? String && pair.group2 == reference["group2"] as? String)
            #expect(pair.sampleSize == reference["sample_size"] as? Int)
            #expect(StatisticsGolden.agrees(pair.testStatistic, try StatisticsGolden.number(reference["permanova_pseudo_F"])))
            #expect(pair.pValue == nil && pair.qValue == nil)
        }
    }

    @Test func realDataThreadCountDoesNotChangeThePValue() throws {
        let golden = try StatisticsGolden.load()
        guard let (matrix, grouping) = try golden.pgpByBodySite() else { return }
        let one = try permanova(matrix, grouping: grouping, permutations: 40, seed: 3, threads: 1)
        let three = try permanova(matrix, grouping: grouping, permutations: 40, seed: 3, threads: 3)
        #expect(one == three)
        #expect(one.pValue == 1.0 / 41.0)
    }

    @Test func pairwiseHasBenjaminiHochbergQValues() throws {
        // Three groups; the pair p-values are combined into q-values.
        let ids = (0..<9).map { "s\($0)" }
        var values = [Double]()
        for i in 0..<9 { for j in (i + 1)..<9 { values.append(Double((i * 7 + j * 3) % 11 + 1) + (i / 3 == j / 3 ? 0 : 4)) } }
        let matrix = try DistanceMatrix(ids: ids, condensed: values as [Double])
        let grouping = ["c", "c", "c", "a", "a", "a", "b", "b", "b"]
        let pairs = try pairwisePermanova(matrix, grouping: grouping, permutations: 99, seed: 5, threads: 2)
        #expect(pairs.map { "\($0.group1)-\($0.group2)" } == ["a-b", "a-c", "b-c"])
        #expect(pairs.allSatisfy { $0.sampleSize == 6 })
        let q = PValueAdjustment.bh.adjust(pairs.map { $0.pValue ?? .nan })
        #expect(pairs.map(\.qValue) == q.map { Optional($0) })
        let again = try pairwisePermanova(matrix, grouping: grouping, permutations: 99, seed: 5, threads: 1)
        #expect(pairs == again)
    }

    @Test func badGroupingsThrowWithAMessage() throws {
        let (matrix, _, _, _) = try StatisticsGolden.load().small()
        #expect(throws: PermutationTestError.singleGroup) { try permanova(matrix, grouping: Array(repeating: "x", count: 6)) }
        #expect(throws: PermutationTestError.allGroupsSingletons) {
            try permanova(matrix, grouping: ["1", "2", "3", "4", "5", "6"])
        }
        #expect(throws: PermutationTestError.groupingLength(labels: 2, samples: 6)) { try permanova(matrix, grouping: ["a", "b"]) }
        #expect(throws: PermutationTestError.negativePermutations(-1)) {
            try permanova(matrix, grouping: ["a", "a", "a", "b", "b", "b"], permutations: -1)
        }
        #expect(PermutationTestError.singleGroup.description.contains("one group"))
    }
}
