/// Skin-surface pH readings placed against the reference range quoted by Prakash et al. (2017):
/// 4.5–5.5 in women, 4.0–5.5 in men (4.0–5.5 is used for both); natural forearm skin pH averages
/// about 4.7 (Lambers et al. 2006). The range's grade and its contrary result (eczema skin averages
/// 5.16–5.52 by site) come from the `skin-ph-reference-range` association.
public struct SkinPHResult: Sendable, Codable, Equatable {
    public static let healthyRange = 4.0...5.5
    public static let typicalValue = 4.7
    /// The association the range and its grade come from.
    public static let rangeAssociation = LiteratureAssociation.standard("skin-ph-reference-range")!

    public var readings: [Double]
    public var mean: Double
    public var band: ScoreBand
    public var healthyLow = SkinPHResult.healthyRange.lowerBound
    public var healthyHigh = SkinPHResult.healthyRange.upperBound
    /// The source of the range.
    public var citation = SkinPHResult.rangeAssociation.citation
    public var evidenceGrade = SkinPHResult.rangeAssociation.grade
    public var contrary = SkinPHResult.rangeAssociation.contrary
    /// The source of the typical value (4.7).
    public var typicalCitation = "lambers-2006"

    /// nil when there are no readings.
    public init?(readings: [Double]) {
        guard !readings.isEmpty else { return nil }
        self.readings = readings
        mean = readings.reduce(0, +) / Double(readings.count)
        band = mean < Self.healthyRange.lowerBound ? .low : mean > Self.healthyRange.upperBound ? .high : .typical
    }

    /// Every source the result names: the range's, its contrary one, the typical value's.
    public var citations: [String] {
        [citation, contrary?.citation, typicalCitation].compactMap { $0 }
    }

    /// A sentence for people.
    public var sentence: String {
        let value = HTMLText.number(mean, decimals: 2)
        let count = readings.count == 1 ? "Your skin pH reading" : "The mean of your \(readings.count) skin pH readings"
        let range = "the quoted healthy range of 4.0–5.5 (Prakash et al. 2017)"
        switch band {
        case .low: return "\(count) (\(value)) is more acidic than \(range)."
        case .high:
            return "\(count) (\(value)) is less acidic than \(range); natural forearm skin averaged about 4.7 in one "
                + "industry-laboratory study (Lambers et al. 2006), where a pH below 5 was associated with conditions that suit "
                + "the skin's resident bacteria."
        default:
            return "\(count) (\(value)) is within \(range), but adults with eczema also averaged 5.16–5.52 at each of 18 body "
                + "sites, so a reading in this range does not by itself mark healthy skin."
        }
    }
}

// `contrary` is written as null when absent, like every other documented key.
extension SkinPHResult {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(readings, forKey: .readings)
        try container.encode(mean, forKey: .mean)
        try container.encode(band, forKey: .band)
        try container.encode(healthyLow, forKey: .healthyLow)
        try container.encode(healthyHigh, forKey: .healthyHigh)
        try container.encode(citation, forKey: .citation)
        try container.encode(evidenceGrade, forKey: .evidenceGrade)
        try container.encode(contrary, forKey: .contrary)
        try container.encode(typicalCitation, forKey: .typicalCitation)
    }
}
