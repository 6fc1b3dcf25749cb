import Foundation
import GutSkinCore
import GutSkinParallel

/// The square, tab-separated distance matrix scikit-bio and QIIME 2 read and write ("lsmat"):
/// a header of ids after an empty first cell, then one row per id.
public enum DistanceMatrixTSV {
    /// Reads an lsmat file (gzip accepted), checking it is square, symmetric and hollow.
    public static func read(path: String) throws -> DistanceMatrix {
        try parse(data: InputFile.read(path), file: path)
    }

    /// Parses lsmat text; `file` names the source in errors.
    public static func parse(text: String, file: String) throws(TableTextError) -> DistanceMatrix {
        try parse(data: Data(text.utf8), file: file)
    }

    /// Parses lsmat bytes directly (a 5,452-sample matrix is 30 million numbers: no per-cell
    /// strings), filling the upper triangle and checking each lower entry against it.
    public static func parse(data: Data, file: String) throws(TableTextError) -> DistanceMatrix {
        let result: Result<DistanceMatrix, TableTextError> = data.withUnsafeBytes { raw in
            var scanner = LineScanner(bytes: raw.bindMemory(to: UInt8.self))
            do {
                return .success(try parse(&scanner, file: file))
            } catch let error as TableTextError {
                return .failure(error)
            } catch {
                return .failure(TableTextError(file: file, line: nil, column: nil, reason: "\(error)"))
            }
        }
        return try result.get()
    }

    private static func parse(_ scanner: inout LineScanner, file: String) throws(TableTextError) -> DistanceMatrix {
        func fail(_ line: Int?, _ column: Int?, _ reason: String) -> TableTextError {
            TableTextError(file: file, line: line, column: column, reason: reason)
        }
        guard let header = scanner.nextNonBlankLine() else { throw fail(nil, nil, "empty file; expected a header of ids") }
        let ids = header.cells().dropFirst().map { $0.trimmingWhitespace() }
        let n = ids.count
        guard n > 0 else {
            throw fail(header.number, nil, "the header names no ids (expected an empty cell, then the ids, tab-separated)")
        }
        // An empty id cannot be written back: a header of only tabs reads as a blank line.
        if let empty = ids.firstIndex(of: "") { throw fail(header.number, empty + 2, "empty id in the header") }
        // Every cell takes at least two bytes (a digit and a tab or line end): refuse a header the
        // file cannot back before allocating n(n−1)/2 values for it.
        guard n < 2 || scanner.bytes.count / n >= 2 * n else {
            throw fail(header.number, nil, "the header names \(n) ids, but the file is too small to hold a \(n) × \(n) matrix")
        }
        if let matrix = parseRowsInParallel(scanner, ids: ids) { return matrix }
        // The parallel reading found a problem (or was not worth it): read in order, which reports
        // the first problem in the file exactly as it stands.
        var condensed = [Double](repeating: 0, count: n * (n - 1) / 2)
        var rowCount = 0
        while let line = scanner.nextNonBlankLine() {
            let row = rowCount
            rowCount += 1
            guard row < n else { throw fail(line.number, nil, "more rows than the \(n) ids in the header; the matrix must be square") }
            var cell = line.makeCellIterator()
            let id = cell.next().map { $0.trimmingWhitespace() } ?? ""
            guard id == ids[row] else {
                throw fail(line.number, 1, "row id '\(id)' does not match header id '\(ids[row])'")
            }
            for column in 0..<n {
                guard let value = cell.nextNumber() else {
                    if cell.isExhausted { throw fail(line.number, nil, "\(column) values; expected \(n)") }
                    throw fail(line.number, column + 2, "'\(cell.lastCellText)' is not a number")
                }
                guard value.isFinite else { throw fail(line.number, column + 2, "'\(cell.lastCellText)' is not a number") }
                if column == row {
                    guard value == 0 else {
                        throw fail(line.number, column + 2, "diagonal value is \(value); a distance matrix has zeros there")
                    }
                } else if column > row {
                    condensed[DistanceMatrix.condensedIndex(row, column, count: n)] = value
                } else {
                    let upper = condensed[DistanceMatrix.condensedIndex(column, row, count: n)]
                    guard upper == value else {
                        throw fail(
                            line.number, column + 2,
                            "not symmetric: '\(ids[column])'–'\(ids[row])' is \(upper) but '\(ids[row])'–'\(ids[column])' is \(value)")
                    }
                }
            }
            guard cell.isExhausted else { throw fail(line.number, nil, "more than \(n) values; expected \(n)") }
        }
        guard rowCount == n else {
            throw fail(nil, nil, "\(n) ids in the header but \(rowCount) rows; the matrix must be square")
        }
        do {
            return try DistanceMatrix(ids: ids, condensed: condensed)
        } catch {
            throw fail(nil, nil, "\(error)")
        }
    }

