/// The 0th…100th percentiles of a score over a reference cohort, and where a new value falls
/// among them. Quantiles use NumPy's default (linear interpolation, Hyndman & Fan type 7), so
/// `numpy.percentile(values, range(101))` gives the same numbers.
public struct Quantiles: Sendable, Equatable, Codable {
    /// 101 values: the 0th, 1st, … 100th percentile.
    public let values: [Double]

    public init(values: [Double]) { self.values = values }

    /// The percentiles of `sample` (NaNs must be removed first); nil for an empty sample.
    public init?(of sample: [Double]) {
        guard !sample.isEmpty else { return nil }
        let sorted = sample.sorted()
        values = (0...100).map { Quantiles.linear(sorted, Double($0) / 100) }
    }

    static func linear(_ sorted: [Double], _ probability: Double) -> Double {
        let position = Double(sorted.count - 1) * probability
        let lower = Int(position.rounded(.down))
        guard lower + 1 < sorted.count else { return sorted[sorted.count - 1] }
        let fraction = position - Double(lower)
        return fraction == 0 ? sorted[lower] : sorted[lower] + fraction * (sorted[lower + 1] - sorted[lower])
    }

    public var median: Double { values[50] }

    /// The value at percentile `p` (0…100, whole numbers).
    public subscript(percentile p: Int) -> Double { values[p] }

    /// The percentile (0–100) of `value` among the reference: interpolated between the stored
    /// percentiles; when the value equals a run of tied percentiles (say, many zero shares), the
    /// middle of the run, so a zero shared by 40% of the reference sits at the 20th percentile.
    public func percentile(of value: Double) -> Double {
        guard value.isFinite else { return .nan }
        if value < values[0] { return 0 }
        if value > values[100] { return 100 }
        if let first = values.firstIndex(of: value) {
            let last = values.lastIndex(of: value)!
            return Double(first + last) / 2
        }
        var index = 0
        while values[index + 1] < value { index += 1 }
        return Double(index) + (value - values[index]) / (values[index + 1] - values[index])
    }
}

extension Quantiles {
    /// Written as a plain JSON array of the 101 values.
    public init(from decoder: any Decoder) throws {
        values = try decoder.singleValueContainer().decode([Double].self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(values)
    }
}
