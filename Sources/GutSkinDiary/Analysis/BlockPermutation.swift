import GutSkinKernels

/// The day orders of a block permutation test: the series is turned round a random point of a
/// circle (a circular shift) and cut into blocks of `blockLength` consecutive days, and the blocks
/// are put in a random order. Within a block, day-to-day autocorrelation is kept (Künsch 1989,
/// doi:10.1214/aos/1176347265, on blocks of dependent data); the circular shift makes every day
/// equally likely to start a block. Permutation `index` draws from its own seeded stream
/// (`PermutationStreams`), so it is the same on any thread.
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
        let n = dayCount
        guard n > 1 else { return Array(0..<n) }
        var generator = PermutationStreams.generator(seed: seed, permutation: index)
        let rotation = Int(generator.next(upperBound: UInt64(n)))
        let blocks = (n + blockLength - 1) / blockLength
        var blockOrder = Array(0..<blocks)
        for position in stride(from: blocks - 1, to: 0, by: -1) {
            blockOrder.swapAt(position, Int(generator.next(upperBound: UInt64(position + 1))))
        }
        var order = [Int]()
        order.reserveCapacity(n)
        for block in blockOrder {
            let start = block * blockLength
            for q in start..<min(start + blockLength, n) {
                let day = q + rotation
                order.append(day >= n ? day - n : day)
            }
        }
        return order
    }
}
