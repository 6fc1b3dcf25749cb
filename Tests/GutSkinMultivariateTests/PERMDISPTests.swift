import Foundation
import GutSkinCore
import GutSkinMultivariate
import Testing

/// PERMDISP against scikit-bio 0.7.4 (`permdisp`) and by hand.
@Suite struct PERMDISPTests {
    @Test(arguments: ["braycurtis", "unweighted_unifrac"]) func fStatisticMatchesScikitBio(metric: String) throws {
        let golden = try OrdinationGolden.load("ordination-pgp-\(metric).json.gz")
        let matrix = try golden.matrix().filtered(to: golden.strings("permdisp_ids"))
        let groups = try golden.strings("permdisp_groups")
        let expected = try #require(golden.object["permdisp_f"] as? [String: Double])
        for test in PERMDISP.Test.allCases {
            let result = try PERMDISP(matrix, grouping: groups, test: test, permutations: 0)
            let reference = try #require(expected[test.rawValue])
            let relative = abs(result.statistic - reference) / reference
            print("PERMDISP \(metric) \(test.rawValue): F \(result.statistic) vs scikit-bio \(reference), relative difference \(relative)")
            #expect(relative < 1e-10, "\(test.rawValue)")
            #expect(result.pValue == nil)
            #expect(result.groupCount == 4 && result.sampleSize == groups.count)
        }
    }

    @Test func pValueIndependentOfThreadCount() throws {
        let golden = try OrdinationGolden.load("ordination-pgp-braycurtis.json.gz")
        let matrix = try golden.matrix().filtered(to: golden.strings("permdisp_ids"))
        let groups = try golden.strings("permdisp_groups")
        let one = try PERMDISP(matrix, grouping: groups, test: .centroid, permutations: 199, seed: 11, threads: 1)
        let three = try PERMDISP(matrix, grouping: groups, test: .centroid, permutations: 199, seed: 11, threads: 3)
        #expect(one.pValue == three.pValue)
        #expect(one.statistic == three.statistic)
        let other = try PERMDISP(matrix, grouping: groups, test: .centroid, permutations: 199, seed: 12, threads: 2)
        #expect(other.statistic == one.statistic)
        #expect((one.pValue ?? 0) > 0 && (one.pValue ?? 2) <= 1)
    }

    /// Points on a line: group A at 0 and 2 (centroid 1, distances 1, 1), group B at 10, 14, 18
    /// (centroid 14, distances 4, 0, 4). ANOVA on (1, 1 | 4, 0, 4): grand mean 2, group means 1
    /// and 8/3; SS_between = 2·1 + 3·(2/3)² = 10/3, SS_within = 0 + (16/9·2 + 64/9) = 96/9 = 32/3;
    /// F = (10/3 / 1) / (32/3 / 3) = 15/16.
    @Test func centroidByHand() throws {
        let coordinates: [Double] = [0, 2, 10, 14, 18]
        let result = try PERMDISP(
            coordinates: coordinates, axisCount: 1, grouping: ["A", "A", "B", "B", "B"], test: .centroid, permutations: 0)
        #expect(abs(result.statistic - 15.0 / 16) < 1e-12)
        // On one axis the spatial median is the ordinary median: A's lies anywhere in [0, 2] (the
        // Weiszfeld start, the mean 1, is already optimal), B's is 14: the same distances.
        let median = try PERMDISP(
            coordinates: coordinates, axisCount: 1, grouping: ["A", "A", "B", "B", "B"], test: .median, permutations: 0)
        #expect(abs(median.statistic - 15.0 / 16) < 1e-6)
    }

    @Test func degenerateGroupingsThrow() throws {
        let coordinates: [Double] = [0, 1, 2]
        #expect(throws: PERMDISPError.singleGroup) {
            try PERMDISP(coordinates: coordinates, axisCount: 1, grouping: ["A", "A", "A"])
        }
        #expect(throws: PERMDISPError.allGroupsSingletons) {
            try PERMDISP(coordinates: coordinates, axisCount: 1, grouping: ["A", "B", "C"])
        }
        #expect(throws: PERMDISPError.groupingSizeMismatch(2, samples: 3)) {
            try PERMDISP(coordinates: coordinates, axisCount: 1, grouping: ["A", "B"])
        }
    }
}
