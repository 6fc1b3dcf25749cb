import GutSkinCore
import GutSkinParallel

extension UniFracEmbedding {
    /// The node lists' present entries, where they go (count and proportion may be empty: not kept).
    struct ListBuffers: @unchecked Sendable {
        let sample: UnsafeMutableBufferPointer<Int32>
        let count: UnsafeMutableBufferPointer<Double>
        let proportion: UnsafeMutableBufferPointer<Double>
        /// Empty unless generalized.
        let power: UnsafeMutableBufferPointer<Double>
    }

    /// Fills every node list's present entries (sample, count, proportion, and b·p^α when
    /// generalized) from the sample-major nodes, and returns the entry each of those landed in.
    /// Blocks of samples fill on all cores, each from its own start in every list (counted
    /// first), so each list is still in sample order: the entries one thread writes.
    static func fillPresentLists(
        walked: SampleNodes, nodeOffsets: [Int], branchLength: [Double], alpha: Double?, threads: Int?,
        into lists: ListBuffers
    ) -> [Int] {
        let sampleCount = walked.totals.count
        let nodeCount = nodeOffsets.count - 1
        let blockCount = buildBlockCount(sampleCount)
        let keepsCounts = !lists.count.isEmpty
        let keepsProportions = !lists.proportion.isEmpty
        let held = Parallel.map(count: blockCount, threads: threads) { block in
            var counts = [Int](repeating: 0, count: nodeCount)
            let samples = blockRange(block, of: blockCount, over: sampleCount)
            for position in walked.offsets[samples.lowerBound]..<walked.offsets[samples.upperBound] {
                counts[Int(walked.nodes[position])] += 1
            }
            return counts
        }
        var starts = [[Int]]()
        var next = Array(nodeOffsets.dropLast())
        for block in 0..<blockCount {
            starts.append(next)
            for node in 0..<nodeCount { next[node] += held[block][node] }
        }
        let entryCount = walked.nodes.count
        return [Int](unsafeUninitializedCapacity: entryCount) { buffer, initialized in
            guard let base = buffer.baseAddress else {
                initialized = 0
                return
            }
            let entryOf = SharedBuffer(base)
            Parallel.forEach(count: blockCount, threads: threads) { [starts] block in
                var cursor = starts[block]
                for sample in blockRange(block, of: blockCount, over: sampleCount) {
                    let total = walked.totals[sample]
                    for position in walked.offsets[sample]..<walked.offsets[sample + 1] {
                        let node = Int(walked.nodes[position])
                        let entry = cursor[node]
                        cursor[node] += 1
                        let count = walked.counts[position]
                        let proportion = total > 0 ? count / total : 0
                        lists.sample[entry] = Int32(truncatingIfNeeded: sample)
                        if keepsCounts { lists.count[entry] = count }
                        if keepsProportions { lists.proportion[entry] = proportion }
                        if let alpha { lists.power[entry] = branchLength[node] * Self.power(proportion, alpha) }
                        entryOf[position] = entry
                    }
                }
            }
            initialized = entryCount
        }
    }

    /// The blocks of samples the embedding is built in: a fixed number (not the core count), so
    /// the transient per-block arrays (a few per tree node) stay bounded on any machine.
    static func buildBlockCount(_ sampleCount: Int) -> Int { max(1, min(sampleCount, 16)) }

    /// Block `block` of `blocks` near-equal consecutive parts of `0..<count`.
    static func blockRange(_ block: Int, of blocks: Int, over count: Int) -> Range<Int> {
        (block * count / blocks)..<((block + 1) * count / blocks)
    }
}
