import Foundation
import GutSkinCore
import GutSkinFormats
import GutSkinMultivariate
import Testing

/// PCoA against scikit-bio 0.7.4 (`pcoa`) and by hand.
@Suite struct PrincipalCoordinatesTests {
    static let metrics = ["braycurtis", "unweighted_unifrac"]

    @Test(arguments: metrics) func allAxesMatchScikitBio(metric: String) throws {
        let golden = try OrdinationGolden.load("ordination-pgp-\(metric).json.gz")
        let pcoa = try PrincipalCoordinates(golden.matrix())
        let expectedValues = try golden.numbers("eigenvalues")
        #expect(pcoa.axisCount == expectedValues.count)
        var values = Deviation()
        var proportions = Deviation()
        var coordinates = Deviation()
        values.compare(pcoa.eigenvalues, expectedValues)
        proportions.compare(pcoa.proportionExplained, try golden.numbers("proportion_explained"))
        coordinates.compareUpToSign(
            leadingColumns(pcoa.coordinates, columns: pcoa.axisCount, axes: 10), try golden.numbers("coordinates_first10"),
            axes: 10)
        print(
            "PCoA \(metric) eigh all axes: eigenvalues \(values); proportions \(proportions); coordinates (10 axes, up to sign) \(coordinates)"
        )
        #expect(values.absolute < 1e-8)
        #expect(proportions.absolute < 1e-8)
        #expect(coordinates.absolute < 1e-8)
        #expect(pcoa.warnings.count == (try golden.strings("warnings")).count)
    }

    @Test(arguments: metrics) func tenAxesMatchScikitBio(metric: String) throws {
        let golden = try OrdinationGolden.load("ordination-pgp-\(metric).json.gz")
        let pcoa = try PrincipalCoordinates(golden.matrix(), dimensions: 10)
        var values = Deviation()
        var proportions = Deviation()
        var coordinates = Deviation()
        values.compare(pcoa.eigenvalues, try golden.numbers("eigenvalues10"))
        proportions.compare(pcoa.proportionExplained, try golden.numbers("proportion_explained10"))
        coordinates.compareUpToSign(pcoa.coordinates, try golden.numbers("coordinates10"), axes: 10)
        print("PCoA \(metric) eigh 10 axes (dsyevr): eigenvalues \(values); proportions \(proportions); coordinates \(coordinates)")
        #expect(values.absolute < 1e-8 && proportions.absolute < 1e-8 && coordinates.absolute < 1e-8)
    }

    /// fsvd is an approximation with a random start (ours is not NumPy's): its leading eigenvalues
    /// must be close to the exact ones and to scikit-bio's fsvd: to a relative 1e-4 on the first
    /// three axes, 10% on all ten (one Krylov level on PGP's flat UniFrac spectrum is off by up
    /// to 6% on axes 6–10, scikit-bio's own fsvd as much); coordinates of the first two axes to
    /// 1e-3 of their scale.
    @Test(arguments: metrics) func fsvdApproximatesEigh(metric: String) throws {
        let golden = try OrdinationGolden.load("ordination-pgp-\(metric).json.gz")
        let matrix = try golden.matrix()
        let fast = try PrincipalCoordinates(matrix, dimensions: 10, method: .fsvd, seed: 7)
        let exact = try PrincipalCoordinates(matrix, dimensions: 10)
        let skbioFast = try golden.numbers("fsvd_eigenvalues")
        for axis in 0..<10 {
            let tolerance = axis < 3 ? 1e-4 : 0.1
            #expect(abs(fast.eigenvalues[axis] - exact.eigenvalues[axis]) <= tolerance * exact.eigenvalues[axis], "axis \(axis)")
            #expect(abs(fast.eigenvalues[axis] - skbioFast[axis]) <= tolerance * skbioFast[axis], "axis \(axis)")
        }
        var proportions = Deviation()
        proportions.compare(Array(fast.proportionExplained.prefix(3)), Array(exact.proportionExplained.prefix(3)))
        #expect(proportions.relative < 1e-4)
        var coordinates = Deviation()
        coordinates.compareUpToSign(
            leadingColumns(fast.coordinates, columns: 10, axes: 2), leadingColumns(exact.coordinates, columns: 10, axes: 2),
            axes: 2)
        print(
            "PCoA \(metric) fsvd vs eigh, 10 axes: first eigenvalue relative error \(abs(fast.eigenvalues[0] - exact.eigenvalues[0]) / exact.eigenvalues[0]); coordinates axes 1–2 \(coordinates)"
        )
        #expect(coordinates.absolute < 1e-3 * exact.coordinates.map(abs).max()!)
        // Reproducible for a seed.
        let again = try PrincipalCoordinates(matrix, dimensions: 10, method: .fsvd, seed: 7)
        #expect(again.coordinates == fast.coordinates)
    }

