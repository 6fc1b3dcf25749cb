import GutSkinCore
import GutSkinKernels
import GutSkinParallel

/// Gower's double centring of a distance matrix (Gower 1966, doi:10.1093/biomet/53.3-4.325;
/// Legendre & Legendre 1998, eqs. 9.20–9.21), as scikit-bio's `center_distance_matrix`:
///
///     E_ij = −½ d_ij²,   F_ij = E_ij − Ē_i· − Ē_·j + Ē_··
///
/// F is symmetric and LAPACK's symmetric routines read one triangle, so only the lower triangle
/// of the column-major n × n result is filled: entry (j, i), j ≥ i, at `i * n + j` — which is
/// row i of the condensed input, read contiguously. The rest of the buffer is left unspecified.
enum GowerCentring {
    /// The lower triangle (column-major) of the centred matrix F of `matrix`.
    static func centredLowerTriangle(_ matrix: DistanceMatrix, threads: Int? = nil) -> [Double] {
        let n = matrix.count
        guard n > 0 else { return [] }
        let condensed = matrix.condensed
        let (rowMeans, grandMean) = Self.rowMeans(matrix)
        return [Double](unsafeUninitializedCapacity: n * n) { buffer, initialized in
            let output = SharedBuffer(buffer.baseAddress!)
            condensed.withUnsafeBufferPointer { distances in
                rowMeans.withUnsafeBufferPointer { means in
                    let input = SharedConstBuffer(distances.baseAddress)
                    let meanValues = SharedConstBuffer(means.baseAddress)
                    Parallel.forEach(count: n, threads: threads) { i in
                        let column = output.pointer + i * n
                        let shift = grandMean - meanValues.pointer![i]
                        column[i] = shift - meanValues.pointer![i]
                        guard i + 1 < n else { return }
                        let start = DistanceMatrix.condensedIndex(i, i + 1, count: n) - (i + 1)
                        for j in (i + 1)..<n {
                            let d = input.pointer![start + j]
                            column[j] = d * d / -2 - meanValues.pointer![j] + shift
                        }
                    }
                }
            }
            // The strict upper triangle is never read; give it defined values all the same.
            Parallel.forEach(count: n, threads: threads) { i in
                let column = output.pointer + i * n
                for j in 0..<i { column[j] = 0 }
            }
            initialized = n * n
        }
    }

    /// The row means of E = −½ d² and their mean, read from the stored values (an fp32 matrix is
    /// not widened): each pair contributes to both of its rows.
    static func rowMeans(_ matrix: DistanceMatrix) -> (rowMeans: [Double], grandMean: Double) {
        let n = matrix.count
        let rowSums: [Double]
        switch matrix.storage {
        case .fp64(let values): rowSums = Self.rowSums(values, count: n)
        case .fp32(let values): rowSums = Self.rowSums(values, count: n)
        }
        let means = rowSums.map { $0 / Double(n) }
        return (means, means.reduce(0, +) / Double(n))
    }

    private static func rowSums<Element: BinaryFloatingPoint>(_ values: [Element], count n: Int) -> [Double] {
        var rowSums = [Double](repeating: 0, count: n)
        values.withUnsafeBufferPointer { d in
            var index = 0
            for i in 0..<n {
                var own = 0.0
                for j in (i + 1)..<max(i + 1, n) {
                    let distance = Double(d[index])
                    let e = distance * distance / -2
                    own += e
                    rowSums[j] += e
                    index += 1
                }
                rowSums[i] += own
            }
        }
        return rowSums
    }

    /// The full symmetric centred matrix F (adonis's response matrix).
    static func centred(_ matrix: DistanceMatrix) -> [Double] {
        let n = matrix.count
        var full = centredLowerTriangle(matrix, threads: 1)
        for i in 0..<n { for j in 0..<i { full[i * n + j] = full[j * n + i] } }
        return full
    }
}
