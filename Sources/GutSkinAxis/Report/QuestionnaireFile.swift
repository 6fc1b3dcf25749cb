import Foundation
import GutSkinFormats

/// Reads a `Questionnaire` from JSON (an object) or TSV (`question<TAB>answer` lines, `#`
/// comments and blank lines allowed), telling the format by the first non-blank character.
public enum QuestionnaireFile {
    public static func read(path: String) throws(QuestionnaireError) -> Questionnaire {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw QuestionnaireError(file: path, place: nil, message: "cannot be read (no such file, or not readable)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw QuestionnaireError(file: path, place: nil, message: "is not UTF-8 text")
        }
        return try parse(text: text, file: path)
    }

    public static func parse(text: String, file: String) throws(QuestionnaireError) -> Questionnaire {
        let trimmed = text.trimmingWhitespace()
        var answers = [(key: String, value: Any, place: String)]()
        if trimmed.hasPrefix("{") {
            if let syntax = JSONSyntaxPlace.check(Data(text.utf8)) {
                throw QuestionnaireError(file: file, place: nil, message: "is not valid JSON: \(syntax)")
            }
            guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
                throw QuestionnaireError(file: file, place: nil, message: "is not a valid JSON object")
            }
            for key in object.keys.sorted() { answers.append((key, object[key]!, "key \"\(key)\"")) }
        } else {
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let content = line.trimmingWhitespace()
                if content.isEmpty || content.hasPrefix("#") { continue }
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingWhitespace() }
                guard fields.count == 2 else {
                    throw QuestionnaireError(
                        file: file, place: "line \(number + 1)",
                        message: "expected 'question<TAB>answer', found \(fields.count) field\(fields.count == 1 ? "" : "s")")
                }
                if fields[0] == "question" && fields[1] == "answer" { continue }
                answers.append((fields[0], fields[1], "line \(number + 1)"))
            }
        }
        var questionnaire = Questionnaire()
        for (key, value, place) in answers {
            func fail(_ message: String) -> QuestionnaireError { QuestionnaireError(file: file, place: place, message: message) }
            switch key {
            case "plant_types_per_week":
                guard let number = number(value), (0...1_000).contains(number), let whole = Int(exactly: number) else {
                    throw fail("plant_types_per_week must be a whole number from 0 to 1000")
                }
                questionnaire.plantTypesPerWeek = whole
            case "fibre_grams_per_day":
                guard let number = number(value), (0...1_000).contains(number) else {
                    throw fail("fibre_grams_per_day must be a number of grams from 0 to 1000")
                }
                questionnaire.fibreGramsPerDay = number
            case "dairy", "sugary_foods":
                guard let text = value as? String, let frequency = Questionnaire.Frequency(rawValue: text) else {
                    throw fail("\(key) must be one of \(Questionnaire.Frequency.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                if key == "dairy" { questionnaire.dairy = frequency } else { questionnaire.sugaryFoods = frequency }
            case "probiotics":
                guard let text = value as? String, let use = Questionnaire.ProbioticUse(rawValue: text) else {
                    throw fail("probiotics must be one of none, past, current")
                }
                questionnaire.probiotics = use
            case "antibiotics_last_6_months":
                if let flag = value as? Bool, !(value is NSNumber && "\(value)" != "1" && "\(value)" != "0") {
                    questionnaire.antibioticsLast6Months = flag
                } else if let text = (value as? String)?.lowercased(), ["yes", "no", "true", "false"].contains(text) {
                    questionnaire.antibioticsLast6Months = text == "yes" || text == "true"
                } else {
                    throw fail("antibiotics_last_6_months must be yes or no")
                }
            case "skin_conditions":
                var conditions = [Questionnaire.SkinCondition]()
                for item in list(value) {
                    guard let condition = Questionnaire.SkinCondition(rawValue: item) else {
                        throw fail(
                            "unknown skin condition '\(item)'; use \(Questionnaire.SkinCondition.allCases.map(\.rawValue).joined(separator: ", "))"
                        )
                    }
                    conditions.append(condition)
                }
                questionnaire.skinConditions = conditions
            case "skin_ph":
                var readings = [Double]()
                for item in list(value) {
                    // Skin-surface pH lies around 4–6; values outside 3–9 are typing or device errors.
                    guard let reading = Double(item), (3...9).contains(reading) else {
                        throw fail("skin_ph readings must be skin-surface pH values from 3 to 9, found '\(item)'")
                    }
                    readings.append(reading)
                }
                questionnaire.skinPh = readings
            default:
                throw fail("unknown question '\(key)'; known: \(Questionnaire.keys.joined(separator: ", "))")
            }
        }
        return questionnaire
    }

    private static func number(_ value: Any) -> Double? {
        if let text = value as? String { return Double(text) }
        return (value as? NSNumber)?.doubleValue
    }

    /// A JSON array, or a comma-separated TSV answer, as trimmed strings.
    private static func list(_ value: Any) -> [String] {
        if let array = value as? [Any] { return array.map { ($0 as? NSNumber)?.stringValue ?? "\($0)" }.map { $0.trimmingWhitespace() } }
        if let number = value as? NSNumber { return [number.stringValue] }
        return "\(value)".split(separator: ",").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    }
}

/// Why a questionnaire could not be read: one line naming the file and the line or key.
public struct QuestionnaireError: Error, CustomStringConvertible, Equatable {
    public let file: String
    public let place: String?
    public let message: String

    public var description: String { OneLine.text("\(file): \(place.map { "\($0): " } ?? "")\(message)") }
}
