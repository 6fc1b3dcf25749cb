import GutSkinCore
import GutSkinParallel

extension UniFracEmbedding {
    /// What the row items are built from: the sample-major nodes, where each of their entries
    /// lies in the node lists, and the lists' fields.
    struct RowItemInputs: @unchecked Sendable {
        let tree: PhylogeneticTree
        let walked: SampleNodes
        let entryOfSampleNode: [Int]
        let depth: [Double]
        let isHigh: [Bool]
        let nodeOffsets: [Int]
        let absentOffsets: [Int]
        /// For each sample, the complement-swept nodes it lacks and its entry in their absent lists.
        let absentItemsOfSample: [[(node: Int32, entry: Int)]]
        let useComplement: Bool
        /// Whether the items keep their counts and proportions (the sums are made either way).
        let keepsCounts: Bool
        let keepsProportions: Bool
        /// Empty unless generalized.
        let listPower: UnsafeMutableBufferPointer<Double>
    }

    /// Row items and per-sample sums; `offsets` as `itemOffsets`.
    struct RowItems {
        var offsets: [Int]
        let start, end: UnsafeMutableBufferPointer<Int>
        let length, count, proportion, power: UnsafeMutableBufferPointer<Double>
        var present, weighted, tipWeight, powered: [Double]
        var updates: Int
    }

    /// Counts each sample's items, allocates every buffer once at its size, then fills the samples
    /// in blocks on all cores: each sample writes only its own items and sums, so the result is
    /// what one thread builds.
    static func rowItems(_ input: RowItemInputs, threads: Int?) -> RowItems {
        let walked = input.walked
        let sampleCount = walked.totals.count
        var offsets = [Int](repeating: 0, count: sampleCount + 1)
        for sample in 0..<sampleCount {
            var items = input.useComplement ? input.absentItemsOfSample[sample].count : 0
            for position in walked.offsets[sample]..<walked.offsets[sample + 1] where !input.isHigh[Int(walked.nodes[position])] {
                items += 1
            }
            offsets[sample + 1] = offsets[sample] + items
        }
        let total = offsets[sampleCount]
        let hasPowers = !input.listPower.isEmpty
        // At least one element each, so every buffer has an address to share (an empty one may not).
        let capacity = max(1, total)
        var items = RowItems(
            offsets: offsets, start: .allocate(capacity: capacity), end: .allocate(capacity: capacity),
            length: .allocate(capacity: capacity), count: .allocate(capacity: input.keepsCounts ? capacity : 1),
            proportion: .allocate(capacity: input.keepsProportions ? capacity : 1),
            power: .allocate(capacity: hasPowers ? capacity : 1),
            present: [], weighted: [], tipWeight: [], powered: [], updates: 0)
        let fields = (
            start: SharedBuffer(items.start.baseAddress!), end: SharedBuffer(items.end.baseAddress!),
            length: SharedBuffer(items.length.baseAddress!), count: SharedBuffer(items.count.baseAddress!),
            proportion: SharedBuffer(items.proportion.baseAddress!), power: SharedBuffer(items.power.baseAddress!)
        )
        let blockCount = buildBlockCount(sampleCount)
        let sums = Parallel.map(count: blockCount, threads: threads) { [offsets] block in
            var sums = (present: [Double](), weighted: [Double](), tipWeight: [Double](), powered: [Double](), updates: 0)
            let branchLength = input.tree.branchLength
            for sample in blockRange(block, of: blockCount, over: sampleCount) {
                var present = 0.0
                var weighted = 0.0
                var tipSum = 0.0
                var powered = 0.0
                var item = offsets[sample]
                for position in walked.offsets[sample]..<walked.offsets[sample + 1] {
                    let node = Int(walked.nodes[position])
                    let entry = input.entryOfSampleNode[position]
                    let b = branchLength[node]
                    let count = walked.counts[position]
                    let total = walked.totals[sample]
                    let p = total > 0 ? count / total : 0  // as the lists hold it
                    present += b
                    weighted += b * p
                    if input.tree.isTip(node) { tipSum += input.depth[node] * p }
                    if hasPowers { powered += input.listPower[entry] }
                    guard !input.isHigh[node] else { continue }
                    fields.start[item] = entry + 1
                    fields.end[item] = input.nodeOffsets[node + 1]
                    sums.updates += input.nodeOffsets[node + 1] - entry - 1
                    fields.length[item] = b
                    if input.keepsCounts { fields.count[item] = count }
                    if input.keepsProportions { fields.proportion[item] = p }
                    if hasPowers { fields.power[item] = input.listPower[entry] }
                    item += 1
                }
                if input.useComplement {
                    for (node, entry) in input.absentItemsOfSample[sample] {
                        let node = Int(node)
                        fields.start[item] = entry + 1
                        fields.end[item] = input.absentOffsets[node + 1]
                        sums.updates += input.absentOffsets[node + 1] - entry - 1
                        fields.length[item] = branchLength[node]
                        if input.keepsCounts { fields.count[item] = 0 }
                        if input.keepsProportions { fields.proportion[item] = 0 }
                        item += 1
                    }
                }
                assert(item == offsets[sample + 1], "the row items counted and written differ")
                sums.present.append(present)
                sums.weighted.append(weighted)
                sums.tipWeight.append(tipSum)
                sums.powered.append(powered)
            }
            return sums
        }
        for block in sums {
            items.present += block.present
            items.weighted += block.weighted
            items.tipWeight += block.tipWeight
            items.powered += block.powered
            items.updates += block.updates
        }
        return items
    }
}
