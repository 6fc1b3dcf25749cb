import GutSkinCore

/// A randomised n-of-1 challenge of one item: `days` days cut into blocks of `blockLength` days,
/// half the blocks eating (or using) the item and half avoiding it, which half chosen at random
/// from all C(blocks, blocks/2) ways with a seeded generator. Because the schedule is random, a
/// randomisation test over all possible schedules is valid whatever the symptoms' autocorrelation
/// or drift (Edgington & Onghena 2007, Randomization Tests; Bulté & Onghena 2008,
/// doi:10.3758/BRM.40.2.467).
public struct ChallengeSchedule: Sendable, Equatable, Codable {
    public let item: String
    public let start: DiaryDate
    public let days: Int
    public let blockLength: Int
    /// Days from eating to the symptom it is tested against (1: the next day).
    public let lag: Int
    public let seed: UInt64
    /// eat[block]: true for blocks that eat or use the item.
    public let eat: [Bool]

    public var blockCount: Int { eat.count }

    /// The number of possible schedules: C(blocks, blocks/2).
    public var possibleSchedules: Int { Self.binomial(blockCount, blockCount / 2) }

    public init(item: String, start: DiaryDate, days: Int, blockLength: Int, lag: Int, seed: UInt64, eat: [Bool]) {
        self.item = item
        self.start = start
        self.days = days
        self.blockLength = blockLength
        self.lag = lag
        self.seed = seed
        self.eat = eat
    }

    /// Why a schedule cannot be made with these numbers, for people.
    public static func problem(days: Int, blockLength: Int) -> String? {
        guard blockLength >= 1 else { return "the block length must be at least 1 day" }
        guard days % blockLength == 0 else { return "\(days) days do not split into blocks of \(blockLength) days" }
        let blocks = days / blockLength
        guard blocks >= 4, blocks % 2 == 0 else {
            return "\(days) days in blocks of \(blockLength) make \(blocks) blocks; a challenge needs an even number, at least 4"
        }
        return nil
    }

    /// A random schedule: half the blocks chosen to eat by a seeded shuffle. Nil when `problem` says why not.
    public static func make(item: String, start: DiaryDate, days: Int, blockLength: Int, lag: Int, seed: UInt64) -> ChallengeSchedule? {
        guard problem(days: days, blockLength: blockLength) == nil else { return nil }
        let blocks = days / blockLength
        var generator = SeededRandomNumberGenerator(seed: seed, stream: "challenge")
        var order = Array(0..<blocks)
        for position in stride(from: blocks - 1, to: 0, by: -1) {
            order.swapAt(position, Int(generator.next(upperBound: UInt64(position + 1))))
        }
        var eat = [Bool](repeating: false, count: blocks)
        for block in order.prefix(blocks / 2) { eat[block] = true }
        return ChallengeSchedule(item: item, start: start, days: days, blockLength: blockLength, lag: lag, seed: seed, eat: eat)
    }

    /// Whether day `index` (0-based from the start) is an eating day.
    public func eats(onDay index: Int) -> Bool { eat[index / blockLength] }

    /// C(n, k), or `Int.max` when it does not fit (a long challenge of one-day blocks).
    static func binomial(_ n: Int, _ k: Int) -> Int {
        guard k >= 0, k <= n else { return 0 }
        var result = 1
        for i in 0..<min(k, n - k) {
            // result · (n − i) is divisible by (i + 1): C(n, i) · (n − i) = C(n, i + 1) · (i + 1).
            let (product, overflow) = result.multipliedReportingOverflow(by: n - i)
            if overflow { return Int.max }
            result = product / (i + 1)
        }
        return result
    }
}
