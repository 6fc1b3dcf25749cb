/// Turns the cells of one diary row (from TSV, CSV or JSON) into a checked `DiaryEntry`; shared
/// so that every format gives the same messages for the same mistakes.
struct DiaryRowReader {
    let file: String
    let isEntry: Bool

    /// A cell and the place it came from (column index 1-based, or nil in JSON).
    struct Cell {
        let text: String
        let column: Int?
        let name: String
    }

    func error(_ line: Int, _ cell: Cell?, _ problem: DiaryError.Problem) -> DiaryError {
        DiaryError(file: file, line: line, column: cell?.column, columnName: cell?.name, isEntry: isEntry, problem)
    }

    func entry(line: Int, date: Cell, kind: Cell, item: Cell, value: Cell?, time: Cell?, note: Cell?) throws(DiaryError) -> DiaryEntry {
        guard let day = DiaryDate(date.text) else { throw error(line, date, .badDate(date.text)) }
        guard let kindValue = DiaryKind(rawValue: kind.text.lowercased()) else { throw error(line, kind, .unknownKind(kind.text)) }
        let itemText = item.text
        if itemText.isEmpty && kindValue != .note { throw error(line, item, .missingItem) }
        var entry = DiaryEntry(date: day, kind: kindValue, item: itemText, line: line)
        let valueText = value?.text ?? ""
        switch kindValue {
        case .symptom:
            guard let value, !valueText.isEmpty else { throw error(line, value ?? item, .missingValue) }
            guard let number = Self.number(valueText) else { throw error(line, value, .notNumeric(valueText)) }
            let scale = SymptomScale.of(itemText)
            guard scale.accepts(number) else {
                throw error(line, value, .outOfScale(symptom: itemText, value: valueText, scale: scale))
            }
            entry.value = number
        case .food, .product:
            if let value, !valueText.isEmpty {
                guard let number = Self.number(valueText) else { throw error(line, value, .notNumeric(valueText)) }
                guard number >= 0 else { throw error(line, value, .negativeAmount(valueText)) }
                entry.value = number
            }
        case .phase:
            guard let value, !valueText.isEmpty else { throw error(line, value ?? item, .missingValue) }
            guard let phase = PhaseKind(rawValue: valueText.lowercased()) else { throw error(line, value, .unknownPhase(valueText)) }
            entry.phase = phase
        case .note:
            if !valueText.isEmpty { entry.note = valueText }
        }
        if let time, !time.text.isEmpty {
            guard Self.isTime(time.text) else { throw error(line, time, .badTime(time.text)) }
            entry.time = time.text
        }
        if let note, !note.text.isEmpty { entry.note = note.text }
        return entry
    }

    /// A plain decimal number (`3`, `2.5`, `1e1`); nil for words, `nan`, `inf`, hex.
    static func number(_ text: String) -> Double? {
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }),
            let value = Double(text), value.isFinite
        else { return nil }
        return value
    }

    /// HH:MM with hours 00–23 and minutes 00–59.
    static func isTime(_ text: String) -> Bool {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let hours = Int(parts[0]), let minutes = Int(parts[1])
        else { return false }
        return hours < 24 && minutes < 60
    }
}
