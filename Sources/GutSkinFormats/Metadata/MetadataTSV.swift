import GutSkinCore

/// Reads and writes sample metadata in QIIME 2's metadata TSV format, which also covers QIIME 1
/// mapping files (`#SampleID` first, `Description` last).
///
/// Reading follows QIIME 2's rules (`qiime2/metadata/io.py`):
/// - Comment lines (first cell starts with `#`) and blank lines are skipped anywhere; the header
///   is the first other row, and its first cell must be an id header (`id`, `sample-id`,
///   `#SampleID`, … — see `MetadataFormatRules`). Trailing empty header cells are dropped.
/// - `#q2:types` and `#q2:missing` directive rows may follow the header directly (skbio's
///   `#sk:` spelling too); types are `categorical`/`numeric` (any case) and force the column type.
/// - Cells are tab-separated, may be double-quoted (tabs and line ends inside), and are trimmed.
///   LF, CRLF and CR line ends and a UTF-8 byte-order mark are accepted. QIIME 1 mapping files
///   split at tabs only, with quotes removed (see `MetadataDialect`).
/// - Rows shorter than the header are padded with missing values; longer rows are an error unless
///   the extra cells are empty.
/// - Ids must be non-empty and unique; column names unique and not id-header names.
/// - A column is numeric when every non-missing value is a number (`MetadataFormatRules.isNumber`)
///   — a column with only missing values is numeric, as in QIIME 2 — otherwise categorical.
///
/// gutskin departs from QIIME 2 in two documented places: (1) by default `NA` and `unknown` are
/// missing too (`defaultMissingValues`), because QIIME 1 mapping files such as the PGP and HMP
/// ones write missing values that way; pass `[]` for QIIME 2's `blank` scheme or
/// `MetadataFormatRules.insdcMissingTerms` for `INSDC:missing`. (2) Files starting with
/// `#SampleID` are read as QIIME 1 read them (`MetadataDialect.qiime1Mapping`): tab splitting
/// without quote rules, and columns may carry id-header names such as `SampleId`. QIIME 2
/// refuses the PGP mapping file on both counts.
public enum MetadataTSV {
    /// Values that gutskin treats as missing by default, besides the empty cell: `NA`, `unknown`.
    public static let defaultMissingValues: Set<String> = ["NA", "unknown"]

    /// Reads a metadata file (gzip, UTF-8 or Latin-1). Empty cells are always missing; so are
    /// cells equal to one of `missingValues` (case-sensitive) unless a `#q2:missing` directive
    /// sets the column's scheme.
    public static func read(
        path: String, missingValues: Set<String> = defaultMissingValues, dialect: MetadataDialect = .automatic
    ) throws(MetadataError) -> SampleMetadata {
        let text: String
        do {
            text = try InputFile.readText(path)
        } catch {
            throw .unreadable(error)
        }
        return try parse(text: text, file: path, missingValues: missingValues, dialect: dialect)
    }

    /// Parses metadata text; `file` names the source in error messages.
    public static func parse(
        text: String, file: String, missingValues: Set<String> = defaultMissingValues,
        dialect: MetadataDialect = .automatic
    ) throws(MetadataError) -> SampleMetadata {
        let resolvedDialect = dialect.resolved(for: text)
        let records: [TabSeparatedRecords.Record]
        if resolvedDialect == .qiime1Mapping {
            records = TabSeparatedRecords.scanQIIME1(text)
        } else {
            do {
                records = try TabSeparatedRecords.scan(text)
            } catch {
                switch error {
                case .textAfterClosingQuote(let line, let field):
                    throw .badQuoting(file: file, line: line, reason: "cell \(field) has text after its closing quote")
                case .unterminatedQuote(let line):
                    throw .badQuoting(file: file, line: line, reason: "a quoted cell is never closed")
                }
            }
        }
        var parser = MetadataParser(file: file, records: records, allowsReservedColumnNames: resolvedDialect == .qiime1Mapping)
        return try parser.parse(defaultScheme: .terms(missingValues))
    }
}

