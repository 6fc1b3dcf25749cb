import Foundation

/// Removes slow drift from a daily symptom series before the exposures are compared: a season, a
/// new medication or a flare that builds over weeks would otherwise line up with any exposure that
/// also changed over the weeks, and make permutation tests find triggers everywhere (Romano &
/// Tirlea 2020, "Permutation testing for dependence in time series", on permutation tests under dependence).
///
/// The filter is a discrete-cosine high-pass, as SPM filters slow drift from fMRI series (Friston et
/// al. 2000, NeuroImage 12:196): the series is regressed, by least squares over the days it
/// was logged, on the constant and cos(π k (t + ½) / n) for k = 1 … ⌊2n / P⌋, the cosines with periods
/// of P days (default 28) or longer, and the residuals are kept. Changes from one day to the next
/// — what a food eaten today or yesterday would cause — pass almost untouched.
public enum Detrending {
    /// The default cut-off period in days: drift slower than four weeks is removed.
    public static let defaultPeriod = 28.0

    /// The number of cosine terms (beside the constant) for `days` days and a cut-off `period`.
    public static func cosineTerms(days: Int, period: Double) -> Int {
        period > 0 ? Int((2 * Double(days) / period).rounded(.down)) : 0
    }

    /// `values` (NaN: not logged) minus their least-squares fit on the constant and the slow cosines;
    /// NaN stays NaN. `period` 0 or less removes only the mean.
    public static func highPass(_ values: [Double], period: Double = defaultPeriod) -> [Double] {
        let n = values.count
        let observed = values.indices.filter { !values[$0].isNaN }
        guard !observed.isEmpty else { return values }
        // Never fit more functions than a third of the logged days, so a sparse diary keeps its signal.
        let terms = min(cosineTerms(days: n, period: period), max(0, observed.count / 3 - 1))
        let basis: [[Double]] = (0...terms).map { k in
            k == 0
                ? [Double](repeating: 1, count: n)
                : (0..<n).map { cos(Double.pi * Double(k) * (Double($0) + 0.5) / Double(n)) }
        }
        var gram = [[Double]](repeating: [Double](repeating: 0, count: terms + 1), count: terms + 1)
        var right = [Double](repeating: 0, count: terms + 1)
        for i in 0...terms {
            for j in i...terms {
                var sum = 0.0
                for t in observed { sum += basis[i][t] * basis[j][t] }
                gram[i][j] = sum
                gram[j][i] = sum
            }
            right[i] = observed.reduce(0) { $0 + basis[i][$1] * values[$1] }
        }
        guard let inverse = SmallLinearAlgebra.inverse(gram) else {
            let mean = observed.reduce(0) { $0 + values[$1] } / Double(observed.count)
            return values.map { $0 - mean }
        }
        let coefficients = SmallLinearAlgebra.multiply(inverse, right)
        return (0..<n).map { t in
            values[t].isNaN ? .nan : values[t] - (0...terms).reduce(0) { $0 + coefficients[$1] * basis[$1][t] }
        }
    }
}
