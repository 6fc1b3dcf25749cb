/// Why readings do not make a `BreathTestSeries`. `reading` is the 0-based index of the reading
/// concerned, so a file reader can name its line; the description says what is wrong in words.
public enum BreathTestSeriesError: Error, Equatable, CustomStringConvertible {
    /// Which value of a reading a problem concerns.
    public enum Quantity: String, Sendable {
        case minutes, hydrogen = "h2_ppm", methane = "ch4_ppm"
    }

    /// There are no readings at all.
    case noReadings
    /// The first reading is not at minute 0, so there is no baseline to measure a rise from.
    case missingBaseline(firstMinutes: Double)
    /// A time equals the previous reading's.
    case repeatedTime(reading: Int, minutes: Double)
    /// A time is earlier than the previous reading's.
    case timesNotIncreasing(reading: Int, minutes: Double, previousMinutes: Double)
    case negative(reading: Int, quantity: Quantity)
    case notFinite(reading: Int, quantity: Quantity)
    /// Methane is given for some readings but not for others.
    case methaneGivenForSomeReadingsOnly(reading: Int)

    /// The reading the problem concerns, when it concerns one.
    public var reading: Int? {
        switch self {
        case .noReadings: nil
        case .missingBaseline: 0
        case .repeatedTime(let reading, _), .timesNotIncreasing(let reading, _, _), .negative(let reading, _),
            .notFinite(let reading, _), .methaneGivenForSomeReadingsOnly(let reading):
            reading
        }
    }

    /// The value the problem concerns, when it concerns one.
    public var quantity: Quantity? {
        switch self {
        case .noReadings, .methaneGivenForSomeReadingsOnly: nil
        case .missingBaseline, .repeatedTime, .timesNotIncreasing: .minutes
        case .negative(_, let quantity), .notFinite(_, let quantity): quantity
        }
    }

    public var description: String {
        switch self {
        case .noReadings:
            "no readings (a breath test needs at least the baseline at minute 0)"
        case .missingBaseline(let first):
            "missing baseline: the first reading is at \(minutesText(first)) minutes, but a reading at minute 0 is needed"
        case .repeatedTime(_, let minutes):
            "time \(minutesText(minutes)) repeats the previous reading's (each time must be given once)"
        case .timesNotIncreasing(_, let minutes, let previous):
            "time \(minutesText(minutes)) comes after \(minutesText(previous)) (readings must be in increasing time order)"
        case .negative(_, let quantity):
            "\(quantity.rawValue) is negative"
        case .notFinite(_, let quantity):
            "\(quantity.rawValue) is not a finite number"
        case .methaneGivenForSomeReadingsOnly:
            "ch4_ppm is given for some readings but not this one (give it for every reading or none)"
        }
    }

    private func minutesText(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
    }
}