/// The state of one metadata parse: walks the records once, header → directives → rows.
private struct MetadataParser {
    let file: String
    let records: [TabSeparatedRecords.Record]
    /// QIIME 1 mapping files may name a column like an id header (`SampleId`).
    let allowsReservedColumnNames: Bool
    var position = 0

    init(file: String, records: [TabSeparatedRecords.Record], allowsReservedColumnNames: Bool) {
        self.file = file
        self.records = records
        self.allowsReservedColumnNames = allowsReservedColumnNames
    }

    private static func isDirective(_ cells: [String]) -> Bool {
        guard let first = cells.first else { return false }
        return first.hasPrefix("#q2:") || first.hasPrefix("#sk:")
    }

    private static func isHeader(_ cells: [String]) -> Bool {
        guard let first = cells.first else { return false }
        return MetadataFormatRules.isIDHeader(first)
    }

    private static func isComment(_ cells: [String]) -> Bool {
        guard let first = cells.first else { return false }
        return first.hasPrefix("#") && !isDirective(cells) && !isHeader(cells)
    }

    mutating func parse(defaultScheme: MissingValueScheme) throws(MetadataError) -> SampleMetadata {
        let header = try readHeader()
        let columnNames = Array(header.dropFirst())
        let (forcedTypes, schemes) = try readDirectives(header: header)
        let (ids, rows, rowLines) = try readRows(headerCount: header.count)
        guard !ids.isEmpty else { throw .noSamples(file: file) }

        var columns: [MetadataColumn] = []
        columns.reserveCapacity(columnNames.count)
        for (offset, name) in columnNames.enumerated() {
            let scheme = schemes[offset] ?? defaultScheme
            var values: [String?] = []
            values.reserveCapacity(rows.count)
            for (rowIndex, row) in rows.enumerated() {
                let cell = row[offset + 1]
                if scheme.isMissing(cell) {
                    if scheme == .noMissing {
                        throw .missingNotAllowed(file: file, line: rowLines[rowIndex], column: name)
                    }
                    values.append(nil)
                } else {
                    values.append(cell)
                }
            }
            let kind = try columnKind(name: name, values: values, forced: forcedTypes[offset], rowLines: rowLines)
            columns.append(MetadataColumn(name: name, kind: kind, values: values))
        }
        do {
            return try SampleMetadata(idHeader: header[0], ids: ids, columns: columns)
        } catch {
            // Not expected: ids and names were checked above, with line numbers.
            throw .inconsistent(file: file, reason: error.description)
        }
    }

    /// Finds the header row, skipping comments and blank rows, and checks its column names.
    private mutating func readHeader() throws(MetadataError) -> [String] {
        while position < records.count {
            let record = records[position]
            position += 1
            if Self.isHeader(record.cells) {
                var header = record.cells
                while let last = header.last, last.isEmpty { header.removeLast() }
                try checkColumnNames(header, line: record.line)
                return header
            }
            if Self.isComment(record.cells) || record.isBlank { continue }
            if Self.isDirective(record.cells) {
                throw .misplacedDirective(file: file, line: record.line, directive: record.cells[0])
            }
            throw .unrecognizedIDHeader(file: file, line: record.line, found: record.cells[0])
        }
        throw .noHeader(file: file)
    }

    private func checkColumnNames(_ header: [String], line: Int) throws(MetadataError) {
        var seen = Set<String>()
        for (offset, name) in header.enumerated() {
            guard !name.isEmpty else { throw .emptyColumnName(file: file, line: line, position: offset + 1) }
            guard seen.insert(name).inserted else { throw .duplicateColumnName(file: file, line: line, name: name) }
            if offset > 0 && !allowsReservedColumnNames && MetadataFormatRules.isIDHeader(name) {
                throw .reservedColumnName(file: file, line: line, name: name)
            }
        }
    }

