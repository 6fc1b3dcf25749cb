import GutSkinCore
import GutSkinKernels
import Testing

@Suite struct RarefactionTests {
    func table() throws -> FeatureTable {
        try FeatureTable(
            sampleIDs: ["deep", "shallow", "mid"], featureIDs: ["A", "B", "C", "D"],
            dense: [[50, 30, 20, 0], [2, 1, 0, 0], [0, 10, 5, 1]])
    }

    @Test func everyKeptSampleHasTheDepth() throws {
        let result = try Rarefaction(try table(), depth: 10, seed: 3)
        #expect(result.droppedSamples == ["shallow"])
        #expect(result.table.sampleIDs == ["deep", "mid"])
        #expect(result.table.sampleTotals == [10, 10])
        let original = try table()
        for (row, sample) in [0, 2].enumerated() {
            for entry in result.table.entryRange(ofSample: row) {
                let feature = Int(result.table.featureIndices[entry])
                let originalIndex = original.featureIDs.firstIndex(of: result.table.featureIDs[feature])!
                #expect(result.table.values[entry] <= original.value(sample: sample, feature: originalIndex))
            }
        }
    }

    @Test func sameSeedSameResultWhateverTheOtherSamples() throws {
        let full = try Rarefaction(try table(), depth: 10, seed: 99).table
        #expect(try Rarefaction(try table(), depth: 10, seed: 99).table == full)
        // A sample's draw depends only on the seed and its id, not on the rest of the table
        // (so not on how work is split across threads).
        let alone = try Rarefaction(try table().selectingSamples([2]), depth: 10, seed: 99).table
        let midInFull = full.selectingSamples([1])
        for feature in alone.featureIDs {
            let a = alone.value(sample: 0, feature: alone.featureIDs.firstIndex(of: feature)!)
            let b = midInFull.value(sample: 0, feature: midInFull.featureIDs.firstIndex(of: feature)!)
            #expect(a == b)
        }
        let other = try Rarefaction(try table(), depth: 10, seed: 100).table
        #expect(other != full)
    }

    @Test func depthEqualToTotalKeepsEverything() throws {
        let result = try Rarefaction(try table(), depth: 16, seed: 1)
        #expect(result.table.sampleIDs == ["deep", "mid"])
        #expect(result.table.value(sample: 1, feature: result.table.featureIDs.firstIndex(of: "D")!) == 1)
    }

    @Test func drawsFollowTheHypergeometricMean() throws {
        // Rarefying [50, 30, 20] to 10 keeps on average 5, 3 and 2 reads (hypergeometric means).
        // Over 2,000 seeds the mean of A is 5 ± 0.033 (sd ≈ 1.5/√2000); allow 5 sd.
        let one = try table().selectingSamples([0])
        var sumA = 0.0
        for seed in 0..<2_000 {
            let result = try Rarefaction(one, depth: 10, seed: UInt64(seed)).table
            if let a = result.featureIDs.firstIndex(of: "A") { sumA += result.value(sample: 0, feature: a) }
        }
        #expect(abs(sumA / 2_000 - 5) < 0.17)
    }

    @Test func removesFeaturesLeftEmpty() throws {
        let sparse = try FeatureTable(sampleIDs: ["S"], featureIDs: ["A", "B"], dense: [[1000, 1]])
        // With depth 1, feature B survives with probability 1/1001; seed 5 keeps A (checked by the sum).
        let result = try Rarefaction(sparse, depth: 1, seed: 5)
        #expect(result.table.featureCount + result.removedFeatureCount == 2)
        #expect(result.table.sampleTotals == [1])
    }

    @Test func rejectsWhatIsNotCounts() throws {
        let fractions = try FeatureTable(sampleIDs: ["S"], featureIDs: ["A"], dense: [[0.5]])
        #expect(throws: RarefactionError.notCounts) { try Rarefaction(fractions, depth: 1, seed: 0) }
        #expect(throws: RarefactionError.noSampleDeepEnough(depth: 1000, deepest: 100)) {
            try Rarefaction(try table(), depth: 1000, seed: 0)
        }
        #expect(throws: RarefactionError.nonPositiveDepth(0)) { try Rarefaction(try table(), depth: 0, seed: 0) }
    }
}
