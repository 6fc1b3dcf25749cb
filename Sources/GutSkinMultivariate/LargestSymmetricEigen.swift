import CLAPACK

/// The k largest eigenpairs of a real symmetric n × n matrix, computed in place.
///
/// With k = n this is LAPACK's `dsyevd` (divide and conquer), NumPy's `eigh`; with k < n it is
/// `dsyevr` restricted to eigenvalue indices n−k+1 … n (relatively robust representations), the
/// routine SciPy's `eigh(subset_by_index=…)` calls, which scikit-bio's `pcoa` uses when given
/// `dimensions`. Both read the lower triangle, as NumPy and SciPy do.
enum LargestSymmetricEigen {
    /// Eigenvalues ascending (k of them) and eigenvectors as columns of an n × k column-major matrix.
    /// `matrix` is destroyed.
    static func compute(
        _ matrix: inout [Double], size n: Int, largest k: Int
    ) throws(PrincipalCoordinatesError) -> (values: [Double], vectors: [Double]) {
        guard n > 0, k > 0 else { return ([], []) }
        let lower = CChar(UInt8(ascii: "L"))
        let wantVectors = CChar(UInt8(ascii: "V"))
        var values = [Double](repeating: 0, count: n)
        if k >= n {
            let status = LAPACKE_dsyevd(LAPACK_COL_MAJOR, wantVectors, lower, Int32(n), &matrix, Int32(n), &values)
            guard status == 0 else { throw .eigendecompositionFailed(routine: "dsyevd", status: Int(status)) }
            let vectors = matrix
            matrix = []
            return (values, vectors)
        }
        var vectors = [Double](repeating: 0, count: n * k)
        var support = [Int32](repeating: 0, count: 2 * k)
        var found: Int32 = 0
        let status = LAPACKE_dsyevr(
            LAPACK_COL_MAJOR, wantVectors, CChar(UInt8(ascii: "I")), lower, Int32(n), &matrix, Int32(n),
            0, 0, Int32(n - k + 1), Int32(n), 0, &found, &values, &vectors, Int32(n), &support)
        guard status == 0, Int(found) == k else {
            throw .eigendecompositionFailed(routine: "dsyevr", status: Int(status))
        }
        return (Array(values.prefix(k)), vectors)
    }
}
