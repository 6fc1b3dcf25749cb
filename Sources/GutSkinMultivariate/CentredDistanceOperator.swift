import GutSkinCore
import GutSkinParallel

/// Gower's centred matrix F of a distance matrix (`GowerCentring`) applied to a block of vectors
/// without forming F:
///
///     F X = A X − m (1ᵀX) − 1 (mᵀX) + ḡ 1 (1ᵀX),   A_ij = −½ d_ij² (A_ii = 0),
///
/// m the row means of A and ḡ their mean. Only the stored condensed distances are read (an fp32
/// matrix stays fp32), so the randomized PCoA needs 2–4 n² bytes, not F's 8 n² on top: 50,000
/// samples fit in 5 GB rather than 32 GB. The pairs are summed in fixed blocks, each into its own
/// buffer, added in block order: the result does not depend on the thread count. The buffers
/// (blocks × n × columns doubles) and the scalar cost grow with the columns, so PCoA uses it for
/// up to `maximumColumns` (30 axes) and forms F for BLAS beyond.
struct CentredDistanceOperator: Sendable {
    /// Most columns a product is asked for here: 2 · (30 axes + 2).
    static let maximumColumns = 64
    let matrix: DistanceMatrix
    let rowMeans: [Double]
    let grandMean: Double
    /// Blocks of rows with about equal numbers of pairs; each block's sums are one buffer.
    let blockStarts: [Int]

    init(_ matrix: DistanceMatrix) {
        self.matrix = matrix
        (rowMeans, grandMean) = GowerCentring.rowMeans(matrix)
        let n = matrix.count
        let pairs = n * (n - 1) / 2
        let blocks = max(1, min(32, n / 64))
        var starts = [0]
        var passed = 0
        for row in 0..<n {
            passed += n - 1 - row
            if starts.count < blocks, passed * blocks >= pairs * starts.count, row + 1 < n { starts.append(row + 1) }
        }
        starts.append(n)
        blockStarts = starts
    }

    /// tr F = Σ_i (ḡ − m_i − m_i), summed as `GowerCentring` fills the diagonal.
    var trace: Double { rowMeans.reduce(0) { $0 + ((grandMean - $1) - $1) } }

    /// F · X for the column-major n × `columns` X; the result is column-major too.
    func apply(_ x: [Double], columns c: Int, threads: Int?) -> [Double] {
        let n = matrix.count
        guard n > 0, c > 0 else { return [Double](repeating: 0, count: n * c) }
        // Row-major copy, so a pair's update runs over contiguous columns.
        var rows = [Double](repeating: 0, count: n * c)
        for column in 0..<c { for i in 0..<n { rows[i * c + column] = x[column * n + i] } }
        let blockCount = blockStarts.count - 1
        let partials: [[Double]] = Parallel.map(count: blockCount, threads: threads) { [rows, blockStarts, matrix] block in
            let range = blockStarts[block]..<blockStarts[block + 1]
            switch matrix.storage {
            case .fp64(let values): return Self.pairSums(values, count: n, rows: range, vectors: rows, columns: c)
            case .fp32(let values): return Self.pairSums(values, count: n, rows: range, vectors: rows, columns: c)
            }
        }
        var product = partials[0]
        for partial in partials.dropFirst() { for index in product.indices { product[index] += partial[index] } }

        var sums = [Double](repeating: 0, count: c)  // 1ᵀX
        var weighted = [Double](repeating: 0, count: c)  // mᵀX
        for i in 0..<n {
            for column in 0..<c {
                sums[column] += rows[i * c + column]
                weighted[column] += rowMeans[i] * rows[i * c + column]
            }
        }
        var output = [Double](repeating: 0, count: n * c)
        for column in 0..<c {
            let shift = grandMean * sums[column] - weighted[column]
            for i in 0..<n { output[column * n + i] = product[i * c + column] - rowMeans[i] * sums[column] + shift }
        }
        return output
    }

    /// A X over the pairs (i, j), i in `rows`, j > i: each adds a_ij x_j to row i and a_ij x_i to row j.
    private static func pairSums<Element: BinaryFloatingPoint>(
        _ values: [Element], count n: Int, rows range: Range<Int>, vectors: [Double], columns c: Int
    ) -> [Double] {
        var output = [Double](repeating: 0, count: n * c)
        guard let first = range.first else { return output }
        values.withUnsafeBufferPointer { d in
            vectors.withUnsafeBufferPointer { x in
                output.withUnsafeMutableBufferPointer { out in
                    guard let d = d.baseAddress, let x = x.baseAddress, let out = out.baseAddress else { return }
                    guard first + 1 < n else { return }
                    var index = DistanceMatrix.condensedIndex(first, first + 1, count: n)
                    for i in range where i + 1 < n {
                        let xi = x + i * c
                        let outI = out + i * c
                        for j in (i + 1)..<n {
                            let distance = Double(d[index])
                            let a = distance * distance / -2
                            let xj = x + j * c
                            let outJ = out + j * c
                            for column in 0..<c {
                                outI[column] += a * xj[column]
                                outJ[column] += a * xi[column]
                            }
                            index += 1
                        }
                    }
                }
            }
        }
        return output
    }
}
