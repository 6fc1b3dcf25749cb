/// Assembles a whole matrix from slices handed over one at a time, holding only the result and
/// the slice in hand: a 50,000-sample matrix from 8 slices needs 5 GB in fp32, where holding every
/// slice, then the merged doubles, then their fp32 copy needed about 25 GB.
public struct DistanceMatrixMerger {
    private let ids: [String]
    private let metric: String
    private var owner: [Int32]
    private var storage: Storage
    private var partCount = 0

    private enum Storage {
        case fp64([Double])
        case fp32([Float])
    }

    /// A merger for slices like `first` (its ids and metric); `singlePrecision` stores the result
    /// as an fp32 run does (slices of an fp32 run hold float values as doubles, so exactly).
    public init(like first: PartialDistanceMatrix, singlePrecision: Bool = false) {
        ids = first.ids
        metric = first.metric
        owner = [Int32](repeating: -1, count: PairSelection.stripeCount(first.ids.count))
        let pairs = PairSelection.all(first.ids.count).pairCount
        storage = singlePrecision ? .fp32([Float](repeating: 0, count: pairs)) : .fp64([Double](repeating: 0, count: pairs))
    }

    /// Copies `part`'s distances into place; it must share ids and metric and hold no stripe an
    /// earlier part held.
    public mutating func add(_ part: PartialDistanceMatrix) throws(DistanceMatrixMergeError) {
        guard part.ids == ids else { throw .differentSamples }
        guard part.metric == metric else { throw .differentMetrics(metric, part.metric) }
        let index = partCount
        for stripe in part.selection.stripes {
            if owner[stripe] >= 0 { throw .overlap(stripe: stripe, parts: (Int(owner[stripe]), index)) }
            owner[stripe] = Int32(truncatingIfNeeded: index)
        }
        partCount += 1
        switch storage {
        case .fp64(var values):
            storage = .fp64([])  // keeps `values` uniquely referenced: no copy
            Self.place(part, into: &values)
            storage = .fp64(values)
        case .fp32(var values):
            storage = .fp32([])
            Self.place(part, into: &values)
            storage = .fp32(values)
        }
    }

    /// The whole matrix, once every stripe has been added exactly once.
    public consuming func matrix() throws(DistanceMatrixMergeError) -> DistanceMatrix {
        guard partCount > 0 else { throw .noParts }
        if let missing = owner.firstIndex(where: { $0 < 0 }) {
            let end = owner[missing...].firstIndex(where: { $0 >= 0 }) ?? owner.count
            throw .missingStripes(missing..<end, stripeCount: owner.count)
        }
        do {
            switch storage {
            case .fp64(let values): return try DistanceMatrix(ids: ids, condensed: values)
            case .fp32(let values): return try DistanceMatrix(ids: ids, condensed: values)
            }
        } catch {
            throw .invalid(error)
        }
    }

    /// Walks each stripe's pairs (i, i + stripe + 1 mod n) in slot order: O(pairs) in all.
    private static func place<Value: BinaryFloatingPoint>(_ part: PartialDistanceMatrix, into condensed: inout [Value]) {
        let n = part.ids.count
        if part.selection.isComplete {  // already in condensed order
            for slot in part.values.indices { condensed[slot] = Value(part.values[slot]) }
            return
        }
        var slot = 0
        for stripe in part.selection.stripes {
            for i in 0..<part.selection.pairCount(inStripe: stripe) {
                let j = (i + stripe + 1) % n
                condensed[DistanceMatrix.condensedIndex(min(i, j), max(i, j), count: n)] = Value(part.values[slot])
                slot += 1
            }
        }
    }
}
