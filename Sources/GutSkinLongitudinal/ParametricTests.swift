import GutSkinKernels

/// q2-longitudinal's `--p-parametric` tests, as the SciPy 1.17 calls it makes:
/// `ttest_1samp(values, 0)`: t = x̄ / √(s²/n), s² with ddof = 1, two-sided p from Student's t, n − 1 df;
/// `ttest_ind(a, b)` (equal variances): t = (ā − b̄) / √(s²ₚ (1/n₁ + 1/n₂)),
/// s²ₚ = ((n₁−1)s₁² + (n₂−1)s₂²)/(n₁+n₂−2); `f_oneway(*groups)`: F = [SSB/(k−1)] / [SSW/(N−k)].
/// Student 1908, doi:10.2307/2331554; Fisher 1925. Too few values give NaN (SciPy warns and returns NaN).
enum ParametricTests {
    static func mean(_ values: [Double]) -> Double { values.reduce(0, +) / Double(values.count) }

    static func variance(_ values: [Double]) -> Double {
        let m = mean(values)
        return values.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(values.count - 1)
    }

    static func oneSample(_ values: [Double]) -> TestResult {
        guard values.count >= 2 else { return TestResult(statistic: .nan, pValue: .nan) }
        let t = mean(values) / (variance(values) / Double(values.count)).squareRoot()
        return TestResult(statistic: t, pValue: twoSided(t, df: Double(values.count - 1)))
    }

    static func twoSample(_ a: [Double], _ b: [Double]) -> TestResult {
        guard a.count >= 1, b.count >= 1, a.count + b.count > 2 else { return TestResult(statistic: .nan, pValue: .nan) }
        let n1 = Double(a.count)
        let n2 = Double(b.count)
        let df = n1 + n2 - 2
        let va = a.count > 1 ? variance(a) : 0
        let vb = b.count > 1 ? variance(b) : 0
        let pooled = ((n1 - 1) * va + (n2 - 1) * vb) / df
        let t = (mean(a) - mean(b)) / (pooled * (1 / n1 + 1 / n2)).squareRoot()
        return TestResult(statistic: t, pValue: twoSided(t, df: df))
    }

    static func oneWay(_ groups: [[Double]]) -> TestResult {
        let all = groups.flatMap { $0 }
        let k = Double(groups.count)
        let n = Double(all.count)
        guard groups.count >= 2, all.count > groups.count, groups.allSatisfy({ !$0.isEmpty }) else {
            return TestResult(statistic: .nan, pValue: .nan)
        }
        let grand = mean(all)
        let between = groups.reduce(0) { $0 + Double($1.count) * (mean($1) - grand) * (mean($1) - grand) }
        let within = groups.reduce(0) { sum, group in
            let m = mean(group)
            return sum + group.reduce(0) { $0 + ($1 - m) * ($1 - m) }
        }
        let f = (between / (k - 1)) / (within / (n - k))
        return TestResult(
            statistic: f, pValue: Distributions.fSF(f, numeratorDegreesOfFreedom: k - 1, denominatorDegreesOfFreedom: n - k))
    }

    static func twoSided(_ t: Double, df: Double) -> Double {
        guard !t.isNaN else { return .nan }
        return min(1, 2 * Distributions.studentTSF(abs(t), degreesOfFreedom: df))
    }
}
