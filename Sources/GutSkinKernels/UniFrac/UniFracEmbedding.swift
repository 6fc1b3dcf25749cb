import GutSkinCore

/// The samples of a table placed on a tree, stored sparsely both ways round, as the pairwise
/// UniFrac loops read them.
///
/// Node-major *lists*: for each node v, the samples whose subtree count `c_i(v)` is non-zero, in
/// increasing sample order, with the count and the proportion `p_i(v) = c_i(v) / T_i`. Because
/// the lists are sorted, the entries after sample i's own entry are exactly the samples j > i
/// sharing v, so a row of the matrix visits only nodes both samples hold.
///
/// Sample-major *row items*: for each sample i, one item per node to sweep in its row: where the
/// rest of the node's list starts and ends, the branch length, and i's own value at the node.
///
/// For presence-only metrics, nodes held by more than half the samples are swept through their
/// *absent* lists instead (the complement trick): shared length over such a node is
/// `b − b[i absent] − b[j absent] + b[both absent]`, so the cost per node is
/// `min(k, n − k)² / 2` pair updates rather than `k² / 2` for k samples holding it.
///
/// Building: O(non-zeros × depth) at worst, in practice O(Σ_i |nodes of i|) since each sample
/// marks the path from each of its tips up only until it meets a node already marked.
/// Memory: O(Σ_v k_v) — 3.1 M entries for HMP (5,452 samples, 565 nodes each on average).
final class UniFracEmbedding: @unchecked Sendable {
    // Immutable after init; shared read-only by the worker threads.
    let sampleCount: Int
    /// Sample of each list entry.
    let listSample: UnsafeMutableBufferPointer<Int32>
    /// c_j(v) of each list entry (0 for absent-list entries); empty unless `keepsCounts`.
    let listCount: UnsafeMutableBufferPointer<Double>
    /// p_j(v) of each list entry; empty unless `keepsProportions`.
    let listProportion: UnsafeMutableBufferPointer<Double>
    /// b_v p_j(v)^α of each list entry (generalized UniFrac only, otherwise empty): with the
    /// branch length folded in, the kernel's terms take one multiplication fewer.
    let listPower: UnsafeMutableBufferPointer<Double>
    /// Whether the entries and items hold their proportions / counts (`init`'s flags).
    let keepsProportions: Bool
    let keepsCounts: Bool
    /// Where each list begins: the present lists of the nodes, then their absent lists (empty
    /// unless complement-swept); list k is `listOffsets[k] ..< listOffsets[k + 1]`.
    let listOffsets: [Int]

    /// Row items of sample i: `itemOffsets[i]..<itemOffsets[i+1]`.
    let itemOffsets: UnsafeMutableBufferPointer<Int>
    let itemStart: UnsafeMutableBufferPointer<Int>
    let itemEnd: UnsafeMutableBufferPointer<Int>
    let itemLength: UnsafeMutableBufferPointer<Double>
    /// c_i(v) and p_i(v) of each item: one unused element unless `keepsCounts` / `keepsProportions`.
    let itemCount: UnsafeMutableBufferPointer<Double>
    let itemProportion: UnsafeMutableBufferPointer<Double>
    let itemPower: UnsafeMutableBufferPointer<Double>

    /// T_i: each sample's total.
    let sampleTotal: [Double]
    /// Σ_v b_v [c_i(v) > 0]: branch length observed in the sample.
    let presentLength: [Double]
    /// Σ over complement-swept nodes where the sample is absent of b_v.
    let absentHighLength: [Double]
    /// Σ of b_v over the complement-swept nodes.
    let highLength: Double
    /// Σ_v b_v p_i(v).
    let weightedLength: [Double]
    /// Σ_tips d_t p_i(t), d_t the tip's distance to the root including the root's branch
    /// (scikit-bio's normalization term).
    let tipDepthWeight: [Double]
    /// Σ_v b_v p_i(v)^α (generalized only).
    let poweredLength: [Double]
    /// Number of nodes swept through absent lists, for reports.
    let complementNodeCount: Int
    /// Σ over rows of the list entries a complete matrix visits: the work, in pair updates.
    let pairUpdates: Int

