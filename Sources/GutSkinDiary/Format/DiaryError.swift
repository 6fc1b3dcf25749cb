import GutSkinFormats

/// Why a diary (or a tag list, or a challenge schedule) could not be read: one line naming the
/// file and the place, e.g. `diary.tsv: line 7, column 4 (value): itch 12 is outside the 0–10
/// severity scale`. JSON places are entries (`entry 3 (value)`).
public struct DiaryError: Error, CustomStringConvertible, Equatable {
    public enum Problem: Equatable, Sendable {
        case unreadable(String)
        case noEntries
        case missingColumn(String)
        case unknownColumn(String)
        case duplicateColumn(String)
        case wrongFieldCount(fields: Int, expected: Int)
        case badDate(String)
        case unknownKind(String)
        case missingItem
        case missingValue
        case notNumeric(String)
        case outOfScale(symptom: String, value: String, scale: SymptomScale)
        case negativeAmount(String)
        case unknownPhase(String)
        case badTime(String)
        case badJSON(String)
        case other(String)
    }

    public let file: String
    /// 1-based line (TSV, CSV) or entry (JSON); nil for the whole file.
    public let line: Int?
    public let column: Int?
    public let columnName: String?
    public let problem: Problem
    /// True when `line` counts JSON entries rather than lines.
    public let isEntry: Bool

    public init(
        file: String, line: Int? = nil, column: Int? = nil, columnName: String? = nil, isEntry: Bool = false,
        _ problem: Problem
    ) {
        self.file = file
        self.line = line
        self.column = column
        self.columnName = columnName
        self.problem = problem
        self.isEntry = isEntry
    }

    public var description: String {
        var place = ""
        if let line { place = isEntry ? "entry \(line)" : "line \(line)" }
        if let column { place += ", column \(column)" }
        if let columnName { place += place.isEmpty ? "(\(columnName))" : " (\(columnName))" }
        return OneLine.text(place.isEmpty ? "\(file): \(message)" : "\(file): \(place): \(message)")
    }

    /// What is wrong, without the file and place (for a form that names its own field).
    public var reason: String { OneLine.text(message) }

    var message: String {
        switch problem {
        case .unreadable(let reason): return reason
        case .noEntries: return "no entries (the file is empty or holds only a header, comments and blank lines)"
        case .missingColumn(let name):
            return "the header has no '\(name)' column (columns: date, kind, item, value, optional time and note; tab-separated)"
        case .unknownColumn(let name):
            return "unknown column '\(name)' (columns: date, kind, item, value, optional time and note)"
        case .duplicateColumn(let name): return "column '\(name)' appears more than once in the header"
        case .wrongFieldCount(let fields, let expected): return "row has \(fields) fields but the header has \(expected)"
        case .badDate(let text): return "'\(text)' is not a date; write YYYY-MM-DD (e.g. 2026-03-01)"
        case .unknownKind(let text): return "unknown kind '\(text)' (kinds: food, product, symptom, note, phase)"
        case .missingItem: return "the item is empty (name the food, product, symptom or phase item)"
        case .missingValue: return "value is missing (a symptom needs its severity; a phase needs elimination, reintroduction or end)"
        case .notNumeric(let text): return "'\(text)' is not a number"
        case .outOfScale(let symptom, let value, let scale):
            return "\(symptom) \(value) is outside \(scale.label)"
        case .negativeAmount(let text): return "amount '\(text)' is negative (amounts are 0 or more; 0: not eaten or used)"
        case .unknownPhase(let text): return "unknown phase '\(text)' (phases: elimination, reintroduction, end)"
        case .badTime(let text): return "'\(text)' is not a time of day; write HH:MM (e.g. 08:30)"
        case .badJSON(let reason): return reason
        case .other(let reason): return reason
        }
    }
}
