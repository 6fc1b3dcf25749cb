import GutSkinCore

/// The day orders of a block permutation test: the series is turned round a random point of a
/// circle (a circular shift) and cut into blocks of `blockLength` consecutive days, and the blocks
/// are put in a random order. Within a block, day-to-day autocorrelation is kept (Künsch 1989,
/// doi:10.1214/aos/1176347265, on blocks of dependent data); the circular shift makes every day
/// equally likely to start a block. Permutation `index` draws from its own seeded stream, so it is
/// the same on any thread.
public struct BlockPermutation: Sendable {
    public let dayCount: Int
    public let blockLength: Int
    public let seed: UInt64

    public init(dayCount: Int, blockLength: Int, seed: UInt64) {
        self.dayCount = dayCount
        self.blockLength = max(1, blockLength)
        self.seed = seed
    }

    /// order[p]: the day whose value moves to day p in permutation `index`.
    public func order(_ index: Int) -> [Int] {
        var order = [Int](repeating: 0, count: dayCount)
        var blockOrder = [Int]()
        fill(&order, blockOrder: &blockOrder, permutation: index)
        return order
    }

    /// Writes permutation `index` into `order` (dayCount long), reusing `blockOrder` as scratch, so
    /// the permutation loop allocates nothing. Permutation `index` draws from a generator seeded by
    /// SplitMix64 from seed ⊕ index·φ (φ = 0x9E3779B97F4A7C15), one stream per permutation.
    func fill(_ order: inout [Int], blockOrder: inout [Int], permutation index: Int) {
        let n = dayCount
        guard n > 1 else {
            for p in 0..<n { order[p] = p }
            return
        }
        var generator = SeededRandomNumberGenerator(seed: seed ^ (UInt64(truncatingIfNeeded: index) &* 0x9E37_79B9_7F4A_7C15))
        let rotation = Int(generator.next(upperBound: UInt64(n)))
        let blocks = (n + blockLength - 1) / blockLength
        blockOrder.removeAll(keepingCapacity: true)
        for block in 0..<blocks { blockOrder.append(block) }
        for position in stride(from: blocks - 1, to: 0, by: -1) {
            blockOrder.swapAt(position, Int(generator.next(upperBound: UInt64(position + 1))))
        }
        var p = 0
        for block in blockOrder {
            let start = block * blockLength
            for q in start..<min(start + blockLength, n) {
                let day = q + rotation
                order[p] = day >= n ? day - n : day
                p += 1
            }
        }
    }
}
