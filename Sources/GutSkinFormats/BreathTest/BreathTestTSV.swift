import GutSkinCore

/// Reads breath-test readings from a tab-separated file into a `BreathTestSeries`.
///
/// The header names the columns `minutes` and `h2_ppm`, and optionally `ch4_ppm`, in any order
/// (names are matched ignoring case and surrounding spaces; any other column is refused, so a
/// misspelt `ch4` column is never silently dropped). Each following row gives one reading: every
/// field a plain decimal number (`12`, `4.5`, `1e1`), not negative. Blank lines and lines whose
/// first cell starts with `#` are skipped anywhere; LF, CRLF and CR line ends, a UTF-8 byte-order
/// mark and gzip compression are accepted. Readings must start at minute 0 (the baseline) and
/// go forward in time without repeats.
///
/// ```
/// minutes	h2_ppm	ch4_ppm
/// 0	4	2
/// 15	6	2
/// ```
///
/// Errors are `BreathTestError`s, one line naming the file, line and column.
public enum BreathTestTSV {
    /// The column names, as written in the header.
    public static let minutesColumn = "minutes", hydrogenColumn = "h2_ppm", methaneColumn = "ch4_ppm"

    /// Reads and checks a readings file (gzip accepted).
    public static func read(path: String) throws(BreathTestError) -> BreathTestSeries {
        let text: String
        do {
            text = try InputFile.readText(path)
        } catch {
            throw .unreadable(error)
        }
        return try parse(text: text, file: path)
    }

    /// Parses readings text; `file` names the source in errors.
    public static func parse(text: String, file: String) throws(BreathTestError) -> BreathTestSeries {
        var header: Header?
        var readings: [BreathTestSeries.Reading] = []
        var lineOfReading: [Int] = []

        for line in TabularText(text).lines {
            let cells = line.cells.map { $0.trimmingWhitespace() }
            guard !cells.allSatisfy(\.isEmpty), !cells[0].hasPrefix("#") else { continue }
            guard let columns = header else {
                header = try Header(cells: cells, file: file, line: line.number)
                continue
            }
            guard cells.count == columns.names.count else {
                let column = min(cells.count, columns.names.count) + 1
                throw .wrongFieldCount(
                    file: file, line: line.number, column: column,
                    name: column <= columns.names.count ? columns.names[column - 1] : nil,
                    fields: cells.count, headerFields: columns.names.count)
            }
            func value(at index: Int) throws(BreathTestError) -> Double {
                let name = columns.names[index]
                let cell = cells[index]
                guard !cell.isEmpty else { throw .missingValue(file: file, line: line.number, column: index + 1, name: name) }
                guard let number = decimalNumber(cell) else {
                    throw .notNumeric(file: file, line: line.number, column: index + 1, name: name, value: cell)
                }
                guard number >= 0 else {
                    throw .negative(file: file, line: line.number, column: index + 1, name: name, value: cell)
                }
                return number
            }
            readings.append(
                BreathTestSeries.Reading(
                    minutes: try value(at: columns.minutes),
                    hydrogenPPM: try value(at: columns.hydrogen),
                    methanePPM: try columns.methane.map { index throws(BreathTestError) in try value(at: index) }))
            lineOfReading.append(line.number)
        }

        do {
            return try BreathTestSeries(readings: readings)
        } catch {
            guard let index = error.reading, let columns = header else { throw .noReadings(file: file) }
            let column: Int? =
                switch error.quantity {
                case .minutes: columns.minutes
                case .hydrogen: columns.hydrogen
                case .methane: columns.methane
                case nil: nil
                }
            throw .invalidSeries(
                file: file, line: lineOfReading[index], column: column.map { $0 + 1 },
                name: column.map { columns.names[$0] }, reason: error)
        }
    }

    /// Where each column is: 0-based positions in a row, and the names as the header spells them.
    private struct Header {
        let names: [String]
        let minutes: Int, hydrogen: Int, methane: Int?

        init(cells: [String], file: String, line: Int) throws(BreathTestError) {
            let known = [BreathTestTSV.minutesColumn, BreathTestTSV.hydrogenColumn, BreathTestTSV.methaneColumn]
            var positions: [String: Int] = [:]
            for (index, cell) in cells.enumerated() {
                let key = cell.lowercased()
                guard !cell.isEmpty else { throw .emptyColumnName(file: file, line: line, column: index + 1) }
                guard known.contains(key) else {
                    throw .unknownColumn(file: file, line: line, column: index + 1, name: cell)
                }
                if positions[key] != nil { throw .duplicateColumn(file: file, line: line, column: index + 1, name: cell) }
                positions[key] = index
            }
            for required in [BreathTestTSV.minutesColumn, BreathTestTSV.hydrogenColumn] where positions[required] == nil {
                throw .missingColumn(file: file, line: line, name: required)
            }
            names = cells
            minutes = positions[BreathTestTSV.minutesColumn]!
            hydrogen = positions[BreathTestTSV.hydrogenColumn]!
            methane = positions[BreathTestTSV.methaneColumn]
        }
    }

    /// A plain decimal number — optional sign, digits with an optional point, optional exponent —
    /// or nil. Refuses what `Double(_:)` would also take but no lab writes (`nan`, `inf`, hex).
    static func decimalNumber(_ text: String) -> Double? {
        var bytes = Substring(text).utf8[...]
        if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        let isDigit: (UInt8) -> Bool = { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        var digits = 0
        while let byte = bytes.first, isDigit(byte) {
            digits += 1
            bytes = bytes.dropFirst()
        }
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            while let byte = bytes.first, isDigit(byte) {
                digits += 1
                bytes = bytes.dropFirst()
            }
        }
        guard digits > 0 else { return nil }
        if let e = bytes.first, e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
            var exponentDigits = 0
            while let byte = bytes.first, isDigit(byte) {
                exponentDigits += 1
                bytes = bytes.dropFirst()
            }
            guard exponentDigits > 0 else { return nil }
        }
        guard bytes.isEmpty, let value = Double(text), value.isFinite else { return nil }
        return value
    }
}
