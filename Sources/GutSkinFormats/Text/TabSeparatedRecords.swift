/// Splits tab-separated text into records the way Python's `csv` module does with the
/// `excel-tab` dialect in strict mode — the reader QIIME 2 uses for metadata files — so that
/// gutskin and QIIME 2 see the same cells.
///
/// Rules: records end at LF, CRLF or CR; a field that *starts* with `"` is quoted and may hold
/// tabs, line ends and doubled quotes (`""` → `"`); a quote elsewhere is an ordinary character;
/// text after a closing quote (other than a tab or line end) is an error, as is a quote left
/// open at the end of the text. A blank line gives a record with no cells. Cells are trimmed of
/// surrounding white space (as QIIME 2 trims every cell), after unquoting.
struct TabSeparatedRecords {
    /// One record: the 1-based line it starts on and its trimmed cells.
    struct Record: Sendable, Equatable {
        let line: Int
        var cells: [String]

        /// True when every cell is empty (or there are none): QIIME 2 skips such rows.
        var isBlank: Bool { cells.allSatisfy(\.isEmpty) }
    }

    /// Why the text could not be split into records.
    enum ScanError: Error, Equatable {
        /// A quoted field's closing quote is followed by something other than a tab or line end.
        case textAfterClosingQuote(line: Int, field: Int)
        /// A quoted field is still open at the end of the text.
        case unterminatedQuote(line: Int)
    }

    private enum State { case fieldStart, unquoted, quoted, quoteInQuoted }

    /// Splits `text` into records. A leading byte-order mark is ignored.
    static func scan(_ text: String) throws(ScanError) -> [Record] {
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let tab = UInt8(ascii: "\t")
        let quote = UInt8(ascii: "\"")
        let lineFeed = UInt8(ascii: "\n")
        let carriageReturn = UInt8(ascii: "\r")

        var records: [Record] = []
        var cells: [String] = []
        var field: [UInt8] = []
        var state = State.fieldStart
        var line = 1
        var recordLine = 1
        var index = 0

        func finishField() {
            cells.append(trimmed(field))
            field.removeAll(keepingCapacity: true)
        }
        func finishRecord() {
            if state == .fieldStart && cells.isEmpty && field.isEmpty {
                records.append(Record(line: recordLine, cells: []))
            } else {
                finishField()
                records.append(Record(line: recordLine, cells: cells))
            }
            cells.removeAll(keepingCapacity: true)
            state = .fieldStart
        }
        /// Consumes a line end at `index` (CR, LF or CRLF) and moves to the next line.
        func consumeLineEnd() {
            if bytes[index] == carriageReturn, index + 1 < bytes.count, bytes[index + 1] == lineFeed { index += 1 }
            line += 1
        }

        /// A tab ends the field, a line end the record; returns whether `byte` was one of them.
        func endFieldOrRecord(at byte: UInt8) -> Bool {
            if byte == tab {
                finishField()
                state = .fieldStart
                return true
            }
            guard byte == lineFeed || byte == carriageReturn else { return false }
            finishRecord()
            consumeLineEnd()
            recordLine = line
            return true
        }

        while index < bytes.count {
            let byte = bytes[index]
            switch state {
            case .fieldStart, .unquoted:
                if state == .fieldStart && byte == quote {
                    state = .quoted
                } else if !endFieldOrRecord(at: byte) {
                    field.append(byte)
                    state = .unquoted
                }
            case .quoted:
                if byte == quote {
                    state = .quoteInQuoted
                } else {
                    field.append(byte)
                    if byte == lineFeed || (byte == carriageReturn && !(index + 1 < bytes.count && bytes[index + 1] == lineFeed)) {
                        line += 1
                    }
                }
            case .quoteInQuoted:
                if byte == quote {
                    field.append(quote)
                    state = .quoted
                } else if !endFieldOrRecord(at: byte) {
                    throw .textAfterClosingQuote(line: line, field: cells.count + 1)
                }
            }
            index += 1
        }
        if state == .quoted { throw .unterminatedQuote(line: recordLine) }
        if state != .fieldStart || !cells.isEmpty || !field.isEmpty { finishRecord() }
        return records
    }

    /// The field's text without surrounding white space (Python's `str.strip()` set).
    private static func trimmed(_ field: [UInt8]) -> String {
        String(decoding: field, as: UTF8.self).trimmingPythonWhitespace()
    }

    /// Python's `str.isspace()`: Unicode white space plus the ASCII separators 0x1C–0x1F.
    static func isPythonWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || (0x1C...0x1F).contains(scalar.value)
    }
}
