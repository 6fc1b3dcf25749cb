import GutSkinCore
import GutSkinLongitudinal
import Testing

/// pairwise-differences / pairwise-distances against q2-longitudinal's SciPy calls (LongitudinalGolden).
@Suite struct PairwiseComparisonTests {
    /// Checks pairs (ids, subjects, values, groups) and every test table against one golden entry.
    func check(_ result: PairwiseComparison, _ entry: [String: Any]) throws {
        let pairs = try #require(entry["pairs"] as? [[String]])
        #expect(result.pairs.count == pairs.count)
        // q2-longitudinal iterates individuals in set order; compare as sets keyed by sample id.
        let expected = Dictionary(uniqueKeysWithValues: pairs.map { ($0[0], $0) })
        for pair in result.pairs {
            let row = try #require(expected[pair.sampleID], "unexpected pair \(pair.sampleID)")
            #expect(pair.subject == row[1] && pair.group == row[3])
            #expect(LongitudinalGolden.agrees(pair.value, try LongitudinalGolden.number(row[2])), "\(pair.sampleID)")
        }
        if let paired = entry["paired"] as? [[String]] {
            #expect(result.pairedTests.map(\.group) == paired.map { $0[0] })
            for (test, row) in zip(result.pairedTests, paired) {
                #expect(LongitudinalGolden.agrees(test.statistic, try LongitudinalGolden.number(row[1])), "W \(row[0])")
                #expect(LongitudinalGolden.agrees(test.pValue, try LongitudinalGolden.number(row[2])), "p \(row[0])")
                #expect(LongitudinalGolden.agrees(test.fdrPValue, try LongitudinalGolden.number(row[3])), "q \(row[0])")
            }
        } else {
            #expect(result.pairedTests.isEmpty)
        }
        if let between = entry["between"] as? [[String]], let kruskal = entry["kruskal"] as? [String] {
            let h = try #require(result.kruskalWallis)
            #expect(LongitudinalGolden.agrees(h.statistic, try LongitudinalGolden.number(kruskal[0])))
            #expect(LongitudinalGolden.agrees(h.pValue, try LongitudinalGolden.number(kruskal[1])))
            #expect(result.groupTests.map { [$0.groupA, $0.groupB] } == between.map { [$0[0], $0[1]] })
            for (test, row) in zip(result.groupTests, between) {
                #expect(LongitudinalGolden.agrees(test.statistic, try LongitudinalGolden.number(row[2])), "U \(row[0]) \(row[1])")
                #expect(LongitudinalGolden.agrees(test.pValue, try LongitudinalGolden.number(row[3])), "p \(row[0]) \(row[1])")
                #expect(LongitudinalGolden.agrees(test.fdrPValue, try LongitudinalGolden.number(row[4])), "q \(row[0]) \(row[1])")
            }
        } else {
            #expect(result.kruskalWallis == nil && result.groupTests.isEmpty)
        }
    }

    @Test func differencesByArmAgreeWithSciPy() throws {
        let golden = try LongitudinalGolden.load()
        let result = try PairwiseComparison.run(
            samples: try LongitudinalGolden.samples(groupColumn: "arm"), measure: .difference, first: "0", second: "8", handling: .drop)
        try check(result, try #require(golden.object["differences_by_arm_0_8"] as? [String: Any]))
        // The subject without week 8 and the missing value at con02.w8 are left out.
        #expect(result.notes.contains { $0.contains("pro03") })
        #expect(!result.pairs.contains { $0.sampleID == "con02.w8" })
    }

    @Test func differencesWithoutGroupsUseOneGroupAndNoBetweenTests() throws {
        let golden = try LongitudinalGolden.load()
        let result = try PairwiseComparison.run(
            samples: try LongitudinalGolden.samples(groupColumn: nil), measure: .difference, first: "4", second: "12", handling: .drop)
        try check(result, try #require(golden.object["differences_all_4_12"] as? [String: Any]))
        // die05 has two samples at week 4: dropped under `drop`.
        #expect(!result.pairs.contains { $0.subject == "die05" })
    }

    @Test func distancesByArmAgreeWithSciPy() throws {
        let golden = try LongitudinalGolden.load()
        let result = try PairwiseComparison.run(
            samples: try LongitudinalGolden.samples(groupColumn: "arm", metric: false),
            measure: .distance(try LongitudinalGolden.distances()), first: "0", second: "12", handling: .drop)
        try check(result, try #require(golden.object["distances_by_arm_0_12"] as? [String: Any]))
    }

    @Test func replicatesStopTheRunUnderErrorNamingTheIndividual() throws {
        let samples = try LongitudinalGolden.samples(groupColumn: "arm")
        #expect {
            try PairwiseComparison.run(samples: samples, measure: .difference, first: "4", second: "8", handling: .error)
        } throws: { error in
            "\(error)".contains("die05") && "\(error)".contains("dieXX.w4b") && "\(error)".contains("cohort-metadata.tsv")
        }
    }

    @Test func randomReplicateHandlingKeepsOneSampleReproducibly() throws {
        let samples = try LongitudinalGolden.samples(groupColumn: nil)
        let first = try PairwiseComparison.run(samples: samples, measure: .difference, first: "4", second: "8", handling: .random, seed: 3)
        let again = try PairwiseComparison.run(samples: samples, measure: .difference, first: "4", second: "8", handling: .random, seed: 3)
        #expect(first.pairs.contains { $0.subject == "die05" })
        #expect(first.pairs == again.pairs)
    }

    @Test func statesMustDifferAndExistInEveryGroup() throws {
        let samples = try LongitudinalGolden.samples(groupColumn: "arm")
        #expect(throws: LongitudinalError.sameStates(state: "4")) {
            try PairwiseComparison.run(samples: samples, measure: .difference, first: "4", second: "4.0", handling: .drop)
        }
        #expect(throws: LongitudinalError.stateAbsent(file: LongitudinalGolden.metadataPath, column: "week", state: "6")) {
            try PairwiseComparison.run(samples: samples, measure: .difference, first: "0", second: "6", handling: .drop)
        }
        #expect(throws: LongitudinalError.stateNotNumeric(file: LongitudinalGolden.metadataPath, column: "week", state: "late")) {
            try PairwiseComparison.run(samples: samples, measure: .difference, first: "0", second: "late", handling: .drop)
        }
    }
}
