import CLAPACK
import GutSkinCore

/// Eigenvalues and eigenvectors of a real symmetric matrix through LAPACK's `dsyevd`
/// (divide and conquer), the routine behind NumPy/SciPy's `eigh`.
public struct SymmetricEigen: Sendable {
    /// Eigenvalues in ascending order.
    public let values: [Double]
    /// Eigenvectors as columns of an n × n column-major matrix: vector k is `vectors[k*n ..< (k+1)*n]`.
    public let vectors: [Double]
    public let size: Int

    /// Decomposes the n × n symmetric matrix `matrix` (row- or column-major: it is symmetric).
    public init(symmetric matrix: [Double], size n: Int) throws(SymmetricEigenError) {
        precondition(matrix.count == n * n, "matrix must be n × n")
        var a = matrix
        var w = [Double](repeating: 0, count: n)
        let status = LAPACKE_dsyevd(LAPACK_COL_MAJOR, CChar(UInt8(ascii: "V")), CChar(UInt8(ascii: "U")), Int32(n), &a, Int32(max(1, n)), &w)
        guard status == 0 else { throw .didNotConverge(status: Int(status)) }
        values = w
        vectors = a
        size = n
    }
}

/// LAPACK could not decompose the matrix.
public enum SymmetricEigenError: Error, CustomStringConvertible, Equatable {
    case didNotConverge(status: Int)

    public var description: String {
        switch self {
        case .didNotConverge(let status): return "the eigendecomposition did not converge (LAPACK dsyevd status \(status))"
        }
    }
}
