import GutSkinCore
import GutSkinParallel

/// For a slice of the matrix: where each row item's entries inside each of the slice's windows
/// (`PairSelection.laterOffsets`) begin and end, found for every row at once by walking each node
/// list with one cursor per window edge.
///
/// Searching each list for each row instead cost a quarter of HMP more cache misses than the
/// pairs it holds (each search lands on lines the row never reads); with the edges at hand, a row
/// touches a list only where its window has entries, as a complete row does.
/// Memory: 8 bytes per window and row item of the rows that window can reach (a far window only
/// the first rows), and 8 per list entry while it is built.
final class UniFracSliceWindows: @unchecked Sendable {
    /// Window w's edges, for the items of rows `0..<rowLimits[w]` (later rows' windows are empty):
    /// item t's entries are `itemStart[t] + edges[w][2t] ..< itemStart[t] + edges[w][2t + 1]`.
    private let edges: [UnsafeMutableBufferPointer<Int32>]
    let rowLimits: [Int]

    /// The edges of every row item of `embedding` for the windows `offsets` (each a range of
    /// offsets j − i). O(list entries × windows), on all cores.
    init(embedding e: UniFracEmbedding, offsets: [Range<Int>], threads: Int?) {
        let n = e.sampleCount
        let entryCount = e.listSample.count
        // Row i's window w holds samples i + offsets[w] cut at n: empty from row n − lowerBound on.
        let rowLimits = offsets.map { $0.isEmpty ? 0 : min(n, max(0, n - $0.lowerBound)) }
        let itemLimits = rowLimits.map { e.itemOffsets[$0] }
        self.rowLimits = rowLimits
        edges = itemLimits.map { .allocate(capacity: max(1, 2 * $0)) }

        // The item each list entry starts (−1 for entries no row sweeps: the present lists of nodes
        // swept through their absent lists).
        let itemOfEntry = UnsafeMutableBufferPointer<Int>.allocate(capacity: max(1, entryCount))
        defer { itemOfEntry.deallocate() }
        itemOfEntry.initialize(repeating: -1)
        let items = SharedBuffer(itemOfEntry.baseAddress!)
        let blockCount = UniFracEmbedding.buildBlockCount(n)
        Parallel.forEach(count: blockCount, threads: threads) { block in
            for sample in UniFracEmbedding.blockRange(block, of: blockCount, over: n) {
                for item in e.itemOffsets[sample]..<e.itemOffsets[sample + 1] { items[e.itemStart[item] - 1] = item }
            }
        }

        // Lists in blocks on all cores (a block takes the lists starting in its share of the
        // entries). Within a list the entries' samples increase, so each edge only moves forward.
        let out = edges.map { SharedBuffer($0.baseAddress!) }
        let sampleOf = SharedBuffer(e.listSample.baseAddress!)
        let lists = e.listOffsets
        Parallel.forEach(count: blockCount, threads: threads) { block in
            let share = UniFracEmbedding.blockRange(block, of: blockCount, over: entryCount)
            let firstList = lists.firstIndex(atLeast: share.lowerBound)
            let endList = lists.firstIndex(atLeast: share.upperBound)
            var cursors = [Int](repeating: 0, count: 2 * offsets.count)
            for list in firstList..<min(endList, lists.count - 1) {
                let end = lists[list + 1]
                for edge in cursors.indices { cursors[edge] = lists[list] }
                for entry in lists[list]..<end {
                    let item = items[entry]
                    guard item >= 0 else { continue }
                    let sample = Int(sampleOf[entry])
                    for (window, range) in offsets.enumerated() where item < itemLimits[window] {
                        let lowTarget = min(n, sample + range.lowerBound)
                        let highTarget = min(n, sample + range.upperBound)
                        var low = max(cursors[2 * window], entry + 1)
                        while low < end, Int(sampleOf[low]) < lowTarget { low += 1 }
                        var high = max(cursors[2 * window + 1], low)
                        while high < end, Int(sampleOf[high]) < highTarget { high += 1 }
                        cursors[2 * window] = low
                        cursors[2 * window + 1] = high
                        out[window][2 * item] = Int32(truncatingIfNeeded: low - entry - 1)
                        out[window][2 * item + 1] = Int32(truncatingIfNeeded: high - entry - 1)
                    }
                }
            }
        }
    }

    deinit { for window in edges { window.deallocate() } }

    /// The sweep of window `window`, for rows below `rowLimits[window]`.
    func sweep(window: Int) -> UniFracRowSweep { UniFracRowSweep(edges: UnsafePointer(edges[window].baseAddress!)) }
}
