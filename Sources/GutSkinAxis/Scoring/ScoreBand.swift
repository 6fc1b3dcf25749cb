/// Where a value sits against the reference: below its 10th percentile, between the 10th and
/// 90th, or above the 90th — the reference's own 90th percentile is also Lloyd-Price et al.'s
/// (2019) dysbiosis threshold.
public enum ScoreBand: String, Sendable, Codable {
    case low, typical, high
    /// No band: the score is undefined for this sample or the reference has no values for it.
    case none

    public init(percentile: Double) {
        if percentile.isNaN {
            self = .none
        } else if percentile < 10 {
            self = .low
        } else if percentile > 90 {
            self = .high
        } else {
            self = .typical
        }
    }
}
