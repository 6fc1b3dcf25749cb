extension UniFracEmbedding {
    /// The entries of row item `item` (of sample `row`) whose samples lie in `window` (samples
    /// after `row`, increasing): the whole rest of the list for `row + 1 ..< n`, otherwise found
    /// by binary search, so a slice visits only the pairs it holds.
    @inline(__always) func entries(ofItem item: Int, row: Int, within window: Range<Int>) -> Range<Int> {
        var start = itemStart[item]
        var end = itemEnd[item]
        // Searches only where the list's ends fall outside the window (often they do not).
        if start < end, window.lowerBound > row + 1, Int(listSample[start]) < window.lowerBound {
            start = SortedSampleSearch.firstPosition(in: listSample.baseAddress!, from: start, to: end, atLeast: window.lowerBound)
        }
        if start < end, window.upperBound < sampleCount, Int(listSample[end - 1]) >= window.upperBound {
            end = SortedSampleSearch.firstPosition(in: listSample.baseAddress!, from: start, to: end, atLeast: window.upperBound)
        }
        return start..<end
    }
}
