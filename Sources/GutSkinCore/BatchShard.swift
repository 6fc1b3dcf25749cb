/// The I-th of N parts of a batch (1-based), as `--shard I/N` names it: the items, in their
/// order, split into N contiguous parts whose sizes differ by at most one, so N jobs on a
/// cluster each take one part and the parts laid end to end are the whole batch.
public struct BatchShard: Sendable, Hashable, CustomStringConvertible {
    /// 1-based part number.
    public let index: Int
    /// Number of parts.
    public let count: Int

    public init(index: Int, count: Int) throws(BatchShardError) {
        guard count >= 1, index >= 1, index <= count else { throw .outOfRange(index: index, count: count) }
        self.index = index
        self.count = count
    }

    /// Parses `I/N`, e.g. `3/8`.
    public init(parsing text: String) throws(BatchShardError) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else { throw .notAShard(text) }
        try self.init(index: index, count: count)
    }

    /// The items of this part among `total`: `[⌊(I−1)·total/N⌋, ⌊I·total/N⌋)` (64-bit arithmetic;
    /// empty when there are fewer items than parts).
    public func range(of total: Int) -> Range<Int> {
        let lower = Int((Int64(index - 1) * Int64(total)) / Int64(count))
        let upper = Int((Int64(index) * Int64(total)) / Int64(count))
        return lower..<upper
    }

    public var description: String { "\(index)/\(count)" }
}

/// Why a `--shard` value was refused.
public enum BatchShardError: Error, Sendable, Equatable, CustomStringConvertible {
    case notAShard(String)
    case outOfRange(index: Int, count: Int)

    public var description: String {
        switch self {
        case .notAShard(let text): "--shard '\(text)' is not a shard; write I/N, e.g. 2/8 for the second of eight parts"
        case .outOfRange(let index, let count): "--shard \(index)/\(count) does not exist; I must be between 1 and N (N at least 1)"
        }
    }
}
