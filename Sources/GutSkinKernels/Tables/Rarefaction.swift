import GutSkinCore
import GutSkinParallel

/// Subsampling every sample to the same depth without replacement ("rarefying"), as
/// `qiime feature-table rarefy` and biom-format's `Table.subsample` do.
///
/// Each sample's draw uses its own generator seeded from the run's seed and the sample's id, so
/// the result depends only on the seed and the table — never on the thread count or on which
/// other samples are present. Draws differ from QIIME 2's (NumPy's generator), but follow the same
/// distribution: each subset of `depth` reads is equally likely (Knuth's Algorithm S, TAOCP vol. 2,
/// §3.4.2). Samples with fewer reads than `depth` are dropped and listed; features left with no
/// reads are removed, as biom-format does.
public struct Rarefaction: Sendable {
    /// The subsampled table.
    public let table: FeatureTable
    /// Ids of samples dropped because their depth was below the target, in table order.
    public let droppedSamples: [String]
    /// Number of features removed because no reads of theirs were kept.
    public let removedFeatureCount: Int

    /// Rarefies `table` to `depth` reads per sample using `seed`. Complexity: O(total reads of the kept samples).
    public init(_ table: FeatureTable, depth: Int, seed: UInt64) throws(RarefactionError) {
        guard depth > 0 else { throw .nonPositiveDepth(depth) }
        guard table.isIntegral, !table.values.contains(where: { $0 < 0 }) else { throw .notCounts }
        let totals = table.sampleTotals
        let kept = (0..<table.sampleCount).filter { totals[$0] >= Double(depth) }
        droppedSamples = (0..<table.sampleCount).filter { totals[$0] < Double(depth) }.map { table.sampleIDs[$0] }
        guard !kept.isEmpty else { throw .noSampleDeepEnough(depth: depth, deepest: totals.max() ?? 0) }

        let rows = Parallel.map(count: kept.count) { row in
            let sample = kept[row]
            var generator = SeededRandomNumberGenerator(seed: seed, stream: table.sampleIDs[sample])
            return Self.subsample(table: table, sample: sample, depth: depth, total: Int(totals[sample]), using: &generator)
        }
        var offsets = [0]
        var indices = [Int32]()
        var values = [Double]()
        for row in 0..<kept.count {
            indices.append(contentsOf: rows[row].indices)
            values.append(contentsOf: rows[row].values)
            offsets.append(values.count)
        }
        let sampled = try! table.replacingSampleRows(
            sampleIDs: kept.map { table.sampleIDs[$0] }, offsets: offsets, featureIndices: indices, values: values)
        let prevalence = sampled.featurePrevalence  // computed once: it is O(non-zeros)
        let present = prevalence.indices.filter { prevalence[$0] > 0 }
        self.table = present.count == sampled.featureCount ? sampled : sampled.selectingFeatures(present)
        removedFeatureCount = table.featureCount - present.count
    }

    /// Selects `depth` of the sample's `total` reads, each read kept with probability
    /// (still needed) / (still unseen) — Algorithm S.
    private static func subsample(
        table: FeatureTable, sample: Int, depth: Int, total: Int, using generator: inout SeededRandomNumberGenerator
    ) -> (indices: [Int32], values: [Double]) {
        var indices = [Int32]()
        var values = [Double]()
        var needed = depth
        var unseen = total
        for entry in table.entryRange(ofSample: sample) where needed > 0 {
            var chosen = 0
            for _ in 0..<Int(table.values[entry]) {
                let uniform = Double(generator.next() >> 11) * 0x1.0p-53
                if Double(unseen) * uniform < Double(needed) {
                    chosen += 1
                    needed -= 1
                    if needed == 0 { break }
                }
                unseen -= 1
            }
            if chosen > 0 {
                indices.append(table.featureIndices[entry])
                values.append(Double(chosen))
            }
        }
        return (indices, values)
    }
}

/// Why a table could not be rarefied.
public enum RarefactionError: Error, CustomStringConvertible, Equatable {
    /// The depth is zero or negative.
    case nonPositiveDepth(Int)
    /// The table holds fractions or negative values, so there are no reads to draw.
    case notCounts
    /// The depth is above every sample's total (`deepest`): a smaller depth is needed.
    case noSampleDeepEnough(depth: Int, deepest: Double)

    public var description: String {
        switch self {
        case .nonPositiveDepth(let depth): return "rarefaction depth must be a positive number of reads, not \(depth)"
        case .notCounts:
            return "rarefying needs whole-number counts; this table holds fractions or negative values (relative abundances?)"
        case .noSampleDeepEnough(let depth, let deepest):
            return "no sample has \(depth) reads (the deepest has \(Int(deepest)))"
        }
    }
}
