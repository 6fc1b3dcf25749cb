import Foundation
import GutSkinCore
import GutSkinParallel

/// What a sparse distance adds up over the features two samples share, and how it turns those
/// sums and per-sample totals into the distance.
///
/// Every metric here splits into per-sample totals (computed once) plus sums over the features
/// non-zero in *both* samples, so a pair costs only its shared features.
protocol SharedFeatureMetric: Sendable {
    /// How many `Double` accumulators each pair needs.
    static var lanes: Int { get }
    /// Adds one shared feature: `x` in the row sample (the smaller index), `y` in the other.
    static func accumulate(_ accumulator: UnsafeMutablePointer<Double>, _ x: Double, _ y: Double)
    /// The distance between samples `i < j`, given their shared-feature accumulators.
    func distance(_ i: Int, _ j: Int, shared: UnsafePointer<Double>) -> Double
}

/// A table's non-zero entries both sample-major and feature-major (an inverted index), with the
/// values a metric works on (raw, or transformed, e.g. logarithms).
struct SparseSampleIndex: Sendable {
    let sampleCount: Int
    /// Sample-major (CSR) row starts, `sampleCount + 1` of them.
    let sampleOffsets: [Int]
    /// Value of each sample-major entry.
    let values: [Double]
    /// For each sample-major entry, the feature-major position just after it (the first entry of
    /// the same feature in a later sample), and the end of that feature's list.
    let laterSamplesStart: [Int]
    let featureEnd: [Int]
    /// Feature-major lists: the samples holding each feature, in increasing order, and their values.
    let featureSamples: [Int32]
    let featureValues: [Double]

    /// Builds the index in O(nnz). `values` replaces the table's values entry by entry (same order).
    init(_ table: FeatureTable, values: [Double]) {
        let entryCount = table.nonzeroCount
        var featureOffsets = [Int](repeating: 0, count: table.featureCount + 1)
        for feature in table.featureIndices { featureOffsets[Int(feature) + 1] += 1 }
        for feature in 0..<table.featureCount { featureOffsets[feature + 1] += featureOffsets[feature] }
        var cursor = featureOffsets
        var samples = [Int32](repeating: 0, count: entryCount)
        var featureValues = [Double](repeating: 0, count: entryCount)
        var later = [Int](repeating: 0, count: entryCount)
        var ends = [Int](repeating: 0, count: entryCount)
        for sample in 0..<table.sampleCount {
            for entry in table.entryRange(ofSample: sample) {
                let feature = Int(table.featureIndices[entry])
                let position = cursor[feature]
                samples[position] = Int32(truncatingIfNeeded: sample)
                featureValues[position] = values[entry]
                later[entry] = position + 1
                ends[entry] = featureOffsets[feature + 1]
                cursor[feature] = position + 1
            }
        }
        self.sampleCount = table.sampleCount
        self.sampleOffsets = table.sampleOffsets
        self.values = values
        self.laterSamplesStart = later
        self.featureEnd = ends
        self.featureSamples = samples
        self.featureValues = featureValues
    }
}

/// Pairwise distances by sparse accumulation: for each row sample i, every feature of i scatters
/// its products with the later samples holding that feature into a dense row of accumulators,
/// then each selected pair (i, j > i) is finished from its accumulators and per-sample totals.
///
/// Work is Σ over features of prevalence²/2 plus one O(1) finish per pair, instead of
/// O(pairs × features) for dense loops. A pair is always computed from its smaller index with its
/// shared features in increasing order, so its bits do not depend on the selection or threads.
struct SparsePairwiseEngine<Metric: SharedFeatureMetric>: Sendable {
    let index: SparseSampleIndex
    let metric: Metric

    func distances(for selection: PairSelection, threads: Int?, progress: (@Sendable (Double) -> Void)?) -> [Double] {
        let n = index.sampleCount
        let pairCount = selection.pairCount
        // A selection made for another matrix size has no meaningful answer here: every pair is NaN.
        guard selection.sampleCount == n else { return [Double](repeating: .nan, count: pairCount) }
        guard pairCount > 0 else {
            progress?(1)
            return []
        }
        let workers = max(1, threads ?? Parallel.defaultThreadCount)
        // Rows are dealt to blocks round-robin (block b holds rows b, b + B, …), so blocks carry
        // about the same work although early rows have more later samples than late ones. A slice
        // deals runs of 8 rows instead: it stores pairs stripe by stripe (slot = stripe base + i),
        // so consecutive rows fill each stripe's cache lines together.
        let blockCount = min(n, 32 * workers)
        let run = selection.isComplete ? 1 : 8
        let counter = ProgressCounter(total: blockCount, report: progress)
        return [Double](unsafeUninitializedCapacity: pairCount) { buffer, initializedCount in
            buffer.initialize(repeating: .nan)
            let output = SharedBuffer(buffer.baseAddress!)  // pairCount > 0 here
            Parallel.forEach(count: blockCount, threads: workers) { block in
                let rows = stride(from: block * run, to: n, by: blockCount * run).flatMap { $0..<min($0 + run, n) }
                computeRows(rows, selection: selection, output: output)
                counter.increment()
            }
            initializedCount = pairCount
        }
    }

    private func computeRows(_ rows: [Int], selection: PairSelection, output: SharedBuffer<Double>) {
        let out = output.pointer
        let n = index.sampleCount
        let lanes = Metric.lanes
        let accumulators = UnsafeMutablePointer<Double>.allocate(capacity: n * lanes)
        accumulators.initialize(repeating: 0, count: n * lanes)
        defer { accumulators.deallocate() }
        index.sampleOffsets.withUnsafeBufferPointer { offsets in
            index.values.withUnsafeBufferPointer { values in
                index.laterSamplesStart.withUnsafeBufferPointer { laterStart in
                    index.featureEnd.withUnsafeBufferPointer { featureEnd in
                        index.featureSamples.withUnsafeBufferPointer { samples in
                            index.featureValues.withUnsafeBufferPointer { featureValues in
                                for row in rows {
                                    for interval in selection.laterSampleIntervals(row: row) {
                                        // Scatter: shared features of `row` with samples in `interval`.
                                        for entry in offsets[row]..<offsets[row + 1] {
                                            let x = values[entry]
                                            let end = featureEnd[entry]
                                            var position = laterStart[entry]
                                            if interval.lowerBound > row + 1 {
                                                position = SortedSampleSearch.firstPosition(
                                                    in: samples.baseAddress!, from: position, to: end, atLeast: interval.lowerBound)
                                            }
                                            while position < end {
                                                let other = Int(samples[position])
                                                if other >= interval.upperBound { break }
                                                Metric.accumulate(accumulators + other * lanes, x, featureValues[position])
                                                position += 1
                                            }
                                        }
                                        // Finish each selected pair, then clear its accumulators.
                                        for other in interval {
                                            let slotAccumulators = accumulators + other * lanes
                                            if let slot = selection.slot(row, other) {
                                                out[slot] = metric.distance(row, other, shared: slotAccumulators)
                                            }
                                            slotAccumulators.update(repeating: 0, count: lanes)
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
