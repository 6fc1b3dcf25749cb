/// A slice of a distance matrix: the distances of some stripes (see `PairSelection`), as a
/// partial run (`gutskin beta --stripes`) writes them, to be merged with the other slices.
public struct PartialDistanceMatrix: Sendable, Equatable {
    public let ids: [String]
    /// The metric's name, so that slices of different metrics are never merged.
    public let metric: String
    public let selection: PairSelection
    /// Distances at `selection.slot(i, j)`.
    public let values: [Double]
    /// What the slice was computed from; nil for slices written before gutskin recorded it.
    public let provenance: SliceProvenance?

    public init(
        ids: [String], metric: String, selection: PairSelection, values: [Double], provenance: SliceProvenance? = nil
    ) throws(DistanceMatrixError) {
        guard selection.sampleCount == ids.count, values.count == selection.pairCount else {
            throw .sizeMismatch(ids: ids.count, condensedValues: values.count)
        }
        self.ids = ids
        self.metric = metric
        self.selection = selection
        self.values = values
        self.provenance = provenance
    }

    /// Why `other` cannot be merged with this slice (different samples, metric or provenance),
    /// in a few words, or nil when they agree.
    public func disagreement(with other: PartialDistanceMatrix) -> String? {
        if ids.count != other.ids.count { return "sample count (\(ids.count) vs \(other.ids.count))" }
        if let index = ids.indices.first(where: { ids[$0] != other.ids[$0] }) {
            return "sample ids (sample \(index + 1) is '\(ids[index])' vs '\(other.ids[index])')"
        }
        if metric != other.metric { return "metric (\(metric) vs \(other.metric))" }
        switch (provenance, other.provenance) {
        case (nil, nil): return nil
        case (.some, nil), (nil, .some): return "provenance (one slice records none: written by an older gutskin)"
        case (.some(let mine), .some(let theirs)): return mine.firstDifference(from: theirs)
        }
    }
}

extension DistanceMatrix {
    /// Assembles slices into the whole matrix: they must share ids and metric, and their stripes
    /// must cover every stripe exactly once. The result has the same bits as a single full run.
    public init(merging parts: [PartialDistanceMatrix]) throws(DistanceMatrixMergeError) {
        guard let first = parts.first else { throw .noParts }
        for part in parts.dropFirst() {
            guard part.ids == first.ids else { throw .differentSamples }
            guard part.metric == first.metric else { throw .differentMetrics(first.metric, part.metric) }
        }
        var merger = DistanceMatrixMerger(like: first)
        for part in parts { try merger.add(part) }
        self = try merger.matrix()
    }
}

/// Why slices could not be merged into one matrix.
public enum DistanceMatrixMergeError: Error, CustomStringConvertible, Equatable {
    /// Nothing was given to merge.
    case noParts
    /// The parts hold different sample ids, so they are slices of different tables.
    case differentSamples
    /// The parts were computed with different metrics.
    case differentMetrics(String, String)
    /// A stripe is in two parts.
    case overlap(stripe: Int, parts: (Int, Int))
    /// Stripes in no part: these still have to be computed (the CLI says with which option).
    case missingStripes(Range<Int>, stripeCount: Int)
    /// The merged values do not make a distance matrix.
    case invalid(DistanceMatrixError)

    public static func == (lhs: Self, rhs: Self) -> Bool { lhs.description == rhs.description }

    public var description: String {
        switch self {
        case .noParts: return "no partial matrices to merge"
        case .differentSamples: return "the parts are of different tables (their sample ids differ)"
        case .differentMetrics(let a, let b): return "the parts are of different metrics ('\(a)' and '\(b)')"
        case .overlap(let stripe, let parts):
            return "stripe \(stripe) is in part \(parts.0 + 1) and part \(parts.1 + 1); each stripe must be computed once"
        case .missingStripes(let range, let count):
            return "stripes \(range.lowerBound):\(range.upperBound) of \(count) are in no part"
        case .invalid(let error): return error.description
        }
    }
}
