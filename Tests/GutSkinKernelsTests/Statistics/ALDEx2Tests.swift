import GutSkinCore
import Testing

@testable import GutSkinKernels

@Suite struct ALDEx2Tests {
    /// 10 + 10 samples × 60 features; feature 0 is 16× more abundant in group 1, the rest are null
    /// (60 features keep the compositional shift the signal gives the others, log₂16/60 in CLR, small).
    static func syntheticTable() -> (counts: [[Double]], groups: [Int]) {
        var generator = SeededRandomNumberGenerator(seed: 7)
        let groups = Array(repeating: 0, count: 10) + Array(repeating: 1, count: 10)
        let counts = groups.map { group in
            (0..<60).map { feature -> Double in
                let base = feature == 0 && group == 1 ? 800.0 : feature == 0 ? 50.0 : 100.0 + Double(feature) * 10
                // Gamma-distributed abundance (coefficient of variation 0.2), rounded to a count.
                return (base * RandomVariates.gamma(shape: 25, &generator) / 25).rounded()
            }
        }
        return (counts, groups)
    }

    @Test func detectsTheDifferentialFeatureAndNotTheNullOnes() throws {
        let (counts, groups) = Self.syntheticTable()
        let results = try ALDEx2.run(counts: counts, groups: groups, options: .init(monteCarloInstances: 64, seed: 3))
        #expect(results.count == 60)
        let signal = results[0]
        print("ALDEx2 differential feature: \(signal)")
        // The rank test is floored by its sample sizes (10 vs 10: asymptotic p ≥ ~1.8e-4, ×60 features).
        #expect(signal.welchQ < 0.01 && signal.wilcoxonQ < 0.05)
        #expect(signal.estimate > 3)  // log₂ 16 = 4, less what the compositional shift takes
        #expect(signal.effect > 2)
        for null in results.dropFirst() {
            #expect(null.welchQ > 0.05 && null.wilcoxonQ > 0.05)
            #expect(abs(null.effect) < 1)
        }
    }

    @Test func sameSeedSameResultsAnyThreadCount() throws {
        let (counts, groups) = Self.syntheticTable()
        let one = try ALDEx2.run(counts: counts, groups: groups, options: .init(monteCarloInstances: 16, seed: 11, threads: 1))
        let four = try ALDEx2.run(counts: counts, groups: groups, options: .init(monteCarloInstances: 16, seed: 11, threads: 4))
        let again = try ALDEx2.run(counts: counts, groups: groups, options: .init(monteCarloInstances: 16, seed: 11, threads: 2))
        #expect(one == four && one == again)
        let other = try ALDEx2.run(counts: counts, groups: groups, options: .init(monteCarloInstances: 16, seed: 12))
        #expect(other != one)
    }

    @Test func handSizedTableGivesSaneNumbers() throws {
        let counts: [[Double]] = [[10, 0, 5], [12, 1, 4], [2, 9, 6], [1, 11, 5]]
        let results = try ALDEx2.run(counts: counts, groups: [0, 0, 1, 1], options: .init(monteCarloInstances: 32))
        for result in results {
            for p in [result.welchP, result.welchQ, result.wilcoxonP, result.wilcoxonQ] { #expect(p >= 0 && p <= 1) }
            #expect(result.welchQ >= result.welchP && result.wilcoxonQ >= result.wilcoxonP)
            #expect(result.dispersion >= 0)
        }
        // Feature 0 falls and feature 1 rises from group 0 to group 1.
        #expect(results[0].estimate < 0 && results[1].estimate > 0)
        // With 2 + 2 samples the exact rank-sum p can be no smaller than 2/C(4,2) = 1/3.
        #expect(results.allSatisfy { $0.wilcoxonP >= 1.0 / 3 - 1e-12 })
    }

    @Test func badInputThrows() {
        #expect(throws: ALDEx2Error.self) { try ALDEx2.run(counts: [[1, 2], [3, 4]], groups: [0, 1]) }
        #expect(throws: ALDEx2Error.self) { try ALDEx2.run(counts: [[1, 2], [3], [1, 1], [2, 2]], groups: [0, 0, 1, 1]) }
        #expect(throws: ALDEx2Error.self) { try ALDEx2.run(counts: [[1, -2], [3, 1], [1, 1], [2, 2]], groups: [0, 0, 1, 1]) }
        #expect(throws: ALDEx2Error.self) { try ALDEx2.run(counts: [[1], [3], [1], [2]], groups: [0, 0, 1, 1]) }
        #expect(throws: ALDEx2Error.self) { try ALDEx2.run(counts: [[1, 2], [3, 1], [1, 1], [2, 2]], groups: [0, 0, 1, 2]) }
    }

    @Test func gammaVariatesHaveTheRightMoments() {
        for shape in [0.5, 1.0, 3.7, 40.0] {
            var generator = SeededRandomNumberGenerator(seed: 99, stream: "gamma-\(shape)")
            let draws = (0..<200_000).map { _ in RandomVariates.gamma(shape: shape, &generator) }
            let mean = draws.reduce(0, +) / Double(draws.count)
            let variance = draws.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(draws.count - 1)
            // Mean and variance of Gamma(k, 1) are both k; 200,000 draws put them within a few percent.
            #expect(abs(mean - shape) < 0.02 * shape + 0.01, "shape \(shape): mean \(mean)")
            #expect(abs(variance - shape) < 0.05 * shape + 0.01, "shape \(shape): variance \(variance)")
            #expect(draws.allSatisfy { $0 > 0 && $0.isFinite })
        }
    }
}
