/// An orthonormal basis grown one column at a time by Gram–Schmidt with re-orthogonalization
/// ("twice is enough", Giraud et al. 2005), which keeps the vectors orthogonal to machine
/// precision — the Q of a QR decomposition of the columns added, without pivoting.
struct OrthonormalBasis {
    let length: Int
    private(set) var vectors: [[Double]] = []

    /// Columns whose norm after projection falls below this fraction of their own norm are
    /// linearly dependent on earlier columns (R's `qr` default tolerance).
    static let aliasTolerance = 1e-7

    init(length: Int) { self.length = length }

    /// Adds the part of `column` orthogonal to the basis; returns its index, or `nil` when the
    /// column is aliased (dependent on earlier ones) and nothing is added.
    @discardableResult
    mutating func add(_ column: [Double]) -> Int? {
        let originalNorm = Self.norm(column)
        guard originalNorm > 0 else { return nil }
        var v = column
        for _ in 0..<2 {
            for q in vectors {
                var dot = 0.0
                for i in 0..<length { dot += q[i] * v[i] }
                for i in 0..<length { v[i] -= dot * q[i] }
            }
        }
        let remaining = Self.norm(v)
        guard remaining > Self.aliasTolerance * originalNorm else { return nil }
        vectors.append(v.map { $0 / remaining })
        return vectors.count - 1
    }

    private static func norm(_ v: [Double]) -> Double {
        // Scaled to avoid overflow for large numeric columns.
        let scale = v.reduce(0) { max($0, abs($1)) }
        guard scale > 0 else { return 0 }
        return scale * v.reduce(0) { $0 + ($1 / scale) * ($1 / scale) }.squareRoot()
    }
}
