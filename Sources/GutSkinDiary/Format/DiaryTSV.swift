/// Reads the diary's tab-separated form (and its plain CSV import), one row per entry:
///
/// ```
/// date	kind	item	value	time	note
/// 2026-03-01	food	pizza
/// 2026-03-01	symptom	itch	4	21:00
/// 2026-03-02	phase	dairy	elimination
/// ```
///
/// The header names `date`, `kind`, `item`, `value`, and optionally `time` and `note`, in any order
/// (case-insensitive); other columns are refused so a misspelt one is never dropped silently.
/// Blank lines and lines starting with `#` are skipped; LF, CRLF and CR line ends and a byte-order
/// mark are accepted. The CSV import takes `date,item,kind,value` (any order, double-quoted cells
/// allowed) with the same rules.
enum DiaryTSV {
    static let requiredColumns = ["date", "kind", "item", "value"]
    static let optionalColumns = ["time", "note"]

    /// Entries of TSV (`separator` tab) or CSV (`separator` comma) text; `file` names it in errors.
    static func parse(text: String, file: String, separator: Character) throws(DiaryError) -> [DiaryEntry] {
        let reader = DiaryRowReader(file: file, isEntry: false)
        var columns: [String: Int]?
        var names: [String] = []
        var entries: [DiaryEntry] = []
        for (index, rawLine) in lines(of: text).enumerated() {
            let number = index + 1
            let cells =
                separator == "\t"
                ? rawLine.split(separator: "\t", omittingEmptySubsequences: false).map { trim($0) }
                : csvCells(rawLine).map { trim($0) }
            guard !cells.allSatisfy(\.isEmpty), !cells[0].hasPrefix("#") else { continue }
            guard let header = columns else {
                names = cells.map { $0.lowercased() }
                columns = try headerColumns(names, file: file, line: number)
                continue
            }
            guard cells.count <= names.count, cells.count >= requiredColumns.compactMap({ header[$0] }).max()! + 1 else {
                throw DiaryError(
                    file: file, line: number, column: min(cells.count, names.count) + 1,
                    .wrongFieldCount(fields: cells.count, expected: names.count))
            }
            func cell(_ name: String) -> DiaryRowReader.Cell? {
                guard let position = header[name] else { return nil }
                return DiaryRowReader.Cell(text: position < cells.count ? cells[position] : "", column: position + 1, name: name)
            }
            entries.append(
                try reader.entry(
                    line: number, date: cell("date")!, kind: cell("kind")!, item: cell("item")!,
                    value: cell("value"), time: cell("time"), note: cell("note")))
        }
        guard !entries.isEmpty else { throw DiaryError(file: file, .noEntries) }
        return entries
    }

    /// Column positions by name, checking the header.
    static func headerColumns(_ names: [String], file: String, line: Int) throws(DiaryError) -> [String: Int] {
        var positions: [String: Int] = [:]
        for (position, name) in names.enumerated() {
            guard requiredColumns.contains(name) || optionalColumns.contains(name) else {
                if name.isEmpty && position == names.count - 1 { continue }  // a trailing separator
                throw DiaryError(file: file, line: line, column: position + 1, .unknownColumn(name))
            }
            guard positions[name] == nil else {
                throw DiaryError(file: file, line: line, column: position + 1, .duplicateColumn(name))
            }
            positions[name] = position
        }
        for name in requiredColumns where positions[name] == nil {
            throw DiaryError(file: file, line: line, .missingColumn(name))
        }
        return positions
    }

    static func lines(of text: String) -> [Substring] {
        var body = Substring(text)
        if body.hasPrefix("\u{FEFF}") { body = body.dropFirst() }
        return body.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
    }

    /// A cell without the spaces and tabs around it (tabs only occur in CSV cells).
    static func trim(_ text: Substring) -> String {
        String(text.drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
    }

    /// Cells of one CSV line: commas separate, double quotes enclose cells with commas, `""` is a quote.
    static func csvCells(_ line: Substring) -> [Substring] {
        var cells: [Substring] = []
        var current = ""
        var quoted = false
        var iterator = line.makeIterator()
        while let character = iterator.next() {
            if quoted {
                if character == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" {
                            current.append("\"")
                        } else {
                            quoted = false
                            if next == "," {
                                cells.append(Substring(current))
                                current = ""
                            } else {
                                current.append(next)
                            }
                        }
                    } else {
                        quoted = false
                    }
                } else {
                    current.append(character)
                }
            } else if character == "," {
                cells.append(Substring(current))
                current = ""
            } else if character == "\"" && current.allSatisfy({ $0 == " " }) {
                quoted = true
                current = ""
            } else {
                current.append(character)
            }
        }
        cells.append(Substring(current))
        return cells
    }
}
