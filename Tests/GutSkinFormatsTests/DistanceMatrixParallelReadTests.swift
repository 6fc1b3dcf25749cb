import Foundation
import GutSkinCore
import Testing

@testable import GutSkinFormats

/// A matrix large enough to be read on several threads reads as reading in order does, and a flaw
/// anywhere in it is reported as reading in order reports it.
struct DistanceMatrixParallelReadTests {
    private static let n = 300

    private static func matrixText(edit: ((inout [[String]]) -> Void)? = nil) -> String {
        var generator = SystemRandomNumberGenerator()
        var values = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        for i in 0..<n {
            for j in (i + 1)..<n {
                // Both short decimals (the fast path) and full round-trip ones (strtod).
                let value = Bool.random(using: &generator) ? Double(Int.random(in: 0...999_999)) / 1e6 : Double.random(in: 0...3)
                values[i][j] = value
                values[j][i] = value
            }
        }
        var cells = values.map { $0.map { $0.description } }
        edit?(&cells)
        let ids = (0..<n).map { "s\($0)" }
        var text = "\t" + ids.joined(separator: "\t") + "\n"
        for i in 0..<n { text += ids[i] + "\t" + cells[i].joined(separator: "\t") + "\n" }
        return text
    }

    @Test func readsTheSameMatrixAsReadingInOrder() throws {
        let text = Self.matrixText()
        let matrix = try DistanceMatrixTSV.parse(text: text, file: "dm.tsv")
        #expect(matrix.count == Self.n)
        // Written and read again: every value is the same double.
        #expect(try DistanceMatrixTSV.parse(text: DistanceMatrixTSV.string(matrix), file: "dm.tsv") == matrix)
        let rows = text.split(separator: "\n").dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        for (i, j) in [(0, 1), (5, 299), (150, 151), (298, 299), (299, 0)] {
            #expect(matrix[i, j].bitPattern == strtod(String(rows[i][j + 1]), nil).bitPattern)
        }
    }

    @Test(arguments: [
        (200, 10, "x", "line 202, column 12: 'x' is not a number"),
        (250, 3, "7", "not symmetric"),
        (120, 120, "0.5", "diagonal value is 0.5"),
    ])
    func aFlawIsReportedWhereReadingInOrderFindsIt(row: Int, column: Int, cell: String, message: String) {
        let text = Self.matrixText { $0[row][column] = cell }
        #expect {
            try DistanceMatrixTSV.parse(text: text, file: "dm.tsv")
        } throws: { error in
            "\(error)".contains(message) && "\(error)".hasPrefix("dm.tsv")
        }
    }
}

extension DistanceMatrixParallelReadTests {
    /// CRLF lines read as LF lines; a lone carriage return is a line end, as reading in order has it.
    @Test func lineEndsAreReadAsInOrder() throws {
        let text = Self.matrixTextForLineEnds()
        let lf = try DistanceMatrixTSV.parse(text: text, file: "dm.tsv")
        #expect(try DistanceMatrixTSV.parse(text: text.replacingOccurrences(of: "\n", with: "\r\n"), file: "dm.tsv") == lf)
        #expect(try DistanceMatrixTSV.parse(text: text.replacingOccurrences(of: "\n", with: "\r"), file: "dm.tsv") == lf)
        // "s7\r\t…": the id alone on a line, then a row without an id.
        let split = text.replacingOccurrences(of: "\ns7\t", with: "\ns7\r\t")
        #expect(throws: TableTextError.self) { try DistanceMatrixTSV.parse(text: split, file: "dm.tsv") }
    }

    fileprivate static func matrixTextForLineEnds() -> String {
        let n = 260
        let ids = (0..<n).map { "s\($0)" }
        var text = "\t" + ids.joined(separator: "\t") + "\n"
        for i in 0..<n {
            text +=
                ids[i] + "\t" + (0..<n).map { j in i == j ? "0.0" : String(Double(min(i, j) * n + max(i, j)) / 7) }.joined(separator: "\t")
                + "\n"
        }
        return text
    }
}
