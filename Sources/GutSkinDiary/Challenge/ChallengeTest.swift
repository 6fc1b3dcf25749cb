import GutSkinCore

/// The result of a logged challenge: per symptom, the mean symptom `lag` days after eating days
/// minus after avoiding days, and its randomisation p-value over all possible schedules.
public struct ChallengeResult: Sendable, Codable, Equatable {
    public struct SymptomTest: Sendable, Codable, Equatable {
        public var symptom: String
        public var effect: Double
        public var nEat: Int
        public var nAvoid: Int
        /// Share of schedules (the one followed included) whose |effect| is at least the observed one.
        public var pValue: Double?

        enum CodingKeys: String, CodingKey {
            case symptom, effect
            case nEat = "n_eat"
            case nAvoid = "n_avoid"
            case pValue = "p_value"
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(symptom, forKey: .symptom)
            try c.encode(effect, forKey: .effect)
            try c.encode(nEat, forKey: .nEat)
            try c.encode(nAvoid, forKey: .nAvoid)
            try c.encode(pValue, forKey: .pValue)
        }
    }

    public var item: String
    public var start: DiaryDate
    public var days: Int
    public var blockDays: Int
    public var lag: Int
    /// Schedules the test compares with (all of them, or a seeded sample when there are very many).
    public var schedulesCompared: Int
    public var possibleSchedules: Int
    /// The smallest p-value this design can give: 2 / schedules compared, since the test is two-sided and
    /// the followed schedule's mirror image (eating and avoiding swapped) is always as extreme.
    public var smallestPossiblePValue: Double
    /// Share of logged schedule days on which the diary's record of the item matched the plan.
    public var adherence: Double?
    public var symptoms: [SymptomTest]

    enum CodingKeys: String, CodingKey {
        case item, start, days
        case blockDays = "block_days"
        case lag
        case schedulesCompared = "schedules_compared"
        case
            possibleSchedules = "possible_schedules"
        case smallestPossiblePValue = "smallest_possible_p_value"
        case adherence, symptoms
    }
}

/// Edgington's randomisation test of a challenge: the statistic (mean symptom after eating blocks
/// minus after avoiding blocks) is computed for every schedule the randomisation could have
/// produced, and p is the share at least as extreme as the one followed (Edgington & Onghena 2007;
/// Bulté & Onghena 2008, doi:10.3758/BRM.40.2.467). Above `enumerationLimit` schedules, a seeded
/// sample of schedules plus the followed one is used.
public enum ChallengeTest {
    public static let enumerationLimit = 100_000

    /// Tests `schedule` against the daily symptoms of `series` (raw, not detrended: the random
    /// schedule, not a model, makes the test valid).
    public static func run(_ schedule: ChallengeSchedule, series: DailySeries, minimumDays: Int = 3, seed: UInt64 = 0) -> ChallengeResult {
        let blocks = schedule.blockCount
        let alternatives = alternativeSchedules(blocks: blocks, seed: seed)
        let offset = schedule.start.dayNumber - series.firstDay.dayNumber
        var tests: [ChallengeResult.SymptomTest] = []
        for (index, name) in series.symptomNames.enumerated() {
            // Outcome of each schedule day, by block.
            var blockSums = [Double](repeating: 0, count: blocks)
            var blockCounts = [Double](repeating: 0, count: blocks)
            for day in 0..<schedule.days {
                let t = offset + day + schedule.lag
                guard t >= 0, t < series.dayCount, !series.symptoms[index][t].isNaN else { continue }
                blockSums[day / schedule.blockLength] += series.symptoms[index][t]
                blockCounts[day / schedule.blockLength] += 1
            }
            func statistic(_ eat: [Bool]) -> Double? {
                var s1 = 0.0
                var n1 = 0.0
                var s0 = 0.0
                var n0 = 0.0
                for block in 0..<blocks {
                    if eat[block] {
                        s1 += blockSums[block]
                        n1 += blockCounts[block]
                    } else {
                        s0 += blockSums[block]
                        n0 += blockCounts[block]
                    }
                }
                return n1 > 0 && n0 > 0 ? s1 / n1 - s0 / n0 : nil
            }
            let nEat = zip(schedule.eat, blockCounts).filter(\.0).reduce(0) { $0 + Int($1.1) }
            let nAvoid = Int(blockCounts.reduce(0, +)) - nEat
            guard nEat > 0 || nAvoid > 0 else { continue }
            let observed = statistic(schedule.eat)
            var p: Double?
            if let observed, nEat >= minimumDays, nAvoid >= minimumDays {
                var asExtreme = 1
                var total = 1  // the followed schedule
                for alternative in alternatives where alternative != schedule.eat {
                    total += 1
                    if let value = statistic(alternative), abs(value) >= abs(observed) - 1e-12 * max(1, abs(observed)) { asExtreme += 1 }
                }
                p = Double(asExtreme) / Double(total)
            }
            tests.append(.init(symptom: name, effect: observed ?? .nan, nEat: nEat, nAvoid: nAvoid, pValue: p))
        }
        var matches = 0
        var loggedDays = 0
        let present = exposure(named: schedule.item, in: series)
        for day in 0..<schedule.days {
            let t = offset + day
            guard t >= 0, t < series.dayCount, series.logged[t] else { continue }
            loggedDays += 1
            if (present?[t] ?? false) == schedule.eats(onDay: day) { matches += 1 }
        }
        let compared = schedule.possibleSchedules <= enumerationLimit ? schedule.possibleSchedules : alternatives.count + 1
        return ChallengeResult(
            item: schedule.item, start: schedule.start, days: schedule.days, blockDays: schedule.blockLength, lag: schedule.lag,
            schedulesCompared: compared, possibleSchedules: schedule.possibleSchedules,
            smallestPossiblePValue: min(1, 2 / Double(compared)), adherence: loggedDays > 0 ? Double(matches) / Double(loggedDays) : nil,
            symptoms: tests)
    }

    /// Every way to choose half the blocks (or a seeded sample of 9,999 when there are more than the limit).
    static func alternativeSchedules(blocks: Int, seed: UInt64) -> [[Bool]] {
        let half = blocks / 2
        if ChallengeSchedule.binomial(blocks, half) <= enumerationLimit {
            var result: [[Bool]] = []
            var chosen = [Bool](repeating: false, count: blocks)
            func choose(from start: Int, left: Int) {
                if left == 0 {
                    result.append(chosen)
                    return
                }
                guard blocks - start >= left else { return }
                for block in start..<blocks {
                    chosen[block] = true
                    choose(from: block + 1, left: left - 1)
                    chosen[block] = false
                }
            }
            choose(from: 0, left: half)
            return result
        }
        var generator = SeededRandomNumberGenerator(seed: seed, stream: "challenge-test")
        return (0..<9999).map { _ in
            var order = Array(0..<blocks)
            order.shuffle(using: &generator)
            var eat = [Bool](repeating: false, count: blocks)
            for block in order.prefix(half) { eat[block] = true }
            return eat
        }
    }

    /// The daily presence of a tag or item named `name`.
    static func exposure(named name: String, in series: DailySeries) -> [Bool]? {
        let wanted = TagVocabulary.normalised(name)
        // Tags on the same days are merged ("dairy / fermented foods"): match any part of the name.
        if let found = series.exposures.first(where: { exposure in
            exposure.name.components(separatedBy: " / ").contains { TagVocabulary.normalised($0) == wanted }
        }) {
            return found.present
        }
        // An item merged into its tag (identical days) is found through the tag's items.
        return series.exposures.first(where: { $0.items.contains(wanted) })?.present
    }
}