    /// Reads the `#q2:types` / `#q2:missing` rows directly after the header. Returns forced
    /// types and missing schemes by column offset (0 = first data column).
    private mutating func readDirectives(
        header: [String]
    ) throws(MetadataError) -> (types: [Int: MetadataColumn.Kind], schemes: [Int: MissingValueScheme]) {
        var types: [Int: MetadataColumn.Kind] = [:]
        var schemes: [Int: MissingValueScheme] = [:]
        var seenKinds = Set<String>()
        while position < records.count, Self.isDirective(records[position].cells) {
            let record = records[position]
            position += 1
            let directive = record.cells[0]
            let kind = String(directive.split(separator: " ", omittingEmptySubsequences: false).first ?? "")
            let isTypes = kind == "#q2:types" || kind == "#sk:types"
            let isMissing = kind == "#q2:missing" || kind == "#sk:missing"
            guard isTypes || isMissing else {
                throw .unknownDirective(file: file, line: record.line, directive: directive)
            }
            guard seenKinds.insert(isTypes ? "types" : "missing").inserted else {
                throw .duplicateDirective(file: file, line: record.line, directive: directive)
            }
            let cells = try matchingHeaderLength(record, headerCount: header.count)
            for offset in 0..<(header.count - 1) {
                let argument = cells[offset + 1]
                guard !argument.isEmpty else { continue }
                if isTypes {
                    guard let type = MetadataColumn.Kind(rawValue: argument.lowercased()) else {
                        throw .invalidColumnType(file: file, line: record.line, column: header[offset + 1], type: argument)
                    }
                    types[offset] = type
                } else {
                    guard let scheme = MissingValueScheme(directiveName: argument) else {
                        throw .invalidMissingScheme(file: file, line: record.line, column: header[offset + 1], scheme: argument)
                    }
                    schemes[offset] = scheme
                }
            }
        }
        return (types, schemes)
    }

    /// Reads the data rows: ids (checked) and cells padded to the header's length.
    private mutating func readRows(
        headerCount: Int
    ) throws(MetadataError) -> (ids: [String], rows: [[String]], lines: [Int]) {
        var ids: [String] = []
        var rows: [[String]] = []
        var lines: [Int] = []
        var firstLineOfID: [String: Int] = [:]
        while position < records.count {
            let record = records[position]
            position += 1
            if Self.isComment(record.cells) || record.isBlank { continue }
            if Self.isDirective(record.cells) {
                throw .misplacedDirective(file: file, line: record.line, directive: record.cells[0])
            }
            if Self.isHeader(record.cells) {
                throw .reservedID(file: file, line: record.line, id: record.cells[0])
            }
            let cells = try matchingHeaderLength(record, headerCount: headerCount)
            let id = cells[0]
            guard !id.isEmpty else { throw .emptyID(file: file, line: record.line) }
            if let firstLine = firstLineOfID[id] {
                throw .duplicateID(file: file, line: record.line, id: id, firstLine: firstLine)
            }
            firstLineOfID[id] = record.line
            ids.append(id)
            rows.append(cells)
            lines.append(record.line)
        }
        return (ids, rows, lines)
    }

    /// Pads a short row with empty cells; drops extra cells when they are empty, else throws.
    private func matchingHeaderLength(
        _ record: TabSeparatedRecords.Record, headerCount: Int
    ) throws(MetadataError) -> [String] {
        var cells = record.cells
        if cells.count < headerCount {
            cells.append(contentsOf: repeatElement("", count: headerCount - cells.count))
        } else if cells.count > headerCount {
            guard cells[headerCount...].allSatisfy(\.isEmpty) else {
                throw .tooManyCells(file: file, line: record.line, cells: cells.count, headerCells: headerCount)
            }
            cells.removeLast(cells.count - headerCount)
        }
        return cells
    }

    /// The column's type: as forced by `#q2:types`, else numeric when every present value is a
    /// number. Numeric values must be finite.
    private func columnKind(
        name: String, values: [String?], forced: MetadataColumn.Kind?, rowLines: [Int]
    ) throws(MetadataError) -> MetadataColumn.Kind {
        if forced == .categorical { return .categorical }
        for (row, value) in values.enumerated() {
            guard let value else { continue }
            guard MetadataFormatRules.isNumber(value) else {
                if forced == .numeric { throw .notNumeric(file: file, line: rowLines[row], column: name, value: value) }
                return .categorical
            }
        }
        for (row, value) in values.enumerated() {
            guard let value else { continue }
            guard let number = Double(value), number.isFinite else {
                throw .notFinite(file: file, line: rowLines[row], column: name, value: value)
            }
        }
        return .numeric
    }
}
