/// Which entries of each row item a row's accumulation visits: the rest of the item's node list
/// (a complete matrix: every later sample), or one window of a slice (`UniFracSliceWindows`).
struct UniFracRowSweep {
    /// A slice window's edges (item t: offsets `edges[2t]`, `edges[2t + 1]` from its start), or nil.
    let edges: UnsafePointer<Int32>?

    /// Every later sample: a complete matrix's rows.
    static var complete: UniFracRowSweep { UniFracRowSweep(edges: nil) }

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
        guard let edges else { return start..<embedding.itemEnd[item] }
        return (start + Int(edges[2 * item]))..<(start + Int(edges[2 * item + 1]))
    }
}
