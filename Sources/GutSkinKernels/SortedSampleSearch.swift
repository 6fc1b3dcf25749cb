/// Binary search in a run of increasing sample indices: the feature lists of the sparse beta
/// kernels, where a slice finds the samples its stripes pair with (UniFrac's slices find theirs
/// for all rows at once: `UniFracSliceWindows`).
enum SortedSampleSearch {
    /// First position in `samples[from..<to]` (increasing) holding a sample ≥ `target`; `to` if none.
    @inline(__always)
    static func firstPosition(in samples: UnsafePointer<Int32>, from: Int, to: Int, atLeast target: Int) -> Int {
        var low = from
        var high = to
        while low < high {
            let middle = (low + high) / 2
            if Int(samples[middle]) < target { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

extension Array where Element: Comparable {
    /// The first index whose element is ≥ `value` (`count` if none), in this increasing array.
    func firstIndex(atLeast value: Element) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if self[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
