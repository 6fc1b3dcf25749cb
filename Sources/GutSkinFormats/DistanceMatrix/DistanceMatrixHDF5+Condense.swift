extension DistanceMatrixHDF5 {
    /// The upper triangle of the n × n `dataset`, row after row, read a block of rows at a time
    /// (the square is never held whole: 238 MB at 5,452 samples). Each block is checked as it
    /// comes: a 0 diagonal, and each value below it equal to its mirror, kept from an earlier
    /// row. If one is not, the matrix is read whole to name the first problem in row order.
    static func readUpperTriangle<Element: BinaryFloatingPoint>(
        _ dataset: HDF5Dataset, count n: Int, as _: Element.Type
    ) throws(HDF5Error) -> [Element] {
        var condensed = [Element]()
        condensed.reserveCapacity(n * (n - 1) / 2)
        // (j, i), j < i, sits at mirrorBase[j] + i in the condensed array.
        let mirrorBase = (0..<n).map { j in n * j - j * (j + 1) / 2 - j - 1 }
        var consistent = true
        try dataset.readRowBlocks(as: Element.self, blockRows: 64) { rows, block throws(HDF5Error) in
            for i in rows {
                let row = (i - rows.lowerBound) * n
                condensed.append(contentsOf: UnsafeBufferPointer(rebasing: block[(row + i + 1)..<(row + n)]))
            }
            if consistent {
                consistent = condensed.withUnsafeBufferPointer { kept in
                    blockIsConsistent(block, rows: rows, count: n, kept: kept, mirrorBase: mirrorBase)
                }
            }
        }
        if !consistent, let problem = firstProblem(try dataset.readDoubles(), count: n) { throw problem }
        return condensed
    }

    /// Whether rows `rows` (in `block`) have 0 on the diagonal and, left of it, the values kept
    /// for their mirrors. Column by column: consecutive columns share each block row's cache line
    /// (256 rows: 16 KB, kept in cache), and the mirrors are read in order.
    private static func blockIsConsistent<Element: BinaryFloatingPoint>(
        _ block: UnsafeBufferPointer<Element>, rows: Range<Int>, count n: Int, kept: UnsafeBufferPointer<Element>,
        mirrorBase: [Int]
    ) -> Bool {
        let first = rows.lowerBound
        for i in rows where !(block[(i - first) * n + i] == 0) { return false }
        var consistent = true
        for j in 0..<(rows.upperBound - 1) {
            let column = block.baseAddress! + j - first * n  // column[i * n] is row i's value in column j
            let mirrors = kept.baseAddress! + mirrorBase[j]  // mirrors[i] is (j, i)'s kept value
            for i in max(first, j + 1)..<rows.upperBound { consistent = consistent && column[i * n] == mirrors[i] }
            if !consistent { return false }
        }
        return true
    }

    /// The first problem of an n × n row-major matrix in row order: a diagonal value that is
    /// not 0, a value that is not a number, or a value unlike its mirror. Nil if there is none.
    static func firstProblem(_ square: [Double], count n: Int) -> HDF5Error? {
        for i in 0..<n {
            guard square[i * n + i] == 0 else {
                return HDF5Error(objectPath: "/matrix", reason: "diagonal value at row \(i + 1) is \(square[i * n + i]), not 0")
            }
            for j in (i + 1)..<max(n, i + 1) where !(square[i * n + j] == square[j * n + i]) {
                if square[i * n + j].isNaN || square[j * n + i].isNaN {
                    return HDF5Error(objectPath: "/matrix", reason: "the distance between rows \(i + 1) and \(j + 1) is not a number")
                }
                return HDF5Error(objectPath: "/matrix", reason: "not symmetric at rows \(i + 1) and \(j + 1)")
            }
        }
        return nil
    }
}
