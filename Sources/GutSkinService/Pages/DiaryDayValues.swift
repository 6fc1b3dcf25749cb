import Foundation
import GutSkinDiary

/// What the "Log a day" template shows: the form's choices (recent items first, then the built-in
/// tags, ticked when the day has them), symptom sliders, stool forms, and the recent days list.
/// `scoresKnown`: the form holds a saved or posted day, so an absent score was left unscored.
enum DiaryDayValues {
    static func make(
        form: DiaryDayForm, isLogged: Bool, scoresKnown: Bool, recentFoods: [String], recentProducts: [String], days: [DiaryLog.LoggedDay]
    ) -> [String: Any] {
        let symptoms: [[String: Any]] = DiaryDayForm.symptoms.map { symptom in
            let score = form.scores[symptom]
            return [
                "name": symptom, "label": symptom.capitalized, "value": score.flatMap { Int($0) }.map(String.init) ?? "0",
                "skipped": score == nil && scoresKnown,
            ]
        }
        let stool: [[String: Any]] = DiaryDayForm.stoolForms.enumerated().map { index, text in
            ["value": String(index + 1), "label": "\(index + 1) — \(text)", "selected": form.stool == String(index + 1)]
        }
        return [
            "date": form.date, "isLogged": isLogged,
            "foods": choices("food", chosen: form.foods, recent: recentFoods, tags: DiaryDayForm.foodTags),
            "products": choices("product", chosen: form.products, recent: recentProducts, tags: DiaryDayForm.productTagList),
            "symptoms": symptoms, "stoolForms": stool, "stoolUnrecorded": form.stool.isEmpty, "note": form.note,
            "days": days.map(dayRow), "hasDays": !days.isEmpty,
        ]
    }

    /// Tick boxes: the day's own items, then recent items, then tags (each once, case-insensitively).
    static func choices(_ field: String, chosen: [String], recent: [String], tags: [String]) -> [[String: Any]] {
        let ticked = Set(chosen.map { $0.lowercased() })
        return DiaryDayForm.distinct(chosen + recent + tags).enumerated().map { index, item in
            ["id": "\(field)-\(index)", "value": item, "checked": ticked.contains(item.lowercased()), "isTag": tags.contains(item)]
        }
    }

    /// "dairy, toast · itch 3, redness 1 · stool 4" for the list of days.
    static func dayRow(_ day: DiaryLog.LoggedDay) -> [String: Any] {
        let entries = day.diary.entries
        let things = entries.filter { $0.kind == .food || $0.kind == .product }.map(\.item)
        let scores = entries.filter { $0.kind == .symptom }.map { "\($0.item) \($0.value.map { Diary.format($0) } ?? "")" }
        let summary = [things.joined(separator: ", "), scores.joined(separator: ", ")].filter { !$0.isEmpty }.joined(separator: " · ")
        return ["id": day.record.id.uuidString.lowercased(), "day": day.record.day, "summary": summary.isEmpty ? "a note" : summary]
    }
}

extension Diary {
    /// `3` for whole numbers, else the decimal.
    static func format(_ value: Double) -> String { value == value.rounded() ? String(Int(value)) : String(value) }
}
