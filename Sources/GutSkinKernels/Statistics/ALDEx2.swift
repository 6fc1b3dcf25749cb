import Foundation
import GutSkinCore
import GutSkinParallel

/// ALDEx2-style differential abundance between two groups of samples (Fernandes et al. 2013,
/// doi:10.1371/journal.pone.0067019; 2014, doi:10.1186/2049-2618-2-15), on a dense count table.
///
/// For each of `monteCarloInstances` instances m and each sample s, the sample's composition is
/// drawn from Dirichlet(counts + 0.5) (uniform prior; Gamma variates by Marsaglia–Tsang from a
/// generator seeded per (instance, sample), so results do not depend on the thread count) and
/// CLR-transformed with **base-2 logarithms**, as ALDEx2's `aldex.clr` does:
/// clrᵢ = log₂ pᵢ − mean_j log₂ pⱼ. Then, per instance and feature:
/// - Welch's t-test (Welch–Satterthwaite df, `welchT`) and the Wilcoxon rank-sum / Mann–Whitney
///   test (`mannWhitneyU`, two-sided; SciPy's method rule, i.e. exact when a group has ≤ 8
///   samples — R's `wilcox.test` in ALDEx2 goes exact below 50 per group, so small-group p differ);
/// - Benjamini–Hochberg across features within the instance.
/// Reported p and q are the means over instances (ALDEx2's we.ep, we.eBH, wi.ep, wi.eBH).
///
/// Effect (ALDEx2's `aldex.effect`): in each instance, L = max(n₀, n₁) random draws pair a group-0
/// sample a with a group-1 sample b and each with a different random sample of its own group (a′, b′):
/// between = clr(b) − clr(a), within = max(|clr(a) − clr(a′)|, |clr(b) − clr(b′)|).
/// Over all instances' draws: `estimate` = nanMedian(between) (ALDEx2's diff.btw), `dispersion` =
/// nanMedian(within) (diff.win), `effect` = nanMedian(between / within). Positive means higher in group 1
/// (the second group). The pairings come from a generator seeded per instance, so they too are
/// reproducible and thread-independent. This follows the published definition; ALDEx2's own
/// sampling details (and its R RNG) differ, so numbers agree with ALDEx2 in distribution, not bit for bit.
public enum ALDEx2 {
    /// Settings of a run.
    public struct Options: Sendable {
        public var monteCarloInstances: Int
        public var seed: UInt64
        /// Added to every count before the Dirichlet draw (ALDEx2's uniform prior, 0.5).
        public var prior: Double
        /// Threads to use (default: all cores); the results do not depend on it.
        public var threads: Int?

        public init(monteCarloInstances: Int = 128, seed: UInt64 = 1, prior: Double = 0.5, threads: Int? = nil) {
            self.monteCarloInstances = monteCarloInstances
            self.seed = seed
            self.prior = prior
            self.threads = threads
        }
    }

    /// One feature's outcome.
    public struct FeatureResult: Sendable, Equatable {
        /// Median between-group CLR difference (log₂ units), group 1 minus group 0.
        public let estimate: Double
        /// Median within-group dispersion (log₂ units).
        public let dispersion: Double
        /// Median of between / within: ALDEx2's effect size.
        public let effect: Double
        public let welchP: Double, welchQ: Double
        public let wilcoxonP: Double, wilcoxonQ: Double
    }

    /// Runs the analysis. `counts[s][f]` is the count of feature f in sample s; `groups[s]` is 0 or 1.
    /// Throws when the table is ragged, counts are negative or not finite, there are fewer than two
    /// features, a group has fewer than two samples, or the options are out of range.
    public static func run(counts: [[Double]], groups: [Int], options: Options = Options()) throws(ALDEx2Error) -> [FeatureResult] {
        let features = counts.first?.count ?? 0
        guard counts.count == groups.count else {
            throw .invalidInput("ALDEx2: \(counts.count) samples in the table but \(groups.count) group labels")
        }
        guard counts.allSatisfy({ $0.count == features }) else { throw .invalidInput("ALDEx2: samples have different numbers of features") }
        guard features >= 2 else { throw .invalidInput("ALDEx2: the CLR needs at least two features, found \(features)") }
        guard counts.allSatisfy({ $0.allSatisfy { $0 >= 0 && $0.isFinite } }) else {
            throw .invalidInput("ALDEx2: counts must be finite and non-negative")
        }
        guard groups.allSatisfy({ $0 == 0 || $0 == 1 }) else { throw .invalidInput("ALDEx2: group labels must be 0 or 1") }
        let members = [groups.indices.filter { groups[$0] == 0 }, groups.indices.filter { groups[$0] == 1 }]
        guard members[0].count >= 2, members[1].count >= 2 else {
            throw .invalidInput("ALDEx2: each group needs at least two samples (found \(members[0].count) and \(members[1].count))")
        }
        guard options.monteCarloInstances >= 1 else { throw .invalidInput("ALDEx2: monteCarloInstances must be at least 1") }
        guard options.prior > 0, options.prior.isFinite else { throw .invalidInput("ALDEx2: the prior must be positive") }

        let instances = Parallel.map(count: options.monteCarloInstances, threads: options.threads) { instance in
            analyseInstance(instance, counts: counts, members: members, features: features, options: options)
        }
        return aggregate(instances, features: features)
    }

