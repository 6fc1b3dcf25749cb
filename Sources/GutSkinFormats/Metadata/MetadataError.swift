/// Why a metadata file could not be read. The description is one line naming the file, and the
/// line and column where that makes sense, e.g.
/// `mapping.tsv: line 14: sample id 'S3' appears more than once (first on line 9)`.
public enum MetadataError: Error, CustomStringConvertible, Equatable {
    /// The file could not be opened or read.
    case unreadable(FileError)
    /// No header row was found: the text is empty or holds only comments and blank lines.
    case noHeader(file: String)
    /// The first non-comment row does not start with an accepted id column header.
    case unrecognizedIDHeader(file: String, line: Int, found: String)
    /// A header cell is empty (trailing empty cells are dropped first, as QIIME 2 does).
    case emptyColumnName(file: String, line: Int, position: Int)
    case duplicateColumnName(file: String, line: Int, name: String)
    /// A column is named like an id header (`SampleID`, `id`, …), which QIIME 2 reserves.
    case reservedColumnName(file: String, line: Int, name: String)
    /// A `#q2:` directive before the header, after the data began, unknown, or repeated.
    case misplacedDirective(file: String, line: Int, directive: String)
    case unknownDirective(file: String, line: Int, directive: String)
    case duplicateDirective(file: String, line: Int, directive: String)
    case invalidColumnType(file: String, line: Int, column: String, type: String)
    case invalidMissingScheme(file: String, line: Int, column: String, scheme: String)
    /// A data row's id is itself an id header name (QIIME 2 forbids it).
    case reservedID(file: String, line: Int, id: String)
    case emptyID(file: String, line: Int)
    case duplicateID(file: String, line: Int, id: String, firstLine: Int)
    /// A row has more non-empty cells than the header declares.
    case tooManyCells(file: String, line: Int, cells: Int, headerCells: Int)
    /// A column forced to numeric by `#q2:types` holds a value that is not a number.
    case notNumeric(file: String, line: Int, column: String, value: String)
    /// A numeric value overflows to infinity (QIIME 2 rejects infinities).
    case notFinite(file: String, line: Int, column: String, value: String)
    /// A `no-missing` column has a missing value.
    case missingNotAllowed(file: String, line: Int, column: String)
    case noSamples(file: String)
    /// Quoting is broken (text after a closing quote, or a quote never closed).
    case badQuoting(file: String, line: Int, reason: String)
    /// The parsed parts did not make valid metadata (not expected after the checks above).
    case inconsistent(file: String, reason: String)

    public var description: String {
        switch self {
        case .unreadable(let error): return OneLine.text(error.description)
        case .noHeader(let file):
            return "\(file): no header row found (the file is empty or holds only comments and blank lines)"
        case .unrecognizedIDHeader(let file, let line, let found):
            return Self.at(
                file, line,
                "first column header '\(found)' is not an accepted id header (e.g. 'sample-id', 'id', '#SampleID'; cells must be tab-separated)"
            )
        case .emptyColumnName(let file, let line, let position):
            return Self.at(file, line, "column \(position) of the header has no name")
        case .duplicateColumnName(let file, let line, let name):
            return Self.at(file, line, "column name '\(name)' appears more than once")
        case .reservedColumnName(let file, let line, let name):
            return Self.at(file, line, "column name '\(name)' is reserved for the id column header")
        case .misplacedDirective(let file, let line, let directive):
            return Self.at(file, line, "directive '\(directive)' may only appear directly after the header")
        case .unknownDirective(let file, let line, let directive):
            return Self.at(file, line, "unknown directive '\(directive)' (supported: #q2:types, #q2:missing)")
        case .duplicateDirective(let file, let line, let directive):
            return Self.at(file, line, "directive '\(directive)' appears more than once")
        case .invalidColumnType(let file, let line, let column, let type):
            return Self.at(file, line, "column '\(column)': unknown column type '\(type)' (use 'categorical' or 'numeric')")
        case .invalidMissingScheme(let file, let line, let column, let scheme):
            return Self.at(
                file, line, "column '\(column)': unknown missing-value scheme '\(scheme)' (use 'blank', 'no-missing' or 'INSDC:missing')")
        case .reservedID(let file, let line, let id):
            return Self.at(file, line, "sample id '\(id)' is reserved for the id column header")
        case .emptyID(let file, let line):
            return Self.at(file, line, "sample id is empty")
        case .duplicateID(let file, let line, let id, let firstLine):
            return Self.at(file, line, "sample id '\(id)' appears more than once (first on line \(firstLine))")
        case .tooManyCells(let file, let line, let cells, let headerCells):
            return Self.at(file, line, "row has \(cells) cells but the header declares \(headerCells)")
        case .notNumeric(let file, let line, let column, let value):
            return Self.at(file, line, "column '\(column)' is numeric but '\(value)' is not a number")
        case .notFinite(let file, let line, let column, let value):
            return Self.at(file, line, "column '\(column)': '\(value)' is too large (infinite numbers are not allowed)")
        case .missingNotAllowed(let file, let line, let column):
            return Self.at(file, line, "column '\(column)' allows no missing values but one is missing")
        case .noSamples(let file):
            return "\(file): no sample rows (metadata must hold at least one id)"
        case .badQuoting(let file, let line, let reason):
            return Self.at(file, line, reason)
        case .inconsistent(let file, let reason):
            return OneLine.text("\(file): \(reason)")
        }
    }

    private static func at(_ file: String, _ line: Int, _ message: String) -> String {
        OneLine.text("\(file): line \(line): \(message)")
    }

}
