import Foundation

/// Splits tab-separated text into lines and cells, byte by byte, keeping 1-based line numbers
/// for error messages. Accepts LF, CRLF and CR line ends and a UTF-8 byte-order mark.
struct TabularText {
    struct Line {
        /// 1-based line number in the file.
        let number: Int
        let cells: [Substring]
    }

    let lines: [Line]

    init(_ text: String) {
        var result = [Line]()
        var number = 0
        var body = Substring(text)
        if body.hasPrefix("\u{FEFF}") { body = body.dropFirst() }
        // Swift treats "\r\n" as one Character, so splitting on newlines handles all three ends.
        for rawLine in body.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
            number += 1
            result.append(Line(number: number, cells: rawLine.split(separator: "\t", omittingEmptySubsequences: false)))
        }
        if let last = result.last, last.cells.count == 1, last.cells[0].isEmpty { result.removeLast() }
        lines = result
    }
}
