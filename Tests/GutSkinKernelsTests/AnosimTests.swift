import GutSkinCore
import Testing

@testable import GutSkinKernels

/// ANOSIM against scikit-bio 0.7.4 and by hand.
@Suite struct AnosimTests {
    @Test func averageRanksAsSciPy() {
        // scipy.stats.rankdata([3, 1, 3, 2, 3], method='average') = [4, 1, 4, 2, 4].
        #expect(Ranking.averageRanks([3, 1, 3, 2, 3]).ranks == [4, 1, 4, 2, 4])
        #expect(Ranking.averageRanks([]).ranks == [])
    }

    /// Worked by hand: ranks of the 15 distances (1,4,5,6,2,3,5,6,3,2,2,5,1,6,6) with ties
    /// averaged; within-group pairs ab=1, af=2, bf=3, cd=2, ce=2, de=1 have ranks 1.5, 4, 6.5, 4,
    /// 4, 1.5 (mean 21.5/6); the other nine sum to 120 − 21.5; R = (r̄_B − r̄_W) / (15/2).
    @Test func smallCaseByHandAndAsScikitBio() throws {
        let (matrix, _, grouping, entry) = try StatisticsGolden.load().small()
        let result = try anosim(matrix, grouping: grouping, permutations: 0)
        let byHand = ((120 - 21.5) / 9 - 21.5 / 6) / 7.5
        #expect(StatisticsGolden.agrees(result.testStatistic, byHand))
        #expect(StatisticsGolden.agrees(result.testStatistic, try StatisticsGolden.number(entry["anosim_R"])))
        #expect(result.method == "ANOSIM" && result.testStatisticName == "R")
    }

    @Test func realDataAgreesWithScikitBio() throws {
        let golden = try StatisticsGolden.load()
        guard let (matrix, grouping) = try golden.pgpByBodySite() else { return }
        let expected = try #require(golden.object["body_site"] as? [String: Any])
        let result = try anosim(matrix, grouping: grouping, permutations: 0)
        #expect(StatisticsGolden.agrees(result.testStatistic, try StatisticsGolden.number(expected["anosim_R"])))
        let one = try anosim(matrix, grouping: grouping, permutations: 30, seed: 11, threads: 1)
        let three = try anosim(matrix, grouping: grouping, permutations: 30, seed: 11, threads: 3)
        #expect(one == three)
    }

    @Test func pValueIsReproducible() throws {
        let (matrix, _, grouping, _) = try StatisticsGolden.load().small()
        let one = try anosim(matrix, grouping: grouping, permutations: 199, seed: 2, threads: 1)
        #expect(one == (try anosim(matrix, grouping: grouping, permutations: 199, seed: 2, threads: 3)))
        let p = try #require(one.pValue)
        #expect(p > 0.05 && p < 0.2)
    }
}
