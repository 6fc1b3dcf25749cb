import GutSkinCore

/// Gower's centred matrix of a distance matrix (Gower 1966): G = (I − 11ᵀ/n) A (I − 11ᵀ/n) with
/// A = −½ d², stored in full (n × n, row-major) — the "response" of distance-based linear models.
struct GowerCentredMatrix: Sendable {
    let size: Int
    let values: [Double]

    init(_ matrix: DistanceMatrix) {
        let n = matrix.count
        var a = [Double](repeating: 0, count: n * n)
        let condensed = matrix.condensed
        var index = 0
        for i in 0..<n {
            for j in (i + 1)..<n {
                let value = -0.5 * condensed[index] * condensed[index]
                a[i * n + j] = value
                a[j * n + i] = value
                index += 1
            }
        }
        var rowMeans = [Double](repeating: 0, count: n)
        for i in 0..<n {
            var sum = 0.0
            for j in 0..<n { sum += a[i * n + j] }
            rowMeans[i] = sum / Double(n)
        }
        let grandMean = rowMeans.reduce(0, +) / Double(max(n, 1))
        for i in 0..<n {
            for j in 0..<n { a[i * n + j] += grandMean - rowMeans[i] - rowMeans[j] }
        }
        size = n
        values = a
    }

    /// tr G = Σ_{i<j} d_ij² / n.
    var trace: Double { (0..<size).reduce(0) { $0 + values[$1 * size + $1] } }

    /// qᵀ G_p q with G_p[i][j] = G[p_i][p_j] (samples in `order`; `nil` for the identity).
    func quadraticForm(_ q: [Double], order: [Int]?) -> Double {
        let n = size
        var u = q
        if let order {
            for i in 0..<n { u[order[i]] = q[i] }
        }
        return values.withUnsafeBufferPointer { g in
            u.withUnsafeBufferPointer { u in
                var total = 0.0
                for i in 0..<n {
                    let row = i * n
                    var rowSum = 0.0
                    for j in 0..<n { rowSum += g[row + j] * u[j] }
                    total += u[i] * rowSum
                }
                return total
            }
        }
    }
}
