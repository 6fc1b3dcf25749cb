/// A samples × features table of counts or relative abundances, stored sparsely by sample.
///
/// Rows are samples and are kept in compressed sparse row (CSR) form: the non-zero entries of
/// sample `s` are `featureIndices[sampleOffsets[s]..<sampleOffsets[s+1]]` with the matching
/// `values`, feature indices strictly increasing. Memory is about 12 bytes per non-zero plus the
/// ids, so a 5,452 × 5,430 table at 1.2% density takes a few megabytes, never a dense copy.
/// BIOM calls features "observations"; gutskin uses QIIME 2's word.
public struct FeatureTable: Sendable, Equatable {
    /// Sample ids, in table order.
    public let sampleIDs: [String]
    /// Feature (OTU/ASV/species) ids, in table order.
    public let featureIDs: [String]
    /// Taxonomy of each feature, parallel to `featureIDs`, or `nil` when the table carries none.
    public let featureTaxonomy: [Taxonomy]?
    /// CSR row pointers: `sampleCount + 1` offsets into `featureIndices` and `values`.
    public let sampleOffsets: [Int]
    /// Column (feature) index of each stored entry; increasing within a sample.
    public let featureIndices: [Int32]
    /// Value of each stored entry; never zero.
    public let values: [Double]

    /// Creates a table from CSR arrays, checking every invariant.
    ///
    /// Explicit zeros are dropped and each sample's entries are sorted by feature, so callers can
    /// pass what a file held. Throws `FeatureTableError` when the arrays disagree.
    public init(
        sampleIDs: [String], featureIDs: [String], featureTaxonomy: [Taxonomy]? = nil,
        sampleOffsets: [Int], featureIndices: [Int32], values: [Double]
    ) throws(FeatureTableError) {
        guard sampleOffsets.count == sampleIDs.count + 1 else {
            throw .shapeMismatch(
                "\(sampleOffsets.count) row offsets for \(sampleIDs.count) samples (expected \(sampleIDs.count + 1))")
        }
        guard featureIndices.count == values.count else {
            throw .shapeMismatch("\(featureIndices.count) indices but \(values.count) values")
        }
        guard sampleOffsets.first == 0, sampleOffsets.last == values.count else {
            throw .shapeMismatch(
                "row offsets must run from 0 to \(values.count), found \(sampleOffsets.first ?? -1) to \(sampleOffsets.last ?? -1)")
        }
        if let featureTaxonomy, featureTaxonomy.count != featureIDs.count {
            throw .shapeMismatch("\(featureTaxonomy.count) taxonomy entries for \(featureIDs.count) features")
        }
        try Self.checkUnique(sampleIDs, kind: "sample")
        try Self.checkUnique(featureIDs, kind: "feature")

        var offsets = [Int](repeating: 0, count: sampleOffsets.count)
        var indices = [Int32]()
        var kept = [Double]()
        indices.reserveCapacity(featureIndices.count)
        kept.reserveCapacity(values.count)
        let featureCount = featureIDs.count
        for sample in 0..<sampleIDs.count {
            let start = sampleOffsets[sample]
            let end = sampleOffsets[sample + 1]
            guard start <= end else {
                throw .shapeMismatch("row offsets decrease at sample \(sample) ('\(sampleIDs[sample])')")
            }
            var sorted = true
            var previous: Int32 = -1
            for entry in start..<end {
                let feature = featureIndices[entry]
                let value = values[entry]
                guard feature >= 0, Int(feature) < featureCount else {
                    throw .indexOutOfRange(sample: sampleIDs[sample], featureIndex: Int(feature), featureCount: featureCount)
                }
                guard value.isFinite else { throw .nonFiniteValue(sample: sampleIDs[sample], feature: featureIDs[Int(feature)]) }
                if feature <= previous { sorted = false }
                previous = feature
            }
            if sorted {
                for entry in start..<end where values[entry] != 0 {
                    indices.append(featureIndices[entry])
                    kept.append(values[entry])
                }
            } else {
                let order = (start..<end).sorted { featureIndices[$0] < featureIndices[$1] }
                var last: Int32 = -1
                for entry in order {
                    if featureIndices[entry] == last {
                        throw .duplicateEntry(sample: sampleIDs[sample], feature: featureIDs[Int(last)])
                    }
                    last = featureIndices[entry]
                    if values[entry] != 0 {
                        indices.append(featureIndices[entry])
                        kept.append(values[entry])
                    }
                }
            }
            offsets[sample + 1] = kept.count
        }
        self.sampleIDs = sampleIDs
        self.featureIDs = featureIDs
        self.featureTaxonomy = featureTaxonomy
        self.sampleOffsets = offsets
        self.featureIndices = indices
        self.values = kept
    }

