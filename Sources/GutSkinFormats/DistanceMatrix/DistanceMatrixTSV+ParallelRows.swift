import Foundation
import GutSkinCore
import GutSkinParallel

extension DistanceMatrixTSV {
    /// Reads a large matrix's rows on every core: first each row's diagonal and upper values, which
    /// fill disjoint parts of the condensed array, then each row's lower values, checked against
    /// them. Nil when a row has any problem (the caller reads again in order to name the first),
    /// or when the matrix is too small to be worth it. Same values as reading in order.
    static func parseRowsInParallel(_ scanner: LineScanner, ids: [String]) -> DistanceMatrix? {
        let n = ids.count
        guard n >= 256, Parallel.defaultThreadCount > 1 else { return nil }
        guard let lines = lineRanges(scanner.bytes, from: scanner.offset, expected: n) else { return nil }
        let rows = Rows(bytes: scanner.bytes, lines: lines, ids: ids)
        let count = n * (n - 1) / 2
        var upperOK = true
        var lowerOK = true
        let condensed = [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
            let shared = SharedBuffer(buffer.baseAddress!)
            upperOK = !Parallel.map(count: n) { rows.readUpper($0, into: shared) }.contains(false)
            if upperOK {
                let blocks = (n + Rows.blockSize - 1) / Rows.blockSize
                lowerOK = !Parallel.map(count: blocks) { rows.checkLower(block: $0, against: shared) }.contains(false)
            } else {
                buffer.initialize(repeating: 0)  // only so the array is whole before it is dropped
            }
            initialized = count
        }
        guard upperOK, lowerOK else { return nil }
        return try? DistanceMatrix(ids: ids, condensed: condensed)
    }

    /// The non-blank lines from `start`, found with `memchr`, when they are exactly `expected` and
    /// end in LF or CRLF with no other carriage return; nil otherwise (left to reading in order).
    private static func lineRanges(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, expected: Int) -> [Range<Int>]? {
        guard let base = bytes.baseAddress else { return nil }
        var lines = [Range<Int>]()
        lines.reserveCapacity(expected)
        var position = start
        while position < bytes.count {
            let found = memchr(base + position, 10, bytes.count - position)
            let lineFeed = found.map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base } ?? bytes.count
            var stop = lineFeed
            if stop > position && bytes[stop - 1] == 13 { stop -= 1 }
            // A carriage return inside a line ends a line when read in order: leave it to that.
            guard memchr(base + position, 13, stop - position) == nil else { return nil }
            if (position..<stop).contains(where: { bytes[$0] != 32 && bytes[$0] != 9 }) {
                guard lines.count < expected else { return nil }
                lines.append(position..<stop)
            }
            position = lineFeed + 1
        }
        return lines.count == expected ? lines : nil
    }

    /// The matrix rows' bytes, shared read-only by the worker threads while the file's bytes live.
    private struct Rows: @unchecked Sendable {
        let bytes: UnsafeBufferPointer<UInt8>
        let lines: [Range<Int>]
        let ids: [String]

        /// A row's cells after its id (which must be the header's), or nil.
        private func values(_ row: Int) -> LineScanner.CellIterator? {
            let range = lines[row]
            var cells = LineScanner.CellIterator(bytes: bytes, position: range.lowerBound, end: range.upperBound)
            guard cells.next()?.trimmingWhitespace() == ids[row] else { return nil }
            return cells
        }

        /// Row `row`'s zero diagonal and its values right of it, written to its part of the
        /// condensed array; the cells left of the diagonal are only counted here.
        func readUpper(_ row: Int, into condensed: SharedBuffer<Double>) -> Bool {
            guard var cells = values(row) else { return false }
            for _ in 0..<row { guard cells.nextRange() != nil else { return false } }
            guard let diagonal = cells.nextNumber(), diagonal == 0 else { return false }
            let n = ids.count
            let start = DistanceMatrix.condensedIndex(row, row + 1, count: n) - (row + 1)
            for column in (row + 1)..<n {
                guard let value = cells.nextNumber(), value.isFinite else { return false }
                condensed[start + column] = value
            }
            return cells.isExhausted
        }

        static let blockSize = 64

        /// The values left of the diagonal in a block of rows, each equal to its mirror above it.
        /// Read a column at a time across the block, so the mirrors are read where they lie
        /// side by side (a row of the upper triangle), not a matrix row apart.
        func checkLower(block: Int, against condensed: SharedBuffer<Double>) -> Bool {
            let n = ids.count
            let rows = (block * Self.blockSize)..<min(n, (block + 1) * Self.blockSize)
            var cells = [LineScanner.CellIterator]()
            cells.reserveCapacity(rows.count)
            for row in rows {
                guard let rowCells = values(row) else { return false }
                cells.append(rowCells)
            }
            for column in 0..<rows.upperBound {
                let mirrors = DistanceMatrix.condensedIndex(column, column + 1, count: n) - (column + 1)
                for row in max(rows.lowerBound, column + 1)..<rows.upperBound {
                    guard let value = cells[row - rows.lowerBound].nextNumber(), value.isFinite, value == condensed[mirrors + row]
                    else { return false }
                }
            }
            return true
        }
    }
}
