/// Dense solves for the few-by-few systems of the diary's regressions (a trend basis of up to a
/// few dozen functions, a handful of exposures): Gauss–Jordan elimination with partial pivoting.
enum SmallLinearAlgebra {
    /// The inverse of a square matrix (row-major), or nil when it is singular to working precision.
    static func inverse(_ matrix: [[Double]]) -> [[Double]]? {
        let n = matrix.count
        var a = matrix
        var inverse = (0..<n).map { row in (0..<n).map { $0 == row ? 1.0 : 0.0 } }
        let scale = matrix.flatMap { $0 }.map(abs).max() ?? 0
        guard scale > 0 else { return nil }
        for column in 0..<n {
            var pivot = column
            for row in column..<n where abs(a[row][column]) > abs(a[pivot][column]) { pivot = row }
            guard abs(a[pivot][column]) > scale * 1e-12 else { return nil }
            a.swapAt(pivot, column)
            inverse.swapAt(pivot, column)
            let factor = 1 / a[column][column]
            for k in 0..<n {
                a[column][k] *= factor
                inverse[column][k] *= factor
            }
            for row in 0..<n where row != column && a[row][column] != 0 {
                let multiple = a[row][column]
                for k in 0..<n {
                    a[row][k] -= multiple * a[column][k]
                    inverse[row][k] -= multiple * inverse[column][k]
                }
            }
        }
        return inverse
    }

    /// `matrix · vector`.
    static func multiply(_ matrix: [[Double]], _ vector: [Double]) -> [Double] {
        matrix.map { row in zip(row, vector).reduce(0) { $0 + $1.0 * $1.1 } }
    }

    /// `a · b` for square or rectangular row-major matrices.
    static func multiply(_ a: [[Double]], _ b: [[Double]]) -> [[Double]] {
        let columns = b.first?.count ?? 0
        return a.map { row in
            (0..<columns).map { j in row.indices.reduce(0) { $0 + row[$1] * b[$1][j] } }
        }
    }
}
