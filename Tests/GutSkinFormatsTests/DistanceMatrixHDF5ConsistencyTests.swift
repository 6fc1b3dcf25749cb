import Foundation
import GutSkinCore
import TestSupport
import Testing

@testable import GutSkinFormats

/// A whole `.h5` matrix is read a block of rows at a time and checked as it comes; these
/// matrices cross block boundaries, and the problem named must be the first in row order, as the
/// whole-matrix walk names it.
@Suite struct DistanceMatrixHDF5ConsistencyTests {
    static let size = 300

    /// Writes an n × n matrix with `value(i, j)` (symmetric unless `value` says otherwise) in
    /// Striped UniFrac's layout and reads it back with gutskin.
    static func readBack(singlePrecision: Bool = false, _ value: @escaping (Int, Int) -> Double) throws -> DistanceMatrix {
        let folder = TemporaryFolder()
        let path = folder.path + "/matrix.h5"
        let n = size
        try HDF5Library.serialized { () throws(HDF5Error) in
            try HDF5File.writeNew(path) { root throws(HDF5Error) in
                try root.writeDataset("order", strings: (0..<n).map { "s\($0)" }, dimensions: [n])
                if singlePrecision {
                    try root.writeSquareMatrix("matrix", size: n, as: Float.self) { rows, buffer in
                        for (position, i) in rows.enumerated() {
                            for j in 0..<n { buffer[position * n + j] = Float(value(i, j)) }
                        }
                    }
                } else {
                    try root.writeSquareMatrix("matrix", size: n, as: Double.self) { rows, buffer in
                        for (position, i) in rows.enumerated() {
                            for j in 0..<n { buffer[position * n + j] = value(i, j) }
                        }
                    }
                }
            }
        }
        return try DistanceMatrixHDF5.read(path: path)
    }

    static func symmetric(_ i: Int, _ j: Int) -> Double { i == j ? 0 : Double(min(i, j) * 1_000 + max(i, j)) / 1e6 }

    @Test func aSymmetricHollowMatrixReadsWhole() throws {
        let matrix = try Self.readBack(Self.symmetric)
        #expect(matrix.count == Self.size)
        #expect(matrix[3, 250] == Self.symmetric(3, 250))
        #expect(matrix[299, 0] == Self.symmetric(0, 299))
    }

    @Test func theFirstAsymmetryInRowOrderIsNamedNotTheFirstBlockFound() throws {
        // (150, 160) is in an earlier block of rows than (20, 290), but row 21 comes first.
        let error = try #require(throws: (any Error).self) {
            _ = try Self.readBack { i, j in
                if (i, j) == (160, 150) || (i, j) == (290, 20) { return 0.5 }
                return Self.symmetric(i, j)
            }
        }
        #expect("\(error)".contains("not symmetric at rows 21 and 291"), "\(error)")
    }

    @Test func aSinglePrecisionMatrixIsCheckedAlike() throws {
        let matrix = try Self.readBack(singlePrecision: true, Self.symmetric)
        #expect(matrix.isSinglePrecision)
        #expect(matrix[3, 250] == Double(Float(Self.symmetric(3, 250))))
        let error = try #require(throws: (any Error).self) {
            _ = try Self.readBack(singlePrecision: true) { i, j in
                if (i, j) == (160, 150) || (i, j) == (290, 20) { return 0.5 }
                return Self.symmetric(i, j)
            }
        }
        #expect("\(error)".contains("not symmetric at rows 21 and 291"), "\(error)")
    }

    @Test func aDiagonalValueBeforeAnAsymmetryIsNamedFirst() throws {
        let error = try #require(throws: (any Error).self) {
            _ = try Self.readBack { i, j in
                if i == 200 && j == 200 { return 0.25 }
                if (i, j) == (260, 250) { return 0.5 }
                return Self.symmetric(i, j)
            }
        }
        #expect("\(error)".contains("diagonal value at row 201 is 0.25"), "\(error)")
    }

    @Test func notANumberIsNamedAsSuch() throws {
        let error = try #require(throws: (any Error).self) {
            _ = try Self.readBack { i, j in (i, j) == (5, 77) || (i, j) == (77, 5) ? .nan : Self.symmetric(i, j) }
        }
        #expect("\(error)".contains("the distance between rows 6 and 78 is not a number"), "\(error)")
    }
}