    /// The matrix as lsmat text; values in shortest round-trip form (as Python's `repr`).
    public static func string(_ matrix: DistanceMatrix) -> String {
        var bytes = header(matrix)
        for block in rowBlocks(matrix.count) { bytes.append(contentsOf: rows(block, of: matrix)) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Writes the matrix as lsmat, atomically, a block of rows at a time (rows formatted in
    /// parallel), so a 5,000-sample matrix never sits in memory as one string.
    public static func write(_ matrix: DistanceMatrix, to path: String) throws {
        try AtomicFileWriter.write(to: path) { temporaryPath in
            guard FileManager.default.createFile(atPath: temporaryPath, contents: Data(header(matrix))),
                let handle = FileHandle(forWritingAtPath: temporaryPath)
            else { throw FileError(file: path, reason: "cannot be written (is the folder writable?)") }
            defer { try? handle.close() }
            try handle.seekToEnd()
            let blocks = rowBlocks(matrix.count)
            // Format a few blocks at once on all cores, then write them in order.
            let batch = 8
            for first in stride(from: 0, to: blocks.count, by: batch) {
                let chosen = Array(blocks[first..<min(blocks.count, first + batch)])
                let formatted = Parallel.map(count: chosen.count) { index in rows(chosen[index], of: matrix) }
                for bytes in formatted { try handle.write(contentsOf: bytes) }
            }
        }
    }

    private static func header(_ matrix: DistanceMatrix) -> [UInt8] {
        Array(("\t" + matrix.ids.joined(separator: "\t") + "\n").utf8)
    }

    private static func rowBlocks(_ n: Int) -> [Range<Int>] {
        stride(from: 0, to: n, by: 64).map { $0..<min(n, $0 + 64) }
    }

    /// Rows of the matrix as lsmat lines.
    private static func rows(_ rows: Range<Int>, of matrix: DistanceMatrix) -> [UInt8] {
        let n = matrix.count
        var bytes = [UInt8]()
        bytes.reserveCapacity(rows.count * n * 20)
        for i in rows {
            bytes.append(contentsOf: matrix.ids[i].utf8)
            for j in 0..<n {
                bytes.append(UInt8(ascii: "\t"))
                if matrix.isSinglePrecision {
                    bytes.append(contentsOf: Float(matrix[i, j]).description.utf8)
                } else {
                    bytes.append(contentsOf: matrix[i, j].description.utf8)
                }
            }
            bytes.append(UInt8(ascii: "\n"))
        }
        return bytes
    }
}

/// Lines of a byte buffer (LF, CRLF or CR ends; a UTF-8 byte-order mark skipped), with their numbers.
struct LineScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    private var lineNumber = 0
    /// Where the next line starts.
    var offset: Int { position }

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { position = 3 }
    }

    struct Line {
        let bytes: UnsafeBufferPointer<UInt8>
        let range: Range<Int>
        let number: Int

        func cells() -> [String] {
            var iterator = makeCellIterator()
            var result = [String]()
            while let cell = iterator.next() { result.append(cell) }
            return result
        }

        func makeCellIterator() -> CellIterator { CellIterator(bytes: bytes, position: range.lowerBound, end: range.upperBound) }
    }

    /// Tab-separated cells of one line.
    struct CellIterator {
        let bytes: UnsafeBufferPointer<UInt8>
        var position: Int
        let end: Int
        private var done = false
        private(set) var lastCellText = ""

        init(bytes: UnsafeBufferPointer<UInt8>, position: Int, end: Int) {
            self.bytes = bytes
            self.position = position
            self.end = end
        }

        var isExhausted: Bool { done || position > end }

        mutating func nextRange() -> Range<Int>? {
            guard !isExhausted else { return nil }
            var stop = position
            while stop < end && bytes[stop] != UInt8(ascii: "\t") { stop += 1 }
            let range = position..<stop
            if stop >= end { done = true }
            position = stop + 1
            return range
        }

        mutating func next() -> String? {
            guard let range = nextRange() else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }

        /// The next cell as a number (C `strtod`, which reads what Python's repr writes), or nil.
        mutating func nextNumber() -> Double? {
            // Most cells are a plain number up to the tab: read it in the one pass.
            if !isExhausted, let (value, stop) = FastDecimal.parse(bytes, from: position, limit: end) {
                if stop >= end { done = true }
                position = stop + 1
                return value
            }
            guard let range = nextRange() else { return nil }
            var start = range.lowerBound
            var stop = range.upperBound
            while start < stop && (bytes[start] == 32 || bytes[start] == 9) { start += 1 }
            while stop > start && (bytes[stop - 1] == 32 || bytes[stop - 1] == 9) { stop -= 1 }
            let length = stop - start
            guard length > 0, length < 64 else {
                lastCellText = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
                return nil
            }
            return withUnsafeTemporaryAllocation(of: CChar.self, capacity: 64) { buffer in
                for offset in 0..<length { buffer[offset] = CChar(bitPattern: bytes[start + offset]) }
                buffer[length] = 0
                var parsedEnd: UnsafeMutablePointer<CChar>?
                let value = strtod(buffer.baseAddress!, &parsedEnd)
                guard let parsedEnd, parsedEnd - buffer.baseAddress! == length else {
                    lastCellText = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
                    return nil
                }
                return value
            }
        }
    }

    /// The next line that has something other than white space.
    mutating func nextNonBlankLine() -> Line? {
        while position < bytes.count {
            let start = position
            var stop = start
            while stop < bytes.count && bytes[stop] != 10 && bytes[stop] != 13 { stop += 1 }
            position = stop
            if position < bytes.count && bytes[position] == 13 { position += 1 }
            if position < bytes.count && bytes[position] == 10 && (position == stop || bytes[position - 1] == 13) { position += 1 }
            lineNumber += 1
            if (start..<stop).contains(where: { bytes[$0] != 32 && bytes[$0] != 9 }) {
                return Line(bytes: bytes, range: start..<stop, number: lineNumber)
            }
        }
        return nil
    }
}
