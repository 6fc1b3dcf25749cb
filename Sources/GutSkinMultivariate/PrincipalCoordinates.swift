import GutSkinCore

/// Principal coordinate analysis (PCoA, classical multidimensional scaling; Gower 1966,
/// doi:10.1093/biomet/53.3-4.325), computed as scikit-bio 0.7.4's
/// `skbio.stats.ordination.pcoa`:
///
/// 1. Gower-centre −½D²: F = (I − 11ᵀ/n)(−½D²)(I − 11ᵀ/n).
/// 2. Eigen-decompose F: all eigenpairs (`eigh`, LAPACK `dsyevd`), the top k (`eigh` with
///    `dimensions`, LAPACK `dsyevr`), or approximately the top k (`fsvd`, Halko et al. 2011,
///    doi:10.1137/090771806), which only multiplies by F and so, for up to 30 axes, never forms
///    it (`CentredDistanceOperator`: 50,000 fp32 samples in 5.2 GB instead of 32 GB).
/// 3. Eigenvalues with |λ| ≤ 1e-8 become 0 (NumPy's `isclose`); axes are sorted by decreasing λ.
///    Negative eigenvalues (non-Euclidean distances) are reported in `warnings` when the most
///    negative exceeds 1% of the largest in magnitude, then set to 0 with their coordinates.
/// 4. Proportion explained λ_i / Σλ, where Σλ is the sum of the (clamped) eigenvalues when all
///    axes are computed and the trace of F (the sum of all eigenvalues, negatives included) otherwise.
/// 5. Coordinates: eigenvector_i · √λ_i. Signs are LAPACK's; each axis is defined up to sign.
public struct PrincipalCoordinates: Sendable {
    /// How the eigenpairs are found.
    public enum Method: String, Sendable, CaseIterable {
        /// Exact eigendecomposition.
        case eigh
        /// Randomized approximation of the leading axes (scikit-bio's "fast SVD").
        case fsvd
    }

    /// Sample ids, in the matrix's order.
    public let ids: [String]
    /// Eigenvalues, one per axis, decreasing.
    public let eigenvalues: [Double]
    /// Fraction of the total variation each axis explains.
    public let proportionExplained: [Double]
    /// Coordinates, samples × axes, row-major: sample i on axis a is `coordinates[i * axisCount + a]`.
    public let coordinates: [Double]
    /// Number of axes (the requested dimensions).
    public var axisCount: Int { eigenvalues.count }
    public let method: Method
    /// Warnings as scikit-bio raises them (negative eigenvalues that are large in magnitude).
    public let warnings: [String]

    /// The coordinate of sample `sample` on axis `axis`.
    public func coordinate(sample: Int, axis: Int) -> Double { coordinates[sample * axisCount + axis] }

