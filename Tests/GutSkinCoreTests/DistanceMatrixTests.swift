import GutSkinCore
import Testing

@Suite struct DistanceMatrixTests {
    @Test func condensedLayoutMatchesSciPy() throws {
        // scipy.spatial.distance.squareform order: (0,1), (0,2), (0,3), (1,2), (1,3), (2,3).
        let matrix = try DistanceMatrix(ids: ["a", "b", "c", "d"], condensed: [1.0, 2, 3, 4, 5, 6])
        #expect(matrix[0, 3] == 3)
        #expect(matrix[3, 1] == 5)
        #expect(matrix[2, 2] == 0)
        #expect(DistanceMatrix.condensedIndex(2, 3, count: 4) == 5)
        let sub = try matrix.filtered(to: ["d", "b"])
        #expect(sub.condensed == [5])
    }

    @Test func singlePrecisionStorage() throws {
        let matrix = try DistanceMatrix(ids: ["a", "b", "c"], condensed: [Float(0.5), 0.25, 0.125])
        #expect(matrix.isSinglePrecision)
        #expect(matrix[1, 2] == 0.125)
        // Filtering keeps the precision (no widened copy); squares are taken in double precision.
        let sub = try matrix.filtered(to: ["c", "a"])
        #expect(sub.isSinglePrecision)
        #expect(sub.condensed == [0.25])
        let third = Float(1) / 3
        let widened = try DistanceMatrix(ids: ["a", "b"], condensed: [third]).squaredCondensed
        #expect(widened == [Double(third) * Double(third)])
        #expect(widened != [Double(third * third)])
        #expect(try DistanceMatrix(ids: ["a", "b", "c"], condensed: [0.5, 3, 0.25]).squaredCondensed == [0.25, 9, 0.0625])
    }

    @Test func rejectsBadInput() {
        #expect(throws: DistanceMatrixError.sizeMismatch(ids: 3, condensedValues: 2)) {
            try DistanceMatrix(ids: ["a", "b", "c"], condensed: [1.0, 2])
        }
        #expect(throws: DistanceMatrixError.duplicateID("a")) { try DistanceMatrix(ids: ["a", "a"], condensed: [1.0]) }
        #expect(throws: DistanceMatrixError.self) { try DistanceMatrix(ids: ["a", "b"], condensed: [-1.0]) }
        #expect(throws: DistanceMatrixError.unknownID("z")) {
            try DistanceMatrix(ids: ["a", "b"], condensed: [1.0]).filtered(to: ["z"])
        }
    }
}
