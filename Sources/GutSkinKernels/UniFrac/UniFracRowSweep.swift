/// Which entries of each row item a row's accumulation visits: the rest of the item's node list
/// (a complete matrix: every later sample), or one window of a slice (`UniFracSliceWindows`).
struct UniFracRowSweep {
    let windows: UniFracSliceWindows?
    let window: Int

    /// Every later sample: a complete matrix's rows.
    static let complete = UniFracRowSweep(windows: nil, window: 0)

    /// How many items ahead a row asks for the start of an item's entries: each start is a cache
    /// miss (the lists are visited at random places), which the row would otherwise wait for.
    static let prefetchDistance = 8

    /// Where the entries of the item `prefetchDistance` after `item` begin, if it is in this row
    /// (the row's items end at `rowEnd`).
    @inline(__always) func startAhead(of item: Int, rowEnd: Int, in embedding: UniFracEmbedding) -> Int? {
        let ahead = item + Self.prefetchDistance
        return ahead < rowEnd ? entries(ofItem: ahead, in: embedding).lowerBound : nil
    }

    @inline(__always) func entries(ofItem item: Int, in embedding: UniFracEmbedding) -> Range<Int> {
        let start = embedding.itemStart[item]
        guard let windows else { return start..<embedding.itemEnd[item] }
        return windows.entries(ofItem: item, window: window, itemStart: start)
    }
}
