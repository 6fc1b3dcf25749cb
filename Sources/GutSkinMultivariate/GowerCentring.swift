import GutSkinCore
import GutSkinKernels

/// Gower's double centring of a distance matrix (Gower 1966, doi:10.1093/biomet/53.3-4.325;
/// Legendre & Legendre 1998, eqs. 9.20–9.21), as scikit-bio's `center_distance_matrix`:
///
///     E_ij = −½ d_ij²,   F_ij = E_ij − Ē_i· − Ē_·j + Ē_··
///
/// F is symmetric, so the n × n result is both row- and column-major. Rows are filled in parallel.
enum GowerCentring {
    /// The centred matrix F (n × n) of `matrix`.
    static func centred(_ matrix: DistanceMatrix, threads: Int? = nil) -> [Double] {
        let n = matrix.count
        guard n > 0 else { return [] }
        var result = [Double](repeating: 0, count: n * n)
        let condensed = matrix.condensed
        result.withUnsafeMutableBufferPointer { buffer in
            let output = SharedBuffer(buffer.baseAddress!)
            condensed.withUnsafeBufferPointer { distances in
                let input = SharedConstBuffer(distances.baseAddress)
                // E, both triangles.
                Parallel.forEach(count: n, threads: threads) { i in
                    let row = output.pointer + i * n
                    row[i] = 0
                    if i + 1 < n {
                        let start = DistanceMatrix.condensedIndex(i, i + 1, count: n)
                        for j in (i + 1)..<n {
                            let d = input.pointer![start + j - i - 1]
                            row[j] = d * d / -2
                        }
                    }
                    for j in 0..<i {
                        let d = input.pointer![DistanceMatrix.condensedIndex(j, i, count: n)]
                        row[j] = d * d / -2
                    }
                }
            }
            let rowMeans = Parallel.map(count: n, threads: threads) { i in
                let row = output.pointer + i * n
                var sum = 0.0
                for j in 0..<n { sum += row[j] }
                return sum / Double(n)
            }
            let grandMean = rowMeans.reduce(0, +) / Double(n)
            rowMeans.withUnsafeBufferPointer { meansBuffer in
                let means = SharedConstBuffer(meansBuffer.baseAddress)
                Parallel.forEach(count: n, threads: threads) { i in
                    let row = output.pointer + i * n
                    let shift = grandMean - means.pointer![i]
                    for j in 0..<n { row[j] = row[j] - means.pointer![j] + shift }
                }
            }
        }
        return result
    }
}

/// A pointer handed to worker threads that write disjoint parts of one buffer.
struct SharedBuffer: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<Double>
    init(_ pointer: UnsafeMutablePointer<Double>) { self.pointer = pointer }
}

/// A read-only pointer handed to worker threads.
struct SharedConstBuffer: @unchecked Sendable {
    let pointer: UnsafePointer<Double>?
    init(_ pointer: UnsafePointer<Double>?) { self.pointer = pointer }
}
