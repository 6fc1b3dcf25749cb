import Foundation
import Testing

@testable import GutSkinMultivariate

@Suite struct ProcrustesTests {
    // By hand: a rotated, scaled and shifted copy fits perfectly (disparity 0, correlation 1).
    @Test func rotatedCopyFitsPerfectly() throws {
        let points: [Double] = [0, 0, 1, 0, 0, 2, 3, 1, -1, 2]
        let angle = 0.7
        var moved = [Double]()
        for row in 0..<5 {
            let x = points[row * 2]
            let y = points[row * 2 + 1]
            moved += [3 * (cos(angle) * x - sin(angle) * y) + 5, 3 * (sin(angle) * x + cos(angle) * y) - 2]
        }
        let fit = try Procrustes(points, moved, dimensions: 2, permutations: 0)
        #expect(abs(fit.disparity) < 1e-12)
        #expect(abs(fit.correlation - 1) < 1e-12)
        #expect(fit.pValue == nil)
    }

    // SciPy 1.17: scipy.spatial.procrustes([[0,0],[1,0],[0,1],[1,1],[2,3]], [[0,1],[1,1],[0,0],[2,2],[1,3]])[2]
    // = 0.44034090909090895.
    @Test func disparityEqualsOneMinusSquaredCorrelationAndPermutationPIsInRange() throws {
        let a: [Double] = [0, 0, 1, 0, 0, 1, 1, 1, 2, 3]
        let b: [Double] = [0, 1, 1, 1, 0, 0, 2, 2, 1, 3]
        let fit = try Procrustes(a, b, dimensions: 2, permutations: 99, seed: 3)
        #expect(abs(fit.disparity - 0.44034090909090895) < 1e-12)
        #expect(abs(fit.disparity - (1 - fit.correlation * fit.correlation)) < 1e-15)
        let p = try #require(fit.pValue)
        #expect(p >= 0.01 && p <= 1)
        let again = try Procrustes(a, b, dimensions: 2, permutations: 99, seed: 3, threads: 1)
        #expect(again == fit)
    }

    @Test func refusesMismatchedShapes() {
        #expect(throws: ProcrustesError.self) { try Procrustes([1, 2, 3, 4], [1, 2], dimensions: 2) }
    }
}
