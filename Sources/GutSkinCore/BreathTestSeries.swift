/// The readings of one hydrogen (and optionally methane) breath test, as a lab reports them:
/// minutes after the substrate was taken, and the gas concentrations in parts per million.
///
/// The initializer checks what any breath test must satisfy, so a series that exists is one the
/// consensus rules can be applied to: at least one reading; the first reading at minute 0 (the
/// baseline); times strictly increasing (no repeats); every value finite and not negative; and
/// methane either given for every reading or for none. The first problem found is thrown, with
/// the index of the reading it concerns, so a reader can point to the line of a file.
public struct BreathTestSeries: Sendable, Equatable {
    /// One breath sample.
    public struct Reading: Sendable, Equatable {
        /// Minutes after the substrate was swallowed (0: the baseline, taken before).
        public let minutes: Double
        /// Hydrogen (H₂) in ppm.
        public let hydrogenPPM: Double
        /// Methane (CH₄) in ppm, when the test measured it.
        public let methanePPM: Double?

        public init(minutes: Double, hydrogenPPM: Double, methanePPM: Double? = nil) {
            self.minutes = minutes
            self.hydrogenPPM = hydrogenPPM
            self.methanePPM = methanePPM
        }
    }

    /// The readings in time order; the first is the baseline at minute 0.
    public let readings: [Reading]

    /// Checks the readings (see the type's documentation) and keeps them in the given order.
    public init(readings: [Reading]) throws(BreathTestSeriesError) {
        guard let first = readings.first else { throw .noReadings }
        for (index, reading) in readings.enumerated() {
            for (quantity, value) in [
                (BreathTestSeriesError.Quantity.minutes, reading.minutes),
                (.hydrogen, reading.hydrogenPPM),
                (.methane, reading.methanePPM ?? 0),
            ] {
                guard value.isFinite else { throw .notFinite(reading: index, quantity: quantity) }
                guard value >= 0 else { throw .negative(reading: index, quantity: quantity) }
            }
            if (reading.methanePPM == nil) != (first.methanePPM == nil) {
                throw .methaneGivenForSomeReadingsOnly(reading: index)
            }
            guard index > 0 else {
                guard reading.minutes == 0 else { throw .missingBaseline(firstMinutes: reading.minutes) }
                continue
            }
            let previous = readings[index - 1].minutes
            if reading.minutes == previous { throw .repeatedTime(reading: index, minutes: reading.minutes) }
            if reading.minutes < previous {
                throw .timesNotIncreasing(reading: index, minutes: reading.minutes, previousMinutes: previous)
            }
        }
        self.readings = readings
    }

    /// The reading at minute 0.
    public var baseline: Reading { readings[0] }

    /// Whether methane was measured (every reading then has a methane value).
    public var hasMethane: Bool { baseline.methanePPM != nil }
}
