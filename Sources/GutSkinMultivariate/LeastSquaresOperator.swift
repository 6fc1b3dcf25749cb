import CLAPACK

/// The Moore–Penrose pseudo-inverse X⁺ = V S⁺ Uᵀ of a design matrix X (n × p), from one thin
/// singular value decomposition (LAPACK `dgesdd`, as `numpy.linalg.svd`). Singular values at or
/// below 10⁻¹⁵ · max(S) are treated as zero, as `numpy.linalg.pinv` and scikit-bio's
/// `_invert_singular` do. β̂ = X⁺ y is the least-squares fit `numpy.linalg.lstsq` gives.
struct LeastSquaresOperator {
    /// p × n, row-major.
    let pseudoInverse: [Double]
    let rows: Int, columns: Int

    init(design: [Double], rows n: Int, columns p: Int) throws(ANCOMBCError) {
        // LAPACK wants column-major; the row-major n×p matrix is the column-major p×n Xᵀ.
        // Decompose X directly by transposing into column-major storage.
        var a = [Double](repeating: 0, count: n * p)
        for i in 0..<n { for j in 0..<p { a[j * n + i] = design[i * p + j] } }
        let k = min(n, p)
        var s = [Double](repeating: 0, count: k)
        var u = [Double](repeating: 0, count: n * k)
        var vt = [Double](repeating: 0, count: k * p)
        let status = LAPACKE_dgesdd(
            LAPACK_COL_MAJOR, CChar(UInt8(ascii: "S")), Int32(n), Int32(p), &a, Int32(max(1, n)), &s,
            &u, Int32(max(1, n)), &vt, Int32(max(1, k)))
        guard status == 0 else { throw .linearAlgebraFailed(status) }
        let cutoff = 1e-15 * (s.max() ?? 0)
        let sInverse = s.map { $0 > cutoff ? 1 / $0 : 0 }
        // X⁺[j][i] = Σ_r V[j][r] S⁺[r] U[i][r]; V[j][r] = vt[r][j] (column-major k×p: vt[r + j*k]).
        var pinv = [Double](repeating: 0, count: p * n)
        for j in 0..<p {
            for i in 0..<n {
                var sum = 0.0
                for r in 0..<k { sum += vt[r + j * k] * sInverse[r] * u[i + r * n] }
                pinv[j * n + i] = sum
            }
        }
        pseudoInverse = pinv
        rows = p
        columns = n
    }
}
