import GutSkinCore

/// Euclidean distance between sparse vectors, ‖u − v‖² = ‖u‖² + ‖v‖² − 2·u·v, where only the dot
/// product needs the shared features — carried in double-double arithmetic so the cancellation
/// of nearly equal samples does not eat the result.
///
/// Each product enters exactly (Dekker/Ogita–Rump–Oishi: the product's rounding error from a
/// fused multiply-add, the sum's from TwoSum; Ogita, Rump & Oishi 2005, SIAM J Sci Comput 26:1955,
/// doi:10.1137/030601818), so the squared distance is accurate to about one rounding of its own
/// size rather than of ‖u‖². For whole-number counts every step is exact (below 2⁵³), which gives
/// the very bits of SciPy's `euclidean`.
///
/// With `centring`, the vectors are first projected onto the plane Σ = 0 (the centred log-ratio
/// step of Aitchison's distance): ‖P(u − v)‖² = ‖u − v‖² − (Σu − Σv)² / D.
struct SquaredDifferenceSums: SharedFeatureMetric {
    /// Each sample's ‖u‖² as a double-double (high + low).
    let squaredNormHigh: [Double]
    let squaredNormLow: [Double]
    /// Σu per sample and the dimension D, for the centred variant.
    let centring: (sums: [Double], dimension: Double)?

    /// Per-sample norms from the index's sample-major values.
    init(_ index: SparseSampleIndex, centring: (sums: [Double], dimension: Double)? = nil) {
        var high = [Double](repeating: 0, count: index.sampleCount)
        var low = [Double](repeating: 0, count: index.sampleCount)
        for sample in 0..<index.sampleCount {
            var sum = (high: 0.0, low: 0.0)
            for entry in index.sampleOffsets[sample]..<index.sampleOffsets[sample + 1] {
                Self.addProduct(&sum, index.values[entry], index.values[entry])
            }
            high[sample] = sum.high
            low[sample] = sum.low
        }
        squaredNormHigh = high
        squaredNormLow = low
        self.centring = centring
    }

    static var lanes: Int { 2 }

    /// Adds x·y exactly into the double-double (high, low): TwoProduct by FMA, then TwoSum.
    @inline(__always)
    static func addProduct(_ sum: inout (high: Double, low: Double), _ x: Double, _ y: Double) {
        let product = x * y
        let productError = (-product).addingProduct(x, y)
        let (total, sumError) = twoSum(sum.high, product)
        sum.high = total
        sum.low += sumError + productError
    }

    /// a + b = sum + error exactly (Knuth's TwoSum, no ordering needed).
    @inline(__always)
    static func twoSum(_ a: Double, _ b: Double) -> (sum: Double, error: Double) {
        let sum = a + b
        let bPart = sum - a
        return (sum, (a - (sum - bPart)) + (b - bPart))
    }

    @inline(__always)
    static func accumulate(_ accumulator: UnsafeMutablePointer<Double>, _ x: Double, _ y: Double) {
        var sum = (high: accumulator[0], low: accumulator[1])
        addProduct(&sum, x, y)
        accumulator[0] = sum.high
        accumulator[1] = sum.low
    }

    /// ‖u − v‖² (or its centred version), never below zero.
    @inline(__always)
    func squaredDistance(_ i: Int, _ j: Int, shared: UnsafePointer<Double>) -> Double {
        let (normSum, normError) = Self.twoSum(squaredNormHigh[i], squaredNormHigh[j])
        var (total, error) = Self.twoSum(normSum, -2 * shared[0])
        var low = normError + error + squaredNormLow[i] + squaredNormLow[j] - 2 * shared[1]
        if let centring {
            let difference = centring.sums[i] - centring.sums[j]
            (total, error) = Self.twoSum(total, -(difference * difference) / centring.dimension)
            low += error
        }
        return max(0, total + low)
    }

    func distance(_ i: Int, _ j: Int, shared: UnsafePointer<Double>) -> Double {
        squaredDistance(i, j, shared: shared).squareRoot()
    }
}
