/// Which sample pairs a distance computation covers, in Striped UniFrac's stripes.
///
/// Stripe `s` (0-based) holds the pairs (i, (i + s + 1) mod n) for every sample i, so each stripe
/// has the same amount of work — n pairs — except that for even n the last stripe (offset n/2)
/// holds each of its pairs once, i in 0..<n/2. There are ⌊n/2⌋ stripes in all (McDonald et al.
/// 2018, Nat Methods 15:847, doi:10.1038/s41592-018-0187-8). A run over stripes `start..<stop`
/// computes a slice of the matrix; slices over all stripes assemble into the whole matrix.
public struct PairSelection: Sendable, Equatable {
    public let sampleCount: Int
    public let stripes: Range<Int>
    /// Output position of each selected stripe's first pair.
    @usableFromInline let stripeBases: [Int]

    /// Every pair of `sampleCount` samples.
    public static func all(_ sampleCount: Int) -> PairSelection {
        PairSelection(uncheckedSampleCount: sampleCount, stripes: 0..<stripeCount(sampleCount))
    }

    /// The pairs of the given stripes; throws when the range is outside 0..<stripeCount.
    public init(sampleCount: Int, stripes: Range<Int>) throws(PairSelectionError) {
        let total = Self.stripeCount(sampleCount)
        guard stripes.lowerBound >= 0, stripes.upperBound <= total, !stripes.isEmpty || total == 0 else {
            throw .outOfRange(stripes, stripeCount: total)
        }
        self.init(uncheckedSampleCount: sampleCount, stripes: stripes)
    }

    private init(uncheckedSampleCount: Int, stripes: Range<Int>) {
        self.sampleCount = uncheckedSampleCount
        self.stripes = stripes
        var bases = [Int]()
        var base = 0
        for stripe in stripes {
            bases.append(base)
            base += Self.pairCount(inStripe: stripe, sampleCount: uncheckedSampleCount)
        }
        self.stripeBases = bases
    }

    public static func pairCount(inStripe stripe: Int, sampleCount n: Int) -> Int {
        n % 2 == 0 && stripe == n / 2 - 1 ? n / 2 : n
    }

    /// ⌊n/2⌋: the number of stripes for `sampleCount` samples.
    public static func stripeCount(_ sampleCount: Int) -> Int { sampleCount / 2 }

    /// Whether this selection covers every pair.
    public var isComplete: Bool { stripes == 0..<Self.stripeCount(sampleCount) }

    /// Pairs in stripe `s`: n, or n/2 for the last stripe of an even n.
    public func pairCount(inStripe stripe: Int) -> Int { Self.pairCount(inStripe: stripe, sampleCount: sampleCount) }

    /// Number of pairs selected: the length of the output buffer.
    public var pairCount: Int { (stripeBases.last ?? 0) + (stripes.last.map(pairCount(inStripe:)) ?? 0) }

    /// The stripe holding the pair (i, j), i ≠ j.
    @inlinable public static func stripe(_ i: Int, _ j: Int, sampleCount n: Int) -> Int {
        let offset = (j - i + n) % n  // 1..<n
        return offset <= n / 2 ? offset - 1 : n - offset - 1
    }

    /// Where the distance of (i, j) goes in the output, or `nil` when the pair is not selected.
    /// For a complete selection this is the condensed (row-major upper-triangle) index, so the
    /// output is directly a `DistanceMatrix`'s storage; for a slice it is stripe-major.
    @inlinable public func slot(_ i: Int, _ j: Int) -> Int? {
        let n = sampleCount
        if isComplete {
            let (a, b) = i < j ? (i, j) : (j, i)
            return n * a - a * (a + 1) / 2 + (b - a - 1)
        }
        let offset = (j - i + n) % n
        // The pair's stripe, and the sample that starts it (i with j = i + offset, or j with i = j + (n - offset)).
        let (stripe, start) = offset <= n / 2 ? (offset - 1, i) : (n - offset - 1, j)
        guard stripes.contains(stripe) else { return nil }
        // For the half stripe of an even n, the pair is recorded once, at the smaller start.
        let position = n % 2 == 0 && stripe == n / 2 - 1 ? min(i, j) : start
        return stripeBases[stripe - stripes.lowerBound] + position
    }

    /// The offsets j − i by which this selection pairs a row i with later samples j, as at most
    /// two ranges: `1 ..< n` for a complete selection; for a stripe slice its stripes' own offsets
    /// (near) and those reached from the other sample of a pair (far, offsets above n/2). Row i's
    /// samples are these shifted by i and cut at n (`laterSamples(row:offsets:)`). The ranges only
    /// limit work: whether a pair is written is `slot`'s call.
    public var laterOffsets: [Range<Int>] {
        let n = sampleCount
        if isComplete { return n > 1 ? [1..<n] : [] }
        let first = stripes.lowerBound
        let last = stripes.upperBound  // stripes first..<last
        // Stripe s holds offset s + 1 (offsets up to n/2) and offset n − s − 1.
        let near = (first + 1)..<(last + 1)
        let farLow = max(n - last, n / 2 + 1)
        let far = farLow..<max(farLow, n - first)
        return [near, far]
    }

    /// The samples j > `row` at the offsets `offsets` (one of `laterOffsets`): `row + offsets`
    /// cut at n, possibly empty.
    @inlinable public func laterSamples(row: Int, offsets: Range<Int>) -> Range<Int> {
        let low = min(sampleCount, row + offsets.lowerBound)
        return low..<max(low, min(sampleCount, row + offsets.upperBound))
    }

    /// The samples j > `row` that may pair with `row` in this selection, as at most two non-empty
    /// intervals: `row + 1 ..< n` for a complete selection, `laterOffsets` shifted by `row` for a slice.
    public func laterSampleIntervals(row: Int) -> [Range<Int>] {
        laterOffsets.map { laterSamples(row: row, offsets: $0) }.filter { !$0.isEmpty }
    }

    /// The pair stored at `slot` (inverse of `slot`, for merging slices).
    public func pair(atSlot slot: Int) -> (Int, Int) {
        if isComplete {
            var row = 0
            var rowStart = 0
            while rowStart + (sampleCount - row - 1) <= slot {
                rowStart += sampleCount - row - 1
                row += 1
            }
            return (row, row + 1 + slot - rowStart)
        }
        var remaining = slot
        for stripe in stripes {
            let count = pairCount(inStripe: stripe)
            if remaining < count { return (remaining, (remaining + stripe + 1) % sampleCount) }
            remaining -= count
        }
        preconditionFailure("slot \(slot) is outside the selection")
    }
}

/// A stripe range that does not fit the matrix.
public enum PairSelectionError: Error, CustomStringConvertible, Equatable {
    case outOfRange(Range<Int>, stripeCount: Int)
    /// `--plan N` with N below 1 or above the number of stripes.
    case cannotPlan(parts: Int, stripeCount: Int)

    public var description: String {
        switch self {
        case .cannotPlan(let parts, let count):
            return "cannot split \(count) stripes into \(parts) parts; give between 1 and \(count) parts"
        case .outOfRange(let range, let count):
            return "stripes \(range.lowerBound):\(range.upperBound) are outside 0:\(count) (a matrix of this size has \(count) stripes)"
        }
    }
}
