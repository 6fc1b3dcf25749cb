import Foundation
import GutSkinFormats

/// Reads the diary's JSON form: `{"entries": [{"date": "2026-03-01", "kind": "food", "item": "pizza",
/// "value": 1, "time": "12:30", "note": "…"}, …]}` (or the bare array). `value` may be a number or,
/// for phases, a word. Errors name the entry (1-based) and the key.
enum DiaryJSON {
    static func parse(data: Data, file: String) throws(DiaryError) -> [DiaryEntry] {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            throw DiaryError(file: file, .badJSON("not valid JSON: " + JSONSyntaxPlace.describe(error, in: data)))
        }
        let list: [Any]
        if let array = object as? [Any] {
            list = array
        } else if let dictionary = object as? [String: Any], let array = dictionary["entries"] as? [Any] {
            list = array
        } else {
            throw DiaryError(file: file, .badJSON("expected an object with an \"entries\" array, or an array of entries"))
        }
        let reader = DiaryRowReader(file: file, isEntry: true)
        var entries: [DiaryEntry] = []
        for (index, element) in list.enumerated() {
            let number = index + 1
            guard let fields = element as? [String: Any] else {
                throw DiaryError(file: file, line: number, isEntry: true, .badJSON("an entry must be an object"))
            }
            for key in fields.keys where !(DiaryTSV.requiredColumns + DiaryTSV.optionalColumns).contains(key) {
                throw DiaryError(file: file, line: number, columnName: key, isEntry: true, .unknownColumn(key))
            }
            func cell(_ name: String) throws(DiaryError) -> DiaryRowReader.Cell? {
                guard let value = fields[name], !(value is NSNull) else { return nil }
                if let text = value as? String { return .init(text: text, column: nil, name: name) }
                if let number = value as? NSNumber {
                    return .init(text: Diary.number(number.doubleValue), column: nil, name: name)
                }
                throw DiaryError(file: file, line: number, columnName: name, isEntry: true, .badJSON("expected text or a number"))
            }
            func required(_ name: String) throws(DiaryError) -> DiaryRowReader.Cell {
                guard let found = try cell(name) else {
                    if name == "item" { return .init(text: "", column: nil, name: name) }
                    throw DiaryError(file: file, line: number, columnName: name, isEntry: true, .badJSON("'\(name)' is missing"))
                }
                return found
            }
            entries.append(
                try reader.entry(
                    line: number, date: try required("date"), kind: try required("kind"), item: try required("item"),
                    value: try cell("value"), time: try cell("time"), note: try cell("note")))
        }
        guard !entries.isEmpty else { throw DiaryError(file: file, .noEntries) }
        return entries
    }

    /// The entries as the JSON form (sorted keys), for the service and for export.
    static func encode(_ entries: [DiaryEntry]) -> Data {
        let list: [[String: Any]] = entries.map { entry in
            var object: [String: Any] = ["date": entry.date.description, "kind": entry.kind.rawValue, "item": entry.item]
            if let phase = entry.phase { object["value"] = phase.rawValue } else if let value = entry.value { object["value"] = value }
            if let time = entry.time { object["time"] = time }
            if let note = entry.note { object["note"] = note }
            return object
        }
        return (try? JSONSerialization.data(withJSONObject: ["entries": list], options: [.sortedKeys, .prettyPrinted])) ?? Data()
    }
}