    private static func checkUnique(_ ids: [String], kind: String) throws(FeatureTableError) {
        var seen = Set<String>(minimumCapacity: ids.count)
        for id in ids where !seen.insert(id).inserted {
            throw .duplicateID(kind: kind, id: id)
        }
    }

    public var sampleCount: Int { sampleIDs.count }
    public var featureCount: Int { featureIDs.count }
    /// Number of stored (non-zero) entries.
    public var nonzeroCount: Int { values.count }
    /// Fraction of cells that are non-zero; 0 for an empty table.
    public var density: Double {
        let cells = Double(sampleCount) * Double(featureCount)
        return cells == 0 ? 0 : Double(nonzeroCount) / cells
    }

    /// The stored entries of one sample, as index ranges into `featureIndices` and `values`.
    @inlinable public func entryRange(ofSample sample: Int) -> Range<Int> {
        sampleOffsets[sample]..<sampleOffsets[sample + 1]
    }

    /// Sum of each sample's values (its sequencing depth for a count table).
    public var sampleTotals: [Double] {
        (0..<sampleCount).map { sample in
            var total = 0.0
            for entry in entryRange(ofSample: sample) { total += values[entry] }
            return total
        }
    }

    /// Sum of each feature's values over all samples.
    public var featureTotals: [Double] {
        var totals = [Double](repeating: 0, count: featureCount)
        for entry in values.indices { totals[Int(featureIndices[entry])] += values[entry] }
        return totals
    }

    /// Number of samples in which each feature is non-zero.
    public var featurePrevalence: [Int] {
        var counts = [Int](repeating: 0, count: featureCount)
        for feature in featureIndices { counts[Int(feature)] += 1 }
        return counts
    }

    /// Sum of all values.
    public var total: Double { values.reduce(0, +) }

    /// True when every value is a whole number that a 64-bit integer holds exactly (|v| ≤ 2⁵³), as
    /// counts are — so callers may convert values to `Int` without trapping.
    public var isIntegral: Bool { values.allSatisfy { $0 == $0.rounded() && abs($0) <= 0x1p53 } }

    /// The value at (sample, feature), zero when not stored. Binary search: O(log nnz per sample).
    public func value(sample: Int, feature: Int) -> Double {
        var low = sampleOffsets[sample]
        var high = sampleOffsets[sample + 1]
        let target = Int32(feature)
        while low < high {
            let middle = (low + high) / 2
            let found = featureIndices[middle]
            if found == target { return values[middle] }
            if found < target { low = middle + 1 } else { high = middle }
        }
        return 0
    }
}

/// Why a `FeatureTable` could not be built from the given parts.
public enum FeatureTableError: Error, CustomStringConvertible, Equatable {
    case shapeMismatch(String)
    case indexOutOfRange(sample: String, featureIndex: Int, featureCount: Int)
    case nonFiniteValue(sample: String, feature: String)
    case duplicateEntry(sample: String, feature: String)
    case duplicateID(kind: String, id: String)

    public var description: String {
        switch self {
        case .shapeMismatch(let what): return "table shape mismatch: \(what)"
        case .indexOutOfRange(let sample, let index, let count):
            return "sample '\(sample)' refers to feature index \(index), but the table has \(count) features"
        case .nonFiniteValue(let sample, let feature):
            return "sample '\(sample)', feature '\(feature)': value is not a finite number"
        case .duplicateEntry(let sample, let feature):
            return "sample '\(sample)' has feature '\(feature)' more than once"
        case .duplicateID(let kind, let id): return "duplicate \(kind) id '\(id)'"
        }
    }
}