    /// What one Monte Carlo instance contributes.
    struct InstanceResult: Sendable {
        var welchP: [Double], welchQ: [Double], wilcoxonP: [Double], wilcoxonQ: [Double]
        /// Per feature, the between and within values of this instance's random pairings.
        var between: [[Double]], within: [[Double]]
    }

    static func analyseInstance(
        _ instance: Int, counts: [[Double]], members: [[Int]], features: Int, options: Options
    ) -> InstanceResult {
        // clr[s][f] for this instance.
        let clr: [[Double]] = counts.indices.map { sample in
            var generator = SeededRandomNumberGenerator(seed: options.seed, stream: "aldex2/dirichlet/\(instance)/\(sample)")
            let logs = counts[sample].map { log2(RandomVariates.gamma(shape: $0 + options.prior, &generator)) }
            let mean = NumPySum.sum(logs) / Double(features)
            return logs.map { $0 - mean }
        }
        var welchP = [Double]()
        var wilcoxonP = [Double]()
        welchP.reserveCapacity(features)
        wilcoxonP.reserveCapacity(features)
        var between = [[Double]]()
        var within = [[Double]]()
        var pairing = SeededRandomNumberGenerator(seed: options.seed, stream: "aldex2/effect/\(instance)")
        let draws = max(members[0].count, members[1].count)
        // Per draw, in this order: a group-0 sample, a group-1 sample, and a different sample of each group.
        let pairs = (0..<draws).map { _ -> (a: Int, b: Int, aOther: Int, bOther: Int) in
            let a = randomIndex(members[0].count, &pairing)
            let b = randomIndex(members[1].count, &pairing)
            return (a, b, otherIndex(a, members[0].count, &pairing), otherIndex(b, members[1].count, &pairing))
        }
        for feature in 0..<features {
            let first = members[0].map { clr[$0][feature] }
            let second = members[1].map { clr[$0][feature] }
            welchP.append(welchT(second, first).pValue)
            wilcoxonP.append((try? mannWhitneyU(second, first))?.pValue ?? .nan)
            between.append(pairs.map { second[$0.b] - first[$0.a] })
            within.append(pairs.map { max(abs(first[$0.a] - first[$0.aOther]), abs(second[$0.b] - second[$0.bOther])) })
        }
        return InstanceResult(
            welchP: welchP, welchQ: PValueAdjustment.bh.adjust(welchP),
            wilcoxonP: wilcoxonP, wilcoxonQ: PValueAdjustment.bh.adjust(wilcoxonP),
            between: between, within: within)
    }

    static func aggregate(_ instances: [InstanceResult], features: Int) -> [FeatureResult] {
        let count = Double(instances.count)
        return (0..<features).map { feature in
            func mean(_ path: KeyPath<InstanceResult, [Double]>) -> Double {
                instances.reduce(0.0) { $0 + $1[keyPath: path][feature] } / count
            }
            let between = instances.flatMap { $0.between[feature] }
            let within = instances.flatMap { $0.within[feature] }
            let ratios = zip(between, within).map { $0 / $1 }.filter { !$0.isNaN }
            return FeatureResult(
                estimate: nanMedian(between), dispersion: nanMedian(within), effect: nanMedian(ratios),
                welchP: mean(\.welchP), welchQ: mean(\.welchQ), wilcoxonP: mean(\.wilcoxonP), wilcoxonQ: mean(\.wilcoxonQ))
        }
    }

    /// Uniform in 0..<bound (bound ≥ 1), by Lemire's unbiased method in the standard library.
    private static func randomIndex(_ bound: Int, _ generator: inout SeededRandomNumberGenerator) -> Int {
        Int.random(in: 0..<bound, using: &generator)
    }

    /// A uniform index in 0..<bound other than `index` (bound ≥ 2).
    private static func otherIndex(_ index: Int, _ bound: Int, _ generator: inout SeededRandomNumberGenerator) -> Int {
        let draw = Int.random(in: 0..<(bound - 1), using: &generator)
        return draw >= index ? draw + 1 : draw
    }
}

/// ALDEx2 input that cannot be analysed, with a message for people.
public enum ALDEx2Error: Error, CustomStringConvertible, Equatable {
    case invalidInput(String)

    public var description: String {
        switch self {
        case .invalidInput(let message): return message
        }
    }
}
