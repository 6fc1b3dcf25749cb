import Foundation

/// A small dense row-major matrix for the mixed model's per-individual algebra (a few rows and
/// columns each), with the Cholesky factorisation it needs. Exact in the sense of LAPACK's
/// unblocked `dpotrf`/`dpotrs`: the same operations in the same order.
struct DenseMatrix: Sendable {
    var rows: Int, columns: Int
    var values: [Double]

    init(rows: Int, columns: Int, repeating value: Double = 0) {
        self.rows = rows
        self.columns = columns
        values = [Double](repeating: value, count: rows * columns)
    }

    static func identity(_ n: Int) -> DenseMatrix {
        var matrix = DenseMatrix(rows: n, columns: n)
        for i in 0..<n { matrix[i, i] = 1 }
        return matrix
    }

    subscript(i: Int, j: Int) -> Double {
        get { values[i * columns + j] }
        set { values[i * columns + j] = newValue }
    }

    var transposed: DenseMatrix {
        var result = DenseMatrix(rows: columns, columns: rows)
        for i in 0..<rows { for j in 0..<columns { result[j, i] = self[i, j] } }
        return result
    }

    static func * (a: DenseMatrix, b: DenseMatrix) -> DenseMatrix {
        precondition(a.columns == b.rows)
        var result = DenseMatrix(rows: a.rows, columns: b.columns)
        for i in 0..<a.rows {
            for k in 0..<a.columns {
                let aik = a[i, k]
                if aik == 0 { continue }
                for j in 0..<b.columns { result.values[i * b.columns + j] += aik * b.values[k * b.columns + j] }
            }
        }
        return result
    }

    static func + (a: DenseMatrix, b: DenseMatrix) -> DenseMatrix {
        var result = a
        for index in result.values.indices { result.values[index] += b.values[index] }
        return result
    }

    static func * (s: Double, a: DenseMatrix) -> DenseMatrix {
        var result = a
        for index in result.values.indices { result.values[index] *= s }
        return result
    }

    func column(_ j: Int) -> [Double] { (0..<rows).map { self[$0, j] } }

    var trace: Double { (0..<min(rows, columns)).reduce(0) { $0 + self[$1, $1] } }
}

/// The Cholesky factor L (lower) of a symmetric positive definite matrix: A = L Lᵀ.
struct Cholesky: Sendable {
    let factor: DenseMatrix

    /// `nil` when the matrix is not positive definite.
    init?(_ a: DenseMatrix) {
        let n = a.rows
        var l = DenseMatrix(rows: n, columns: n)
        for j in 0..<n {
            var diagonal = a[j, j]
            for k in 0..<j { diagonal -= l[j, k] * l[j, k] }
            guard diagonal > 0, diagonal.isFinite else { return nil }
            let root = diagonal.squareRoot()
            l[j, j] = root
            for i in (j + 1)..<max(n, j + 1) {
                var sum = a[i, j]
                for k in 0..<j { sum -= l[i, k] * l[j, k] }
                l[i, j] = sum / root
            }
        }
        factor = l
    }

    /// log det A = 2 Σ log Lᵢᵢ.
    var logDeterminant: Double { (0..<factor.rows).reduce(0) { $0 + 2 * log(factor[$1, $1]) } }

    /// A⁻¹ B, by forward then back substitution.
    func solve(_ b: DenseMatrix) -> DenseMatrix {
        let n = factor.rows
        var x = b
        for c in 0..<b.columns {
            for i in 0..<n {
                var sum = x[i, c]
                for k in 0..<i { sum -= factor[i, k] * x[k, c] }
                x[i, c] = sum / factor[i, i]
            }
            for i in stride(from: n - 1, through: 0, by: -1) {
                var sum = x[i, c]
                for k in (i + 1)..<max(n, i + 1) { sum -= factor[k, i] * x[k, c] }
                x[i, c] = sum / factor[i, i]
            }
        }
        return x
    }

    var inverse: DenseMatrix { solve(.identity(factor.rows)) }
}

/// The inverse of a symmetric matrix that may be indefinite (the Hessian), by Gauss–Jordan with partial pivoting.
func invertGeneral(_ a: DenseMatrix) -> DenseMatrix? {
    let n = a.rows
    var m = a
    var inverse = DenseMatrix.identity(n)
    for column in 0..<n {
        var pivot = column
        for row in column..<n where abs(m[row, column]) > abs(m[pivot, column]) { pivot = row }
        guard m[pivot, column] != 0, m[pivot, column].isFinite else { return nil }
        if pivot != column {
            for j in 0..<n {
                m.values.swapAt(pivot * n + j, column * n + j)
                inverse.values.swapAt(pivot * n + j, column * n + j)
            }
        }
        let scale = m[column, column]
        for j in 0..<n {
            m[column, j] /= scale
            inverse[column, j] /= scale
        }
        for row in 0..<n where row != column {
            let factor = m[row, column]
            if factor == 0 { continue }
            for j in 0..<n {
                m[row, j] -= factor * m[column, j]
                inverse[row, j] -= factor * inverse[column, j]
            }
        }
    }
    return inverse
}

/// The inverse and determinant of a small general matrix (Gauss–Jordan with partial pivoting), or `nil` when singular.
func invertWithDeterminant(_ a: DenseMatrix) -> (DenseMatrix, Double)? {
    let n = a.rows
    if n == 1 {
        guard a[0, 0] != 0 else { return nil }
        var inverse = DenseMatrix(rows: 1, columns: 1)
        inverse[0, 0] = 1 / a[0, 0]
        return (inverse, a[0, 0])
    }
    var determinant = 1.0
    var m = a
    for column in 0..<n {
        var pivot = column
        for row in column..<n where abs(m[row, column]) > abs(m[pivot, column]) { pivot = row }
        if pivot != column {
            for j in 0..<n { m.values.swapAt(pivot * n + j, column * n + j) }
            determinant = -determinant
        }
        determinant *= m[column, column]
        guard m[column, column] != 0 else { return nil }
        for row in (column + 1)..<max(n, column + 1) {
            let factor = m[row, column] / m[column, column]
            for j in column..<n { m[row, j] -= factor * m[column, j] }
        }
    }
    guard let inverse = invertGeneral(a) else { return nil }
    return (inverse, determinant)
}
