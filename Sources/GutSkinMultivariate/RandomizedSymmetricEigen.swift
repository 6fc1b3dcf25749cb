import CLAPACK
import Foundation
import GutSkinCore
import GutSkinKernels

/// scikit-bio's "FSVD" (`skbio.stats.ordination._utils._fsvd`): a randomized approximation of the
/// leading eigenpairs of a symmetric matrix A after Halko, Martinsson, Shkolnisky & Tygert (2011),
/// doi:10.1137/090771806, with one Krylov level and no power iteration, as scikit-bio runs it:
///
///     G  ~ N(0, 1)^(n × (k+2))         (here from our seeded generator, not NumPy's)
///     H  = [A G, A (A (A G))]          (n × 2(k+2))
///     Q R = H                          (thin QR)
///     V S Wᵀ = A Q                     (thin SVD)
///     eigenvectors ≈ (Q W)[:, :k],  eigenvalues ≈ S[:k]
///
/// The eigenvalues are singular values, so they are never negative. Because the random start
/// differs from NumPy's, results agree with scikit-bio's only to the approximation error.
enum RandomizedSymmetricEigen {
    /// Approximate leading `k` eigenpairs of a symmetric n × n matrix A known only by its product
    /// `multiply(B, columns)` = A · B (B and the result column-major, n × columns):
    /// values in decreasing order, vectors as columns of an n × k column-major matrix.
    static func compute(
        size n: Int, largest k: Int, seed: UInt64, multiply: (_ block: [Double], _ columns: Int) -> [Double]
    ) throws(PrincipalCoordinatesError) -> (values: [Double], vectors: [Double]) {
        guard n > 0, k > 0 else { return ([], []) }
        let width = k + 2
        var random = SeededRandomNumberGenerator(seed: seed)
        let gaussian = (0..<(n * width)).map { _ in RandomVariates.standardNormal(&random) }
        // H = [A G, A A A G], column-major n × 2·width.
        let firstBlock = multiply(gaussian, width)
        var krylov = firstBlock + multiply(multiply(firstBlock, width), width)

        // Thin QR: Q is n × l with l = min(n, 2·width).
        let columns = 2 * width
        let basisWidth = min(n, columns)
        var tau = [Double](repeating: 0, count: basisWidth)
        var status = LAPACKE_dgeqrf(LAPACK_COL_MAJOR, Int32(n), Int32(columns), &krylov, Int32(n), &tau)
        guard status == 0 else { throw .eigendecompositionFailed(routine: "dgeqrf", status: Int(status)) }
        status = LAPACKE_dorgqr(
            LAPACK_COL_MAJOR, Int32(n), Int32(basisWidth), Int32(basisWidth), &krylov, Int32(n), &tau)
        guard status == 0 else { throw .eigendecompositionFailed(routine: "dorgqr", status: Int(status)) }
        let basis = Array(krylov[0..<(n * basisWidth)])

        // T = A Q and its thin SVD (dgesdd, as numpy.linalg.svd).
        var projected = multiply(basis, basisWidth)
        var singular = [Double](repeating: 0, count: basisWidth)
        var left = [Double](repeating: 0, count: n * basisWidth)
        var rightTransposed = [Double](repeating: 0, count: basisWidth * basisWidth)
        status = LAPACKE_dgesdd(
            LAPACK_COL_MAJOR, CChar(UInt8(ascii: "S")), Int32(n), Int32(basisWidth), &projected, Int32(n),
            &singular, &left, Int32(n), &rightTransposed, Int32(basisWidth))
        guard status == 0 else { throw .eigendecompositionFailed(routine: "dgesdd", status: Int(status)) }

        // U = Q W with W = (Wᵀ)ᵀ; keep the first k columns.
        let kept = min(k, basisWidth)
        var vectors = [Double](repeating: 0, count: n * kept)
        basis.withUnsafeBufferPointer { q in
            rightTransposed.withUnsafeBufferPointer { wt in
                vectors.withUnsafeMutableBufferPointer { u in
                    cblas_dgemm(
                        CblasColMajor, CblasNoTrans, CblasTrans, Int32(n), Int32(kept), Int32(basisWidth), 1,
                        q.baseAddress, Int32(n), wt.baseAddress, Int32(basisWidth), 0, u.baseAddress, Int32(n))
                }
            }
        }
        return (Array(singular.prefix(kept)), vectors)
    }

    /// A · B for the symmetric n × n A of which only the lower triangle (column-major) is read
    /// (BLAS `dsymm`), and the n × columns column-major B.
    static func denseProduct(_ a: [Double], size n: Int, _ b: [Double], columns: Int) -> [Double] {
        var output = [Double](repeating: 0, count: n * columns)
        a.withUnsafeBufferPointer { aBuffer in
            b.withUnsafeBufferPointer { bBuffer in
                output.withUnsafeMutableBufferPointer { outBuffer in
                    cblas_dsymm(
                        CblasColMajor, CblasLeft, CblasLower, Int32(n), Int32(columns), 1,
                        aBuffer.baseAddress, Int32(n), bBuffer.baseAddress, Int32(n), 0, outBuffer.baseAddress, Int32(n))
                }
            }
        }
        return output
    }
}
