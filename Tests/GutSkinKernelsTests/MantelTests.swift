import GutSkinCore
import Testing

@testable import GutSkinKernels

/// The Mantel test against scikit-bio 0.7.4.
@Suite struct MantelTests {
    @Test func smallCaseAsScikitBio() throws {
        let (matrix, other, _, entry) = try StatisticsGolden.load().small()
        let pearson = try mantel(matrix, other, method: .pearson, permutations: 0)
        #expect(StatisticsGolden.agrees(pearson.testStatistic, try StatisticsGolden.number(entry["mantel_pearson"])))
        #expect(pearson.pValue == nil && pearson.testStatisticName == "r" && pearson.sampleSize == 6)
        let spearman = try mantel(matrix, other, method: .spearman, permutations: 0)
        #expect(StatisticsGolden.agrees(spearman.testStatistic, try StatisticsGolden.number(entry["mantel_spearman"])))
        #expect(spearman.testStatisticName == "rho")
    }

    @Test func secondMatrixIsReorderedToTheFirstsIDs() throws {
        let (matrix, other, _, _) = try StatisticsGolden.load().small()
        let reversed = try other.filtered(to: other.ids.reversed())
        #expect(try mantel(matrix, reversed, permutations: 0) == (try mantel(matrix, other, permutations: 0)))
        let fewer = try other.filtered(to: Array(other.ids.prefix(5)))
        #expect(throws: PermutationTestError.self) { try mantel(matrix, fewer) }
    }

    @Test func alternativesAndThreads() throws {
        let (matrix, other, _, _) = try StatisticsGolden.load().small()
        for alternative in MantelAlternative.allCases {
            let one = try mantel(matrix, other, permutations: 299, alternative: alternative, seed: 4, threads: 1)
            let three = try mantel(matrix, other, permutations: 299, alternative: alternative, seed: 4, threads: 3)
            #expect(one == three)
        }
        // Strong positive correlation: "greater" is small, "less" is near 1.
        let greater = try #require(try mantel(matrix, other, permutations: 299, alternative: .greater, seed: 4).pValue)
        let less = try #require(try mantel(matrix, other, permutations: 299, alternative: .less, seed: 4).pValue)
        #expect(greater < 0.1 && less > 0.9)
    }

    @Test func realDataAgreesWithScikitBio() throws {
        let golden = try StatisticsGolden.load()
        guard let (bc, jac) = try StatisticsGolden.pgpMatrices() else { return }
        let expected = try #require(golden.object["mantel"] as? [String: [String: Any]])
        for method in MantelCorrelation.allCases {
            let result = try mantel(bc, jac, method: method, permutations: 0)
            let reference = try StatisticsGolden.number(expected[method.rawValue]?["statistic"])
            #expect(StatisticsGolden.agrees(result.testStatistic, reference), "\(method): \(result.testStatistic) vs \(reference)")
            #expect(result.sampleSize == expected[method.rawValue]?["sample_size"] as? Int)
        }
    }

    @Test func constantMatrixHasNoStatistic() throws {
        let ids = ["a", "b", "c", "d"]
        let flat = try DistanceMatrix(ids: ids, condensed: [1, 1, 1, 1, 1, 1] as [Double])
        let varied = try DistanceMatrix(ids: ids, condensed: [1, 2, 3, 4, 5, 6] as [Double])
        let result = try mantel(flat, varied)
        #expect(result.testStatistic.isNaN && result.pValue == nil)
        #expect(throws: PermutationTestError.tooFewSamples(2, minimum: 3)) {
            try mantel(try DistanceMatrix(ids: ["a", "b"], condensed: [1.0]), try DistanceMatrix(ids: ["a", "b"], condensed: [2.0]))
        }
    }
}
