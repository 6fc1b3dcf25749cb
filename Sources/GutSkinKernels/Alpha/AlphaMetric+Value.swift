#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension AlphaMetric {
    /// The metric for one sample given as a vector of counts (zeros allowed), as scikit-bio's
    /// function of the same name computes it. `base` changes the logarithm of `shannon` and
    /// `pielou_e`. `faith_pd` needs a tree: use `FaithPD`. Throws when the value is undefined
    /// where scikit-bio raises (ACE, Fisher's α), for negative values, and for fractions given to
    /// a metric that needs counts.
    public func value(counts: [Double], base: Double? = nil, sample: String = "sample") throws(AlphaDiversityError) -> Double {
        if needsTree { throw .treeRequired }
        if let base, !(base > 0 && base != 1 && base.isFinite) { throw .invalidLogBase(base) }
        for (position, count) in counts.enumerated() {
            if count < 0 { throw .negativeValue(sample: sample, feature: "#\(position)", value: count) }
            if needsIntegerCounts && count != count.rounded() {
                throw .notCounts(metrics: [self], sample: sample, feature: "#\(position)", value: count)
            }
        }
        let present = SampleCounts(nonzero: counts.filter { $0 != 0 }, featureCount: counts.count)
        return try value(of: present, base: base, sample: sample)
    }

    /// The metric for one sample's present (non-zero) counts, already checked.
    func value(of sample: SampleCounts, base: Double?, sample id: String) throws(AlphaDiversityError) -> Double {
        let counts = sample.counts
        let S = Double(counts.count)
        let N = sample.total
        let isEmpty = counts.isEmpty
        switch self {
        case .observedFeatures: return S
        case .singles: return Double(sample.singletons)
        case .doubles: return Double(sample.doubletons)
        case .shannon: return isEmpty ? .nan : sample.shannon(base: base)
        case .shannonEntropy: return isEmpty ? .nan : sample.shannon(base: 2)
        case .dominance: return isEmpty ? .nan : sample.dominance
        case .simpson: return isEmpty ? .nan : 1 - sample.dominance
        case .inverseSimpson, .enspie: return isEmpty ? .nan : 1 / sample.dominance
        case .simpsonE: return isEmpty ? .nan : 1 / (S * sample.dominance)
        case .pielouE:
            if isEmpty { return .nan }
            if counts.count == 1 { return 1.0 }
            let entropy = sample.shannon(base: base)
            var maximum = log(S)
            if let base { maximum /= log(base) }
            return entropy / maximum
        case .heipE:
            if isEmpty { return .nan }
            if counts.count == 1 { return 1.0 }
            return (sample.perplexity - 1) / (S - 1)
        case .chao1:
            return chao1(observed: counts.count, singletons: sample.singletons, doubletons: sample.doubletons)
        case .ace: return try ace(sample, id: id)
        case .goodsCoverage: return isEmpty ? .nan : 1 - (Double(sample.singletons) / N)
        case .robbins: return isEmpty ? .nan : Double(sample.singletons) / N
        case .bergerParkerD: return isEmpty ? .nan : (counts.max() ?? .nan) / N
        case .mcintoshD:
            if isEmpty || N == 1 { return .nan }
            let u = sample.sumOfSquares.squareRoot()
            return (N - u) / (N - N.squareRoot())
        case .mcintoshE:
            if isEmpty { return .nan }
            let spread = N - S + 1
            return sample.sumOfSquares.squareRoot() / (spread * spread + S - 1).squareRoot()
        case .margalef: return isEmpty || N == 1 ? .nan : (S - 1) / log(N)
        case .menhinick: return isEmpty ? .nan : S / N.squareRoot()
        case .brillouinD:
            if isEmpty { return .nan }
            let logFactorials = counts.map { logGamma($0 + 1) }
            return (logGamma(N + 1) - NumPySum.sum(logFactorials)) / N
        case .fisherAlpha:
            if isEmpty { return .nan }
            do { return try FisherAlpha.solve(observed: S, total: N) } catch {
                throw .undefined(
                    metric: self, sample: id,
                    reason: "the minimiser found no α with S = α ln(1 + N/α) (scikit-bio: \"Optimizer failed to solve for Fisher's alpha\")"
                )
            }
        case .strong:
            if isEmpty { return .nan }
            let descending = counts.sorted(by: >)
            var cumulative = 0.0
            var largest = -Double.infinity
            for (rank, count) in descending.enumerated() {
                cumulative += count
                largest = Swift.max(largest, cumulative / N - Double(rank + 1) / S)
            }
            return largest
        case .giniIndex: return sample.giniIndex
        case .faithPD: throw .treeRequired
        }
    }

    /// Chao1 from S, F₁ and F₂: bias-corrected S + F₁(F₁ − 1)/(2(F₂ + 1)) unless `biasCorrected`
    /// is false and there are both singletons and doubletons, then S + F₁²/(2F₂) — scikit-bio's
    /// `chao1(counts, bias_corrected)` rule. `AlphaMetric.chao1` is the default, bias-corrected.
    public static func chao1(observed: Int, singletons: Int, doubletons: Int, biasCorrected: Bool = true) -> Double {
        if !biasCorrected && singletons > 0 && doubletons > 0 {
            return Double(observed) + Double(singletons * singletons) / Double(doubletons * 2)
        }
        return Double(observed) + Double(singletons * (singletons - 1)) / Double(2 * (doubletons + 1))
    }

    private func chao1(observed: Int, singletons: Int, doubletons: Int) -> Double {
        Self.chao1(observed: observed, singletons: singletons, doubletons: doubletons)
    }

    /// ACE with rare threshold 10, step by step as scikit-bio's `ace` (integer sums exact).
    private func ace(_ sample: SampleCounts, id: String) throws(AlphaDiversityError) -> Double {
        let threshold = 10
        guard !sample.counts.isEmpty else {
            throw .undefined(metric: self, sample: id, reason: "the sample has no reads (scikit-bio fails with an IndexError)")
        }
        var frequency = [Int](repeating: 0, count: threshold + 1)
        var abundant = 0
        for count in sample.counts {
            if count > Double(threshold) { abundant += 1 } else { frequency[Int(count)] += 1 }
        }
        let singletons = frequency[1]
        let rare = frequency[1...].reduce(0, +)
        if singletons > 0 && singletons == rare {
            throw .undefined(
                metric: self, sample: id,
                reason: "its only rare features (≤ 10 reads) are singletons; use chao1 instead (as scikit-bio and EstimateS advise)")
        }
        if rare == 0 { return Double(abundant) }
        var rareReads = 0
        var gammaSum = 0
        for k in 1...threshold {
            rareReads += k * frequency[k]
            gammaSum += k * (k - 1) * frequency[k]
        }
        let coverage = 1 - Double(singletons) / Double(rareReads)
        let top = Double(rare * gammaSum)
        let bottom = coverage * Double(rareReads) * Double(rareReads - 1)
        var gamma = top / bottom - 1
        if gamma < 0 { gamma = 0 }
        return Double(abundant) + (Double(rare) / coverage) + ((Double(singletons) / coverage) * gamma)
    }
}

