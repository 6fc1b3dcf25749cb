import Foundation
import GutSkinCore

/// The square, tab-separated distance matrix scikit-bio and QIIME 2 read and write ("lsmat"):
/// a header of ids after an empty first cell, then one row per id.
public enum DistanceMatrixTSV {
    /// Reads an lsmat file (gzip accepted), checking it is square, symmetric and hollow.
    public static func read(path: String) throws -> DistanceMatrix {
        try parse(text: InputFile.readText(path), file: path)
    }

    /// Parses lsmat text; `file` names the source in errors.
    public static func parse(text: String, file: String) throws(TableTextError) -> DistanceMatrix {
        let lines = TabularText(text).lines.filter { !($0.cells.count == 1 && $0.cells[0].trimmingWhitespace().isEmpty) }
        guard let header = lines.first else {
            throw TableTextError(file: file, line: nil, column: nil, reason: "empty file; expected a header of ids")
        }
        let ids = header.cells.dropFirst().map { String($0).trimmingWhitespace() }
        let n = ids.count
        guard lines.count - 1 == n else {
            throw TableTextError(
                file: file, line: nil, column: nil, reason: "\(n) ids in the header but \(lines.count - 1) rows; the matrix must be square")
        }
        var square = [Double](repeating: 0, count: n * n)
        for (row, line) in lines.dropFirst().enumerated() {
            guard line.cells.count == n + 1 else {
                throw TableTextError(file: file, line: line.number, column: nil, reason: "\(line.cells.count - 1) values; expected \(n)")
            }
            let id = String(line.cells[0]).trimmingWhitespace()
            guard id == ids[row] else {
                throw TableTextError(
                    file: file, line: line.number, column: 1, reason: "row id '\(id)' does not match header id '\(ids[row])'")
            }
            for column in 0..<n {
                let cell = line.cells[column + 1]
                guard let value = Double(cell.trimmingWhitespace()), value.isFinite else {
                    throw TableTextError(file: file, line: line.number, column: column + 2, reason: "'\(cell)' is not a number")
                }
                square[row * n + column] = value
            }
        }
        var condensed = [Double]()
        condensed.reserveCapacity(n * (n - 1) / 2)
        for i in 0..<n {
            guard square[i * n + i] == 0 else {
                throw TableTextError(
                    file: file, line: lines[i + 1].number, column: i + 2, reason: "diagonal value is \(square[i * n + i]); a distance matrix has zeros there")
            }
            for j in (i + 1)..<max(n, i + 1) {
                guard square[i * n + j] == square[j * n + i] else {
                    throw TableTextError(
                        file: file, line: lines[i + 1].number, column: j + 2,
                        reason: "not symmetric: '\(ids[i])'–'\(ids[j])' is \(square[i * n + j]) but '\(ids[j])'–'\(ids[i])' is \(square[j * n + i])")
                }
                condensed.append(square[i * n + j])
            }
        }
        do {
            return try DistanceMatrix(ids: ids, condensed: condensed)
        } catch {
            throw TableTextError(file: file, line: nil, column: nil, reason: "\(error)")
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
                let formatted = FormattedBlocks(count: chosen.count)
                DispatchQueue.concurrentPerform(iterations: chosen.count) { index in
                    formatted.store(rows(chosen[index], of: matrix), at: index)
                }
                for bytes in formatted.take() { try handle.write(contentsOf: bytes) }
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

/// Formatted row blocks, each stored by exactly one worker thread.
private final class FormattedBlocks: @unchecked Sendable {
    private var blocks: [[UInt8]]
    private let lock = NSLock()

    init(count: Int) { blocks = Array(repeating: [], count: count) }

    func store(_ bytes: [UInt8], at index: Int) {
        lock.lock()
        blocks[index] = bytes
        lock.unlock()
    }

    func take() -> [[UInt8]] { blocks }
}