    /// Places `table` on `tree` (already sheared to the table's features); `tipOfFeature[f]` is
    /// the tree node of feature f. `alpha` is given for generalized UniFrac;
    /// `useComplement` enables the complement trick (presence-only metrics, not variance adjusted).
    /// The entries' and items' proportions and counts take 32 of an entry's 60 bytes, so they are
    /// kept only for the metrics that read them (`keepsProportions`: weighted, generalized and
    /// variance-adjusted; `keepsCounts`: variance-adjusted); the per-sample sums are made either way.
    init(
        table: FeatureTable, tree: PhylogeneticTree, tipOfFeature: [Int32],
        alpha: Double?, useComplement: Bool, keepsProportions: Bool = true, keepsCounts: Bool = true, threads: Int? = nil
    ) {
        let sampleCount = table.sampleCount
        let nodeCount = tree.nodeCount
        let parent = tree.parent
        let branchLength = tree.branchLength
        self.sampleCount = sampleCount
        self.keepsProportions = keepsProportions
        self.keepsCounts = keepsCounts

        // Each sample's nodes (ascending = post-order) and subtree counts.
        let walked = Self.sampleNodes(table: table, tree: tree, tipOfFeature: tipOfFeature, threads: threads)
        let sampleNodeOffsets = walked.offsets
        let sampleNodes = walked.nodes
        let sampleNodeCounts = walked.counts
        let totals = walked.totals
        sampleTotal = totals

        // Node-major lists, filled in sample order so each list is sorted by sample.
        var prevalence = [Int](repeating: 0, count: nodeCount)
        for node in sampleNodes { prevalence[Int(node)] += 1 }
        let isHigh: [Bool] = prevalence.map { useComplement && $0 * 2 > sampleCount }
        var absentTotal = 0
        for node in 0..<nodeCount where isHigh[node] { absentTotal += sampleCount - prevalence[node] }
        let presentTotal = sampleNodes.count
        let listTotal = presentTotal + absentTotal
        var nodeOffsets = [Int](repeating: 0, count: nodeCount + 1)
        for node in 0..<nodeCount { nodeOffsets[node + 1] = nodeOffsets[node] + prevalence[node] }

        listSample = .allocate(capacity: listTotal)
        listCount = .allocate(capacity: keepsCounts ? listTotal : 0)
        listProportion = .allocate(capacity: keepsProportions ? listTotal : 0)
        listPower = .allocate(capacity: alpha == nil ? 0 : listTotal)
        // Present entries are all written below; the absent lists' entries hold 0.
        for values in [listCount, listProportion] where !values.isEmpty {
            values.baseAddress!.advanced(by: presentTotal).initialize(repeating: 0, count: listTotal - presentTotal)
        }
        let entryOfSampleNode = Self.fillPresentLists(
            walked: walked, nodeOffsets: nodeOffsets, branchLength: branchLength, alpha: alpha, threads: threads,
            into: ListBuffers(sample: listSample, count: listCount, proportion: listProportion, power: listPower))

        // Absent lists of the complement-swept nodes, after the present lists.
        var absentOffsets = [Int](repeating: 0, count: nodeCount + 1)
        var highLengthSum = 0.0
        var highNodeCount = 0
        var absentLength = [Double](repeating: 0, count: sampleCount)
        // For each sample, the complement-swept nodes it lacks and its entry in their absent lists.
        var absentItemsOfSample = [[(node: Int32, entry: Int)]](repeating: [], count: useComplement ? sampleCount : 0)
        do {
            var entry = presentTotal
            for node in 0..<nodeCount {
                absentOffsets[node] = entry
                guard isHigh[node] else { continue }
                highNodeCount += 1
                highLengthSum += branchLength[node]
                var present = nodeOffsets[node]
                let presentEnd = nodeOffsets[node + 1]
                for sample in 0..<sampleCount {
                    if present < presentEnd, Int(listSample[present]) == sample {
                        present += 1
                        continue
                    }
                    listSample[entry] = Int32(truncatingIfNeeded: sample)
                    absentLength[sample] += branchLength[node]
                    absentItemsOfSample[sample].append((Int32(node), entry))
                    entry += 1
                }
            }
            absentOffsets[nodeCount] = entry
        }
        listOffsets = nodeOffsets + absentOffsets.dropFirst()
        highLength = highLengthSum
        absentHighLength = absentLength
        complementNodeCount = highNodeCount

        // Tip depths (root's own branch included, as scikit-bio's _tip_distances).
        var depth = [Double](repeating: 0, count: nodeCount)
        depth[nodeCount - 1] = branchLength[nodeCount - 1]
        if nodeCount > 1 {
            for node in stride(from: nodeCount - 2, through: 0, by: -1) {
                depth[node] = depth[Int(parent[node])] + branchLength[node]
            }
        }

        // Row items and per-sample sums, built on all cores.
        let items = Self.rowItems(
            RowItemInputs(
                tree: tree, walked: walked, entryOfSampleNode: entryOfSampleNode, depth: depth, isHigh: isHigh,
                nodeOffsets: nodeOffsets, absentOffsets: absentOffsets, absentItemsOfSample: absentItemsOfSample,
                useComplement: useComplement, keepsCounts: keepsCounts, keepsProportions: keepsProportions,
                listPower: listPower),
            threads: threads)
        presentLength = items.present
        weightedLength = items.weighted
        tipDepthWeight = items.tipWeight
        poweredLength = items.powered
        pairUpdates = items.updates
        itemOffsets = Self.buffer(items.offsets)
        itemStart = items.start
        itemEnd = items.end
        itemLength = items.length
        itemCount = items.count
        itemProportion = items.proportion
        itemPower = items.power
    }

    deinit {
        for buffer in [listCount, listProportion, listPower, itemLength, itemCount, itemProportion, itemPower] {
            buffer.deallocate()
        }
        listSample.deallocate()
        for buffer in [itemOffsets, itemStart, itemEnd] { buffer.deallocate() }
    }

    private static func buffer<Element>(_ array: [Element]) -> UnsafeMutableBufferPointer<Element> {
        let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: array.count)
        _ = buffer.initialize(from: array)
        return buffer
    }

    /// x^α with 0^α = 0 (a node a sample does not hold contributes nothing, whatever α).
    static func power(_ x: Double, _ alpha: Double) -> Double {
        x > 0 ? pow(x, alpha) : 0
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
