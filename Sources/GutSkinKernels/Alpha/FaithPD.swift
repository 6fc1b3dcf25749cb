import GutSkinCore
import GutSkinParallel

/// Faith's phylogenetic diversity (Faith 1992, doi:10.1016/0006-3207(92)91201-3): for each
/// sample, the total length of the branches on the paths from the root to the tips of the
/// features present, each branch counted once.
///
/// As scikit-bio's `faith_pd`: the tree is used whole (shearing it to the table's features would
/// not change any path length), the root's own branch length counts when the sample has any
/// feature, a missing branch length counts as 0 (skbio's `to_array(nan_length_value=0.0)`; QIIME 2's
/// unifrac does the same), and an empty sample gives 0. Every table feature must be a tip of the
/// tree, and tip names must be unique.
///
/// Each sample climbs from its tips towards the root over the flat `parent` array, stopping at
/// nodes already reached for this sample; nodes are marked with the sample's generation number in
/// one array per thread, so nothing tree-sized is allocated per sample. Cost per sample: the
/// number of nodes on the union of its root paths. Lengths are added with Neumaier's compensated
/// sum, so the result is within an ulp or two of the exact sum (scikit-bio's pairwise NumPy sum
/// agrees to about 1e-14 relative).
public struct FaithPD: Sendable {
    private let parent: [Int32]
    private let branchLength: [Double]
    /// Tree node of each table feature.
    private let tipOfFeature: [Int32]

    /// Prepares the tree for a table with `featureIDs`. Throws naming the first features that are
    /// not tips, or the duplicated tip names.
    public init(tree: PhylogeneticTree, featureIDs: [String]) throws(AlphaDiversityError) {
        if !tree.duplicateTipNames.isEmpty { throw .duplicateTipNames(tree.duplicateTipNames) }
        var tips = [Int32]()
        tips.reserveCapacity(featureIDs.count)
        var missing = [String]()
        var missingCount = 0
        for id in featureIDs {
            // Duplicates were rejected above, so the lookup cannot throw.
            if let node = try? tree.tipIndex(named: id) {
                tips.append(Int32(node))
            } else {
                missingCount += 1
                if missing.count < 5 { missing.append(id) }
                tips.append(-1)
            }
        }
        if missingCount > 0 { throw .featuresNotInTree(firstFew: missing, count: missingCount) }
        parent = tree.parent
        branchLength = tree.branchLength
        tipOfFeature = tips
    }

    /// Faith's PD of every sample of `table` (whose features are the ones given at init), on
    /// `threads` threads (default: all cores); identical whatever the thread count.
    public func values(for table: FeatureTable, threads: Int? = nil) -> [Double] {
        let sampleCount = table.sampleCount
        let chunkCount = max(1, min(threads ?? Parallel.defaultThreadCount, sampleCount))
        let chunks = Parallel.map(count: chunkCount, threads: chunkCount) { chunk -> [Double] in
            let samples = (chunk * sampleCount / chunkCount)..<((chunk + 1) * sampleCount / chunkCount)
            return self.values(of: table, samples: samples)
        }
        return Array(chunks.joined())
    }

    /// One thread's work: the samples of `range`, reusing one marker array.
    private func values(of table: FeatureTable, samples range: Range<Int>) -> [Double] {
        var results = [Double]()
        results.reserveCapacity(range.count)
        var reached = [UInt32](repeating: 0, count: parent.count)
        var generation: UInt32 = 0
        parent.withUnsafeBufferPointer { parent in
            branchLength.withUnsafeBufferPointer { length in
                tipOfFeature.withUnsafeBufferPointer { tipOfFeature in
                    table.featureIndices.withUnsafeBufferPointer { features in
                        table.values.withUnsafeBufferPointer { counts in
                            reached.withUnsafeMutableBufferPointer { reached in
                                for sample in range {
                                    if generation == UInt32.max {
                                        reached.update(repeating: 0)
                                        generation = 0
                                    }
                                    generation += 1
                                    var sum = 0.0
                                    var compensation = 0.0
                                    for entry in table.entryRange(ofSample: sample) where counts[entry] > 0 {
                                        var node = Int(tipOfFeature[Int(features[entry])])
                                        while node >= 0 && reached[node] != generation {
                                            reached[node] = generation
                                            let term = length[node]
                                            let next = sum + term
                                            compensation += abs(sum) >= abs(term) ? (sum - next) + term : (term - next) + sum
                                            sum = next
                                            node = Int(parent[node])
                                        }
                                    }
                                    results.append(sum + compensation)
                                }
                            }
                        }
                    }
                }
            }
        }
        return results
    }
}