    /// Runs PCoA on `matrix`, keeping `dimensions` axes (nil or 0: as many as samples).
    /// `seed` drives the random start of `fsvd`; `eigh` ignores it.
    public init(
        _ matrix: DistanceMatrix, dimensions: Int? = nil, method: Method = .eigh, seed: UInt64 = 0,
        threads: Int? = nil
    ) throws(PrincipalCoordinatesError) {
        let n = matrix.count
        guard n > 0 else { throw .emptyMatrix }
        let requested = dimensions ?? 0
        guard requested >= 0 else { throw .negativeDimensions(requested) }
        guard requested <= n else { throw .tooManyDimensions(requested, samples: n) }
        let axisCount = requested == 0 ? n : requested

        var values: [Double]
        var vectors: [Double]
        var trace = 0.0
        switch method {
        case .eigh:
            var centred = GowerCentring.centredLowerTriangle(matrix, threads: threads)
            for i in 0..<n { trace += centred[i * n + i] }
            (values, vectors) = try LargestSymmetricEigen.compute(&centred, size: n, largest: axisCount)
        case .fsvd where 2 * (axisCount + 2) <= CentredDistanceOperator.maximumColumns:
            // F is applied from the distances as stored, never formed (`CentredDistanceOperator`).
            let centred = CentredDistanceOperator(matrix)
            trace = centred.trace
            (values, vectors) = try RandomizedSymmetricEigen.compute(size: n, largest: axisCount, seed: seed) {
                centred.apply($0, columns: $1, threads: threads)
            }
        case .fsvd:
            // Many axes: F formed once and multiplied by BLAS.
            let centred = GowerCentring.centredLowerTriangle(matrix, threads: threads)
            for i in 0..<n { trace += centred[i * n + i] }
            (values, vectors) = try RandomizedSymmetricEigen.compute(size: n, largest: axisCount, seed: seed) {
                RandomizedSymmetricEigen.denseProduct(centred, size: n, $0, columns: $1)
            }
        }
        let computed = values.count

        // Values within NumPy's isclose(·, 0) (|λ| ≤ 1e-8) are exactly 0.
        for index in values.indices where Swift.abs(values[index]) <= 1e-8 { values[index] = 0 }
        // Decreasing order (NumPy: argsort ascending, then flipped).
        let order = values.indices.sorted { values[$0] < values[$1] || (values[$0] == values[$1] && $0 < $1) }.reversed()
        var sortedValues = order.map { values[$0] }

        var warnings = [String]()
        if let smallest = sortedValues.last, let largest = sortedValues.first, smallest < 0, -smallest > largest * 0.01 {
            warnings.append(
                "The result contains negative eigenvalues that are large in magnitude, which may suggest result inaccuracy (the distances are far from Euclidean). The negative-most eigenvalue is \(PythonFloatFormat.repr(smallest)) whereas the largest positive one is \(PythonFloatFormat.repr(largest))."
            )
        }
        let positiveCount = sortedValues.filter { $0 >= 0 }.count
        for index in positiveCount..<sortedValues.count { sortedValues[index] = 0 }

        let total = axisCount != n ? trace : sortedValues.reduce(0, +)
        let kept = min(axisCount, computed)
        var coordinates = [Double](repeating: 0, count: n * kept)
        for (axis, source) in order.prefix(kept).enumerated() {
            // As NumPy: vector · mask · √λ, so zero coordinates keep the sign of the vector's entry.
            let mask: Double = axis < positiveCount ? 1 : 0
            let scale = sortedValues[axis].squareRoot()
            for sample in 0..<n { coordinates[sample * kept + axis] = vectors[source * n + sample] * mask * scale }
        }
        self.ids = matrix.ids
        self.eigenvalues = Array(sortedValues.prefix(kept))
        self.proportionExplained = self.eigenvalues.map { $0 / total }
        self.coordinates = coordinates
        self.method = method
        self.warnings = warnings
    }

    /// The result as scikit-bio's `OrdinationResults` (axes named PC1, PC2, … by position).
    public var ordinationResults: OrdinationResults {
        OrdinationResults(
            shortMethodName: "PCoA",
            longMethodName: method == .eigh
                ? "Principal Coordinate Analysis" : "Approximate Principal Coordinate Analysis using FSVD",
            eigenvalues: eigenvalues, proportionExplained: proportionExplained,
            samples: OrdinationTable(ids: ids, rowCount: ids.count, columnCount: axisCount, values: coordinates))
    }
}

/// Why a PCoA could not be computed.
public enum PrincipalCoordinatesError: Error, CustomStringConvertible, Equatable {
    case emptyMatrix
    case negativeDimensions(Int)
    case tooManyDimensions(Int, samples: Int)
    case eigendecompositionFailed(routine: String, status: Int)

    public var description: String {
        switch self {
        case .emptyMatrix: return "the distance matrix has no samples"
        case .negativeDimensions(let k): return "cannot reduce the distance matrix to \(k) dimensions (give 0 for all)"
        case .tooManyDimensions(let k, let n):
            return "cannot keep \(k) dimensions: the distance matrix has only \(n) samples"
        case .eigendecompositionFailed(let routine, let status):
            return "the eigendecomposition did not converge (LAPACK \(routine) status \(status))"
        }
    }
}
