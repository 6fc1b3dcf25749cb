import GutSkinCore
import Testing

@Suite struct PartialDistanceMatrixTests {
    /// A 7-sample matrix whose distance (i, j) is 10·min + max, so every value is traceable.
    func whole() throws -> DistanceMatrix {
        let n = 7
        var condensed = [Double]()
        for i in 0..<n { for j in (i + 1)..<n { condensed.append(Double(10 * i + j)) } }
        return try DistanceMatrix(ids: (0..<n).map { "S\($0)" }, condensed: condensed)
    }

    func slice(_ matrix: DistanceMatrix, _ stripes: Range<Int>, metric: String = "braycurtis") throws -> PartialDistanceMatrix {
        let selection = try PairSelection(sampleCount: matrix.count, stripes: stripes)
        var values = [Double](repeating: -1, count: selection.pairCount)
        for i in 0..<matrix.count {
            for j in 0..<matrix.count where i != j { if let slot = selection.slot(i, j) { values[slot] = matrix[i, j] } }
        }
        return try PartialDistanceMatrix(ids: matrix.ids, metric: metric, selection: selection, values: values)
    }

    @Test func slicesMergeIntoTheWholeInAnyOrder() throws {
        let matrix = try whole()
        let parts = [try slice(matrix, 2..<3), try slice(matrix, 0..<1), try slice(matrix, 1..<2)]
        #expect(try DistanceMatrix(merging: parts) == matrix)
    }

    /// The merger behind `beta-merge` takes one slice at a time; in fp32 it stores floats, as an
    /// fp32 run does, and names the overlapping parts.
    @Test func mergerTakesSlicesOneAtATime() throws {
        let matrix = try whole()
        var merger = DistanceMatrixMerger(like: try slice(matrix, 0..<1), singlePrecision: true)
        for stripes in [1..<3, 0..<1] { try merger.add(try slice(matrix, stripes)) }
        let merged = try merger.matrix()
        #expect(merged.condensed == matrix.condensed)
        guard case .fp32 = merged.storage else {
            Issue.record("an fp32 merge stored doubles")
            return
        }
        var overlapping = DistanceMatrixMerger(like: try slice(matrix, 0..<1))
        try overlapping.add(try slice(matrix, 0..<2))
        #expect(throws: DistanceMatrixMergeError.overlap(stripe: 1, parts: (0, 1))) { try overlapping.add(try slice(matrix, 1..<3)) }
    }

    @Test func refusesGapsOverlapsAndMixtures() throws {
        let matrix = try whole()
        #expect(throws: DistanceMatrixMergeError.missingStripes(1..<3, stripeCount: 3)) {
            try DistanceMatrix(merging: [try slice(matrix, 0..<1)])
        }
        #expect(throws: DistanceMatrixMergeError.self) {
            try DistanceMatrix(merging: [try slice(matrix, 0..<2), try slice(matrix, 1..<3)])
        }
        #expect(throws: DistanceMatrixMergeError.differentMetrics("braycurtis", "jaccard")) {
            try DistanceMatrix(merging: [try slice(matrix, 0..<2), try slice(matrix, 2..<3, metric: "jaccard")])
        }
        #expect(throws: DistanceMatrixMergeError.noParts) { try DistanceMatrix(merging: []) }
    }
}
