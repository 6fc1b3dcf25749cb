import GutSkinCore
import Testing

@Suite struct BatchShardTests {
    /// The parts of any split lie end to end over every item, in order, and differ in size by at most one.
    @Test(arguments: [(0, 3), (1, 1), (2, 5), (24, 5), (24, 24), (1000, 7), (113_000, 64)])
    func partsCoverTheItemsContiguously(total: Int, count: Int) throws {
        var next = 0
        var sizes = [Int]()
        for index in 1...count {
            let range = try BatchShard(index: index, count: count).range(of: total)
            #expect(range.lowerBound == next)
            next = range.upperBound
            sizes.append(range.count)
        }
        #expect(next == total)
        #expect(sizes.max()! - sizes.min()! <= 1)
    }

    @Test func parsesIOverN() throws {
        #expect(try BatchShard(parsing: "3/8") == BatchShard(index: 3, count: 8))
        for bad in ["3-8", "3/", "/8", "a/b", "3/8/9", "", " 1/2"] {
            #expect(throws: BatchShardError.notAShard(bad)) { try BatchShard(parsing: bad) }
        }
        for (index, count) in [(0, 4), (5, 4), (1, 0), (-1, 2)] {
            #expect(throws: BatchShardError.outOfRange(index: index, count: count)) { try BatchShard(parsing: "\(index)/\(count)") }
        }
    }
}