/// ln Γ(x), the C library's `lgamma` (SciPy's `gammaln` agrees to an ulp or so).
private func logGamma(_ x: Double) -> Double { lgamma(x) }

/// One sample's present counts, with the totals several metrics share.
struct SampleCounts {
    /// Non-zero counts in feature order.
    let counts: [Double]
    /// Number of features in the table (for `gini_index`, which ranks absent features too).
    let featureCount: Int
    /// N, summed as NumPy sums.
    let total: Double
    let singletons: Int
    let doubletons: Int

    init(nonzero counts: [Double], featureCount: Int) {
        self.counts = counts
        self.featureCount = featureCount
        total = NumPySum.sum(counts)
        var ones = 0
        var twos = 0
        for count in counts {
            if count == 1 { ones += 1 } else if count == 2 { twos += 1 }
        }
        singletons = ones
        doubletons = twos
    }

    /// p_i = c_i / N.
    var proportions: [Double] { counts.map { $0 / total } }

    /// −Σ p ln p (NumPy order), divided by ln base when given.
    func shannon(base: Double?) -> Double {
        var entropy = NumPySum.sum(proportions.map { -$0 * log($0) })
        if let base { entropy /= log(base) }
        return entropy
    }

    /// Σ p² (NumPy order).
    var dominance: Double { NumPySum.sum(proportions.map { $0 * $0 }) }

    /// Π p^(−p), left to right, as NumPy's `prod`.
    var perplexity: Double { proportions.reduce(1.0) { $0 * pow($1, -$1) } }

    /// Σ c² (exact for counts below 2^26).
    var sumOfSquares: Double { NumPySum.sum(counts.map { $0 * $0 }) }

    /// scikit-bio's `gini_index` (rectangles) over all `featureCount` features, zeros included.
    var giniIndex: Double {
        let n = featureCount
        guard n > 0 else { return .nan }
        var sorted = [Double](repeating: 0, count: n - counts.count)
        sorted.append(contentsOf: counts.sorted())
        let sum = NumPySum.sum(sorted)
        var cumulative = 0.0
        let lorenz = sorted.map { value -> Double in
            cumulative += value
            return cumulative / sum
        }
        let area = (1 / Double(n)) * NumPySum.sum(lorenz)
        let gini = 1 - 2 * area
        return gini > 0.0 ? gini : 0.0  // Python's max(0.0, gini): NaN gives 0.0
    }
}
