extension TabSeparatedRecords {
    /// Splits text QIIME 1's way: lines at LF, CRLF or CR, cells at every tab, all double
    /// quotes removed, cells trimmed as Python's `str.strip()` trims. Never fails.
    ///
    /// The text is walked as UTF-8 bytes: tabs and line ends are always Character boundaries, so
    /// the split is the one Characters give. A cell with a non-ASCII byte is cleaned Character by
    /// Character (a quote followed by a combining mark is one Character, and stays).
    static func scanQIIME1(_ text: String) -> [Record] {
        var body = Substring(text)
        if body.hasPrefix("\u{FEFF}") { body = body.dropFirst() }
        var utf8 = String(body)
        return utf8.withUTF8 { bytes in
            var records: [Record] = []
            var lineStart = 0
            var position = 0
            var lineNumber = 1
            func finishLine(_ end: Int) {
                let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<end])
                records.append(Record(line: lineNumber, cells: line.isEmpty ? [] : cells(of: line)))
                lineNumber += 1
            }
            while position < bytes.count {
                let byte = bytes[position]
                if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                    finishLine(position)
                    let crlf = byte == UInt8(ascii: "\r") && position + 1 < bytes.count && bytes[position + 1] == UInt8(ascii: "\n")
                    position += crlf ? 2 : 1
                    lineStart = position
                } else {
                    position += 1
                }
            }
            if lineStart < bytes.count { finishLine(bytes.count) }  // a last line without a line end
            return records
        }
    }

    /// The cells of one line: split at tabs, quotes removed, trimmed.
    private static func cells(of line: UnsafeBufferPointer<UInt8>) -> [String] {
        line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false).map { cell in
            guard cell.allSatisfy({ $0 < 0x80 }) else {
                let text = String(decoding: cell, as: UTF8.self)
                return String(text.filter { $0 != "\"" }).trimmingPythonWhitespace()
            }
            let kept = cell.filter { $0 != UInt8(ascii: "\"") }
            let isSpace = { (byte: UInt8) in isPythonWhitespace(Unicode.Scalar(byte)) }
            guard let first = kept.firstIndex(where: { !isSpace($0) }), let last = kept.lastIndex(where: { !isSpace($0) }) else {
                return ""
            }
            return String(decoding: kept[first...last], as: UTF8.self)
        }
    }
}
