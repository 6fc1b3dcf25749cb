import GutSkinMultivariate
import Testing

@Suite struct SymmetricEigenTests {
    @Test func twoByTwoByHand() throws {
        // [[2, 1], [1, 2]] has eigenvalues 1 and 3 with eigenvectors (1, −1)/√2 and (1, 1)/√2.
        let eigen = try SymmetricEigen(symmetric: [2, 1, 1, 2], size: 2)
        #expect(abs(eigen.values[0] - 1) < 1e-14 && abs(eigen.values[1] - 3) < 1e-14)
        #expect(abs(abs(eigen.vectors[2]) - 0.5.squareRoot()) < 1e-14)
        #expect(abs(eigen.vectors[2] - eigen.vectors[3]) < 1e-14)
    }
}
