import CLAPACK
import GutSkinCore
import GutSkinKernels
import GutSkinParallel

/// Symmetric orthogonal Procrustes analysis of two configurations of the same samples (Gower
/// 1975, doi:10.1007/BF02291478) with the PROTEST permutation test (Jackson 1995,
/// doi:10.1080/11956860.1995.11682297; Peres-Neto & Jackson 2001, doi:10.1007/s004420100720).
///
/// Both configurations (n samples × k axes) are centred and scaled to unit Frobenius norm; the
/// rotation of the second onto the first comes from the SVD of AᵀB (LAPACK `dgesdd`), and
///
///     disparity m² = 1 − (Σ σᵢ)²      (`scipy.spatial.procrustes`' disparity; vegan's m12 squared)
///     correlation r = Σ σᵢ = √(1 − m²)  (vegan `protest`'s "correlation in a symmetric Procrustes rotation")
///
/// PROTEST permutes the rows of the second configuration: p = (#{r* ≥ r − ε} + 1) / (permutations + 1)
/// with vegan's ε = √(machine ε). Permutation `k` is drawn from (seed, k), so the p-value does not
/// depend on the thread count (it follows vegan's null distribution, not its random stream).
public struct Procrustes: Sendable, Equatable {
    public let sampleSize: Int
    public let dimensions: Int
    public let disparity: Double
    public let correlation: Double
    /// PROTEST p-value; `nil` with no permutations.
    public let pValue: Double?
    public let permutations: Int

    /// `first` and `second` are row-major n × `dimensions` coordinates of the same samples, in the same order.
    public init(
        _ first: [Double], _ second: [Double], dimensions: Int, permutations: Int = 999, seed: UInt64 = 0,
        threads: Int? = nil
    ) throws(ProcrustesError) {
        guard dimensions >= 1, first.count % dimensions == 0, first.count == second.count else {
            throw .shapeMismatch(first: first.count, second: second.count, dimensions: dimensions)
        }
        guard permutations >= 0 else { throw .negativePermutations(permutations) }
        let n = first.count / dimensions
        guard n >= 2 else { throw .tooFewSamples(n) }
        let a = try Self.standardized(first, rows: n, columns: dimensions)
        let b = try Self.standardized(second, rows: n, columns: dimensions)
        let observed = try Self.singularValueSum(a, b, order: Array(0..<n), rows: n, columns: dimensions)
        sampleSize = n
        self.dimensions = dimensions
        self.permutations = permutations
        correlation = observed
        disparity = 1 - observed * observed
        guard permutations > 0 else {
            pValue = nil
            return
        }
        let permuted = Parallel.map(count: permutations, threads: threads) { index -> Double in
            let order = PermutationStreams.order(count: n, seed: seed, permutation: index)
            return (try? Self.singularValueSum(a, b, order: order, rows: n, columns: dimensions)) ?? .nan
        }
        let tolerance = Double.ulpOfOne.squareRoot()
        let atLeast = permuted.filter { $0 >= observed - tolerance }.count
        pValue = Double(atLeast + 1) / Double(permutations + 1)
    }

    /// Columns centred, the whole matrix scaled to unit Frobenius norm (scipy's standardisation).
    static func standardized(_ matrix: [Double], rows n: Int, columns k: Int) throws(ProcrustesError) -> [Double] {
        var centred = matrix
        for column in 0..<k {
            var mean = 0.0
            for row in 0..<n { mean += matrix[row * k + column] }
            mean /= Double(n)
            for row in 0..<n { centred[row * k + column] -= mean }
        }
        let norm = centred.reduce(0) { $0 + $1 * $1 }.squareRoot()
        guard norm > 0 else { throw .constantConfiguration }
        return centred.map { $0 / norm }
    }

    /// Σ singular values of Aᵀ B[order], B's rows taken in `order`.
    static func singularValueSum(_ a: [Double], _ b: [Double], order: [Int], rows n: Int, columns k: Int) throws(ProcrustesError) -> Double
    {
        // Column-major k × k product M[i, j] = Σ_r A[r, i] B[order[r], j].
        var m = [Double](repeating: 0, count: k * k)
        for r in 0..<n {
            let rowA = r * k
            let rowB = order[r] * k
            for j in 0..<k {
                let bj = b[rowB + j]
                for i in 0..<k { m[j * k + i] += a[rowA + i] * bj }
            }
        }
        var s = [Double](repeating: 0, count: k)
        var unusedU = [Double](repeating: 0, count: 1)
        var unusedVT = [Double](repeating: 0, count: 1)
        let status = LAPACKE_dgesdd(
            LAPACK_COL_MAJOR, CChar(UInt8(ascii: "N")), Int32(k), Int32(k), &m, Int32(k), &s, &unusedU, 1, &unusedVT, 1)
        guard status == 0 else { throw .linearAlgebraFailed(Int(status)) }
        return s.reduce(0, +)
    }
}

public enum ProcrustesError: Error, CustomStringConvertible, Equatable {
    case shapeMismatch(first: Int, second: Int, dimensions: Int)
    case tooFewSamples(Int)
    case constantConfiguration
    case negativePermutations(Int)
    case linearAlgebraFailed(Int)

    public var description: String {
        switch self {
        case .shapeMismatch(let first, let second, let dimensions):
            return "Procrustes needs two configurations of the same shape (\(first) and \(second) values for \(dimensions) axes)"
        case .tooFewSamples(let n): return "Procrustes needs at least 2 samples, not \(n)"
        case .constantConfiguration: return "Procrustes: a configuration has all samples at one point"
        case .negativePermutations(let count): return "permutations must be zero or more, not \(count)"
        case .linearAlgebraFailed(let status): return "singular value decomposition failed (LAPACK dgesdd status \(status))"
        }
    }
}
