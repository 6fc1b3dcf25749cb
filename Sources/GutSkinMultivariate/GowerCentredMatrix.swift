import GutSkinCore

/// Gower's centred matrix of a distance matrix (Gower 1966): G = (I − 11ᵀ/n) A (I − 11ᵀ/n) with
/// A = −½ d², stored in full (n × n) — the "response" of distance-based linear models (adonis).
/// The centring itself is `GowerCentring`'s, shared with PCoA.
struct GowerCentredMatrix: Sendable {
    let size: Int
    let values: [Double]

    init(_ matrix: DistanceMatrix) {
        size = matrix.count
        values = GowerCentring.centred(matrix)  // the same centring PCoA uses, filled in full
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
