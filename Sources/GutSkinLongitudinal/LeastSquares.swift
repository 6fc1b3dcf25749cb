/// Ordinary least squares by Householder QR (numerically as LAPACK's `dgeqrf` route statsmodels'
/// `OLS` takes through its pseudo-inverse, to rounding): the residual sum of squares of y on a
/// subset of the design's columns, for the sums of squares of `LinearModelANOVA`.
enum LeastSquares {
    /// RSS = ‖y − X_S β̂‖² for the columns `selected` of `x`; `nil` when those columns are rank deficient.
    static func residualSumOfSquares(y: [Double], x: DenseMatrix, selected: [Int]) -> Double? {
        let n = x.rows
        let p = selected.count
        var a = selected.map { x.column($0) }  // column-major copy
        var b = y
        for k in 0..<p {
            var norm = 0.0
            for i in k..<n { norm += a[k][i] * a[k][i] }
            norm = norm.squareRoot()
            let scaleOfColumn = (0..<n).reduce(0.0) { max($0, abs(x[$1, selected[k]])) }
            guard norm > 1e-10 * max(1, scaleOfColumn) * Double(n).squareRoot() else { return nil }
            let alpha = a[k][k] > 0 ? -norm : norm
            var v = [Double](repeating: 0, count: n)
            v[k] = a[k][k] - alpha
            for i in (k + 1)..<max(n, k + 1) { v[i] = a[k][i] }
            let vv = (k..<n).reduce(0.0) { $0 + v[$1] * v[$1] }
            guard vv > 0 else { continue }
            for j in k..<p {
                let dot = (k..<n).reduce(0.0) { $0 + v[$1] * a[j][$1] }
                let factor = 2 * dot / vv
                for i in k..<n { a[j][i] -= factor * v[i] }
            }
            let dot = (k..<n).reduce(0.0) { $0 + v[$1] * b[$1] }
            let factor = 2 * dot / vv
            for i in k..<n { b[i] -= factor * v[i] }
        }
        return (p..<n).reduce(0.0) { $0 + b[$1] * b[$1] }
    }
}
