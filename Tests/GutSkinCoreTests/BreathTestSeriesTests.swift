import GutSkinCore
import Testing

/// `BreathTestSeries`'s checks, without any file.
@Suite struct BreathTestSeriesTests {
    typealias Reading = BreathTestSeries.Reading

    @Test func acceptsAnOrderedSeriesFromMinuteZero() throws {
        let series = try BreathTestSeries(readings: [.init(minutes: 0, hydrogenPPM: 3), .init(minutes: 20, hydrogenPPM: 0)])
        #expect(series.baseline.hydrogenPPM == 3 && !series.hasMethane)
    }

    @Test func refusesBrokenSeries() {
        #expect(throws: BreathTestSeriesError.noReadings) { try BreathTestSeries(readings: []) }
        #expect(throws: BreathTestSeriesError.missingBaseline(firstMinutes: 5)) {
            try BreathTestSeries(readings: [.init(minutes: 5, hydrogenPPM: 3)])
        }
        #expect(throws: BreathTestSeriesError.repeatedTime(reading: 2, minutes: 15)) {
            try BreathTestSeries(readings: [
                .init(minutes: 0, hydrogenPPM: 3), .init(minutes: 15, hydrogenPPM: 3), .init(minutes: 15, hydrogenPPM: 4),
            ])
        }
        #expect(throws: BreathTestSeriesError.timesNotIncreasing(reading: 2, minutes: 10, previousMinutes: 15)) {
            try BreathTestSeries(readings: [
                .init(minutes: 0, hydrogenPPM: 3), .init(minutes: 15, hydrogenPPM: 3), .init(minutes: 10, hydrogenPPM: 4),
            ])
        }
        #expect(throws: BreathTestSeriesError.negative(reading: 1, quantity: .methane)) {
            try BreathTestSeries(readings: [
                .init(minutes: 0, hydrogenPPM: 3, methanePPM: 1), .init(minutes: 15, hydrogenPPM: 3, methanePPM: -1),
            ])
        }
        #expect(throws: BreathTestSeriesError.notFinite(reading: 0, quantity: .hydrogen)) {
            try BreathTestSeries(readings: [.init(minutes: 0, hydrogenPPM: .nan)])
        }
        #expect(throws: BreathTestSeriesError.methaneGivenForSomeReadingsOnly(reading: 1)) {
            try BreathTestSeries(readings: [.init(minutes: 0, hydrogenPPM: 3, methanePPM: 1), .init(minutes: 15, hydrogenPPM: 3)])
        }
    }
}