    @Test func smallCasesMatchScikitBioToTheBit() throws {
        let golden = try OrdinationGolden.load("ordination-small.json.gz")
        let cases = try golden.sub("cases")
        for name in ["euclidean3", "negative4"] {
            let expected = try cases.sub(name)
            let pcoa = try PrincipalCoordinates(expected.matrix())
            var values = Deviation()
            var coordinates = Deviation()
            values.compare(pcoa.eigenvalues, try expected.numbers("eigenvalues"))
            coordinates.compareUpToSign(pcoa.coordinates, try expected.numbers("coordinates"), axes: pcoa.axisCount)
            #expect(values.absolute < 1e-12, "\(name)")
            #expect(coordinates.absolute < 1e-12, "\(name)")
            #expect(pcoa.warnings.count == (try expected.strings("warnings")).count, "\(name)")
        }
    }

    /// Three collinear points at 0, 1 and 3 on a line: the centred configuration is (−4/3, −1/3, 5/3),
    /// so λ₁ = 16/9 + 1/9 + 25/9 = 14/3 and the other eigenvalues are 0.
    @Test func collinearPointsByHand() throws {
        let matrix = try DistanceMatrix(ids: ["a", "b", "c"], condensed: [1, 3, 2] as [Double])
        let pcoa = try PrincipalCoordinates(matrix)
        #expect(abs(pcoa.eigenvalues[0] - 14.0 / 3) < 1e-12)
        #expect(pcoa.eigenvalues[1] == 0 && pcoa.eigenvalues[2] == 0)
        #expect(pcoa.proportionExplained == [1, 0, 0])
        let sign: Double = pcoa.coordinate(sample: 0, axis: 0) < 0 ? 1 : -1
        #expect(abs(sign * pcoa.coordinate(sample: 0, axis: 0) + 4.0 / 3) < 1e-12)
        #expect(abs(sign * pcoa.coordinate(sample: 1, axis: 0) + 1.0 / 3) < 1e-12)
        #expect(abs(sign * pcoa.coordinate(sample: 2, axis: 0) - 5.0 / 3) < 1e-12)
    }

    /// d(w,z) = 5 with every other distance 1 breaks the triangle inequality: the centred matrix
    /// has eigenvalue −5.5, which is reported with scikit-bio's message, then set to 0 with its axis.
    @Test func negativeEigenvalueIsReportedAndZeroed() throws {
        let matrix = try DistanceMatrix(ids: ["w", "x", "y", "z"], condensed: [1, 1, 5, 1, 1, 1] as [Double])
        let pcoa = try PrincipalCoordinates(matrix)
        #expect(pcoa.eigenvalues.allSatisfy { $0 >= 0 })
        #expect(abs(pcoa.eigenvalues[0] - 12.5) < 1e-12 && abs(pcoa.eigenvalues[1] - 0.5) < 1e-12)
        // Proportions are relative to the sum of the clamped eigenvalues (13), as scikit-bio.
        #expect(abs(pcoa.proportionExplained[0] - 12.5 / 13) < 1e-12)
        #expect(pcoa.warnings.count == 1)
        #expect(pcoa.warnings.first?.contains("The negative-most eigenvalue is -5.4999999") == true)
        for sample in 0..<4 { #expect(pcoa.coordinate(sample: sample, axis: 3) == 0) }
        // With fewer dimensions, proportions are relative to the trace (13 − 5.5 = 7.5).
        let two = try PrincipalCoordinates(matrix, dimensions: 2)
        #expect(abs(two.proportionExplained[0] - 12.5 / 7.5) < 1e-12)
    }

    @Test func badRequestsThrow() throws {
        let matrix = try DistanceMatrix(ids: ["a", "b", "c"], condensed: [1, 3, 2] as [Double])
        #expect(throws: PrincipalCoordinatesError.tooManyDimensions(4, samples: 3)) { try PrincipalCoordinates(matrix, dimensions: 4) }
        #expect(throws: PrincipalCoordinatesError.negativeDimensions(-1)) { try PrincipalCoordinates(matrix, dimensions: -1) }
        #expect(throws: PrincipalCoordinatesError.emptyMatrix) {
            try PrincipalCoordinates(try DistanceMatrix(ids: [], condensed: [Double]()))
        }
    }

    @Test func fsvdKeepsAllAxesOfATinyMatrix() throws {
        let matrix = try DistanceMatrix(ids: ["a", "b", "c"], condensed: [1, 3, 2] as [Double])
        let fast = try PrincipalCoordinates(matrix, method: .fsvd, seed: 1)
        #expect(fast.axisCount == 3)
        #expect(abs(fast.eigenvalues[0] - 14.0 / 3) < 1e-10)
    }
}
