/// Skin-surface pH readings placed against the healthy range reported by Lambers et al. (2006):
/// natural skin pH averages about 4.7; a cited reference range is 4.0–5.5 (4.5–5.5 in women,
/// 4.0–5.5 in men).
public struct SkinPHResult: Sendable, Codable, Equatable {
    public static let healthyRange = 4.0...5.5
    public static let typicalValue = 4.7

    public var readings: [Double]
    public var mean: Double
    public var band: ScoreBand
    public var healthyLow = SkinPHResult.healthyRange.lowerBound
    public var healthyHigh = SkinPHResult.healthyRange.upperBound
    public var citation = "lambers-2006"

    /// nil when there are no readings.
    public init?(readings: [Double]) {
        guard !readings.isEmpty else { return nil }
        self.readings = readings
        mean = readings.reduce(0, +) / Double(readings.count)
        band = mean < Self.healthyRange.lowerBound ? .low : mean > Self.healthyRange.upperBound ? .high : .typical
    }

    /// A sentence for people.
    public var sentence: String {
        let value = HTMLText.number(mean, decimals: 2)
        let count = readings.count == 1 ? "Your skin pH reading" : "The mean of your \(readings.count) skin pH readings"
        switch band {
        case .low: return "\(count) (\(value)) is more acidic than the reported healthy range of 4.0–5.5."
        case .high: return "\(count) (\(value)) is less acidic than the reported healthy range of 4.0–5.5; healthy skin is usually below 5 (about 4.7), and a less acidic surface is associated with a less favourable resident flora (Lambers et al. 2006)."
        default: return "\(count) (\(value)) is within the reported healthy range of 4.0–5.5 (healthy skin averages about 4.7)."
        }
    }
}
