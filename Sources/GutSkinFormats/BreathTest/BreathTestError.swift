import GutSkinCore

/// Why a breath-test readings file could not be read. The description is one line naming the
/// file and, where there is one, the line and column (with the column's header name), e.g.
/// `readings.tsv: line 7, column 2 (h2_ppm): 'n/a' is not a number`.
public enum BreathTestError: Error, CustomStringConvertible, Equatable {
    /// The file could not be opened or read.
    case unreadable(FileError)
    /// No readings: the file is empty, or holds only a header, comments and blank lines.
    case noReadings(file: String)
    /// The header lacks `minutes` or `h2_ppm`.
    case missingColumn(file: String, line: Int, name: String)
    /// A header cell is not one of `minutes`, `h2_ppm`, `ch4_ppm`.
    case unknownColumn(file: String, line: Int, column: Int, name: String)
    case duplicateColumn(file: String, line: Int, column: Int, name: String)
    case emptyColumnName(file: String, line: Int, column: Int)
    /// A row has more or fewer fields than the header; `column` is the first missing or extra one.
    case wrongFieldCount(file: String, line: Int, column: Int, name: String?, fields: Int, headerFields: Int)
    case missingValue(file: String, line: Int, column: Int, name: String)
    case notNumeric(file: String, line: Int, column: Int, name: String, value: String)
    case negative(file: String, line: Int, column: Int, name: String, value: String)
    /// The readings break a rule of `BreathTestSeries` (baseline, time order, …) at this place.
    case invalidSeries(file: String, line: Int, column: Int?, name: String?, reason: BreathTestSeriesError)

    public var description: String {
        switch self {
        case .unreadable(let error):
            return OneLine.text(error.description)
        case .noReadings(let file):
            return OneLine.text("\(file): no readings (the file is empty or holds only a header, comments and blank lines)")
        case .missingColumn(let file, let line, let name):
            return Self.at(
                file, line, nil, nil, "the header has no '\(name)' column (columns: minutes, h2_ppm, optional ch4_ppm; tab-separated)")
        case .unknownColumn(let file, let line, let column, let name):
            return Self.at(file, line, column, nil, "unknown column '\(name)' (columns: minutes, h2_ppm, optional ch4_ppm; tab-separated)")
        case .duplicateColumn(let file, let line, let column, let name):
            return Self.at(file, line, column, name, "column '\(name)' appears more than once in the header")
        case .emptyColumnName(let file, let line, let column):
            return Self.at(file, line, column, nil, "column \(column) of the header has no name")
        case .wrongFieldCount(let file, let line, let column, let name, let fields, let headerFields):
            return Self.at(file, line, column, name, "row has \(fields) fields but the header has \(headerFields)")
        case .missingValue(let file, let line, let column, let name):
            return Self.at(file, line, column, name, "value is missing")
        case .notNumeric(let file, let line, let column, let name, let value):
            return Self.at(file, line, column, name, "'\(value)' is not a number")
        case .negative(let file, let line, let column, let name, let value):
            return Self.at(file, line, column, name, "'\(value)' is negative (times and concentrations are 0 or more)")
        case .invalidSeries(let file, let line, let column, let name, let reason):
            return Self.at(file, line, column, name, reason.description)
        }
    }

    /// `FILE: line N, column C (name): message`, leaving out what is not known.
    private static func at(_ file: String, _ line: Int, _ column: Int?, _ name: String?, _ message: String) -> String {
        var place = "line \(line)"
        if let column { place += ", column \(column)" }
        if let name { place += " (\(name))" }
        return OneLine.text("\(file): \(place): \(message)")
    }
}
