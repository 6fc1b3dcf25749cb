import GutSkinCore
import Testing

@testable import GutSkinMultivariate

/// The randomized PCoA's product F · X taken from the condensed distances, against F formed in
/// full by `GowerCentring` and multiplied out.
@Suite struct CentredDistanceOperatorTests {
    static func randomMatrix(samples n: Int, seed: UInt64) throws -> DistanceMatrix {
        var generator = SeededRandomNumberGenerator(seed: seed)
        let values = (0..<(n * (n - 1) / 2)).map { _ in Double.random(in: 0..<1, using: &generator) }
        return try DistanceMatrix(ids: (0..<n).map { "s\($0)" }, condensed: values)
    }

    static func denseProduct(_ matrix: DistanceMatrix, _ x: [Double], columns c: Int) -> [Double] {
        let n = matrix.count
        let full = GowerCentring.centred(matrix)
        var output = [Double](repeating: 0, count: n * c)
        for column in 0..<c {
            for i in 0..<n {
                var sum = 0.0
                for j in 0..<n { sum += full[i * n + j] * x[column * n + j] }
                output[column * n + i] = sum
            }
        }
        return output
    }

    @Test(arguments: [1, 2, 3, 70, 300])
    func productEqualsTheFormedMatrixTimesTheBlock(samples n: Int) throws {
        let matrix = try Self.randomMatrix(samples: n, seed: UInt64(n))
        var generator = SeededRandomNumberGenerator(seed: 99)
        let c = 5
        let x = (0..<(n * c)).map { _ in Double.random(in: -1..<1, using: &generator) }
        let centred = CentredDistanceOperator(matrix)
        let product = centred.apply(x, columns: c, threads: 2)
        let expected = Self.denseProduct(matrix, x, columns: c)
        let scale = expected.map(abs).max() ?? 1
        for (got, want) in zip(product, expected) { #expect(abs(got - want) <= 1e-12 * max(1, scale)) }
        let full = GowerCentring.centred(matrix)
        #expect(abs(centred.trace - (0..<n).reduce(0) { $0 + full[$1 * n + $1] }) <= 1e-12 * max(1, abs(centred.trace)))
    }

    @Test func sameBitsForAnyThreadCountAndFromSinglePrecision() throws {
        let n = 500
        let matrix = try Self.randomMatrix(samples: n, seed: 3)
        let x = (0..<(n * 4)).map { Double($0 % 17) - 8 }
        let centred = CentredDistanceOperator(matrix)
        #expect(centred.blockStarts.count > 2, "the pairs are split into several blocks")
        #expect(centred.apply(x, columns: 4, threads: 1) == centred.apply(x, columns: 4, threads: 3))
        // An fp32 matrix is read as stored: the same as its values widened to an fp64 matrix.
        let single = try DistanceMatrix(ids: matrix.ids, condensed: matrix.condensed.map { Float($0) })
        let widened = try DistanceMatrix(ids: matrix.ids, condensed: single.condensed)
        #expect(
            CentredDistanceOperator(single).apply(x, columns: 4, threads: 2)
                == CentredDistanceOperator(widened).apply(x, columns: 4, threads: 2))
    }
}
