import Foundation
import GutSkinDiary

/// One day of the diary page's form — the date, ticked and typed foods and products, symptom scores
/// (each may be left unscored), stool form and a note — turned into entries by the diary reader, so a
/// day logged on the page is checked exactly as a diary file is (docs/diary.md).
struct DiaryDayForm {
    var date: String
    var foods: [String]
    var products: [String]
    /// Symptom → its score as sent; a symptom marked "not scored today" is absent.
    var scores: [String: String]
    /// Bristol stool form as sent; empty when not recorded.
    var stool: String
    var note: String

    static let symptoms = SymptomScale.standardSymptoms
    static let stoolItem = "stool"
    static let maxItemLength = 200
    static let maxEntries = 80

    /// The built-in tags offered as products (things put on the skin or taken); the other tags are foods.
    static let productTags: Set<String> = ["probiotic", "antibiotic", "new cleanser or moisturiser", "fragranced product"]
    static var foodTags: [String] { TagVocabulary.standard.keywords.map(\.tag).filter { !productTags.contains($0) } }
    static var productTagList: [String] { TagVocabulary.standard.keywords.map(\.tag).filter { productTags.contains($0) } }

    /// Bristol stool scale forms (Lewis & Heaton 1997, doi:10.3109/00365529709011203), for the form's choices.
    static let stoolForms = [
        "separate hard lumps", "lumpy sausage", "sausage with cracks", "smooth, soft sausage", "soft blobs with clear edges",
        "mushy, ragged pieces", "watery, no solid pieces",
    ]

    init(date: String, foods: [String] = [], products: [String] = [], scores: [String: String] = [:], stool: String = "", note: String = "")
    {
        self.date = date
        self.foods = Self.distinct(foods)
        self.products = Self.distinct(products)
        self.scores = scores
        self.stool = stool
        self.note = note
    }

    /// The posted form: `date`, `food`/`product` (one per ticked box), `food_other`/`product_other`
    /// (comma-separated), one field per symptom with `skip_<symptom>` to leave it unscored, `stool`, `note`.
    init(pairs: FormPairs) {
        func trimmed(_ text: String?) -> String { (text ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        func typed(_ text: String?) -> [String] { (text ?? "").split(separator: ",").map { trimmed(String($0)) } }
        var scores: [String: String] = [:]
        for symptom in Self.symptoms where pairs["skip_\(symptom)"] == nil {
            if let value = pairs[symptom] { scores[symptom] = trimmed(value) }
        }
        self.init(
            date: trimmed(pairs["date"]), foods: pairs.all("food") + typed(pairs["food_other"]),
            products: pairs.all("product") + typed(pairs["product_other"]), scores: scores, stool: trimmed(pairs["stool"]),
            note: trimmed(pairs["note"]))
    }

    /// A logged day's entries back in the form (to edit them).
    init(day: String, diary: Diary) {
        var scores: [String: String] = [:]
        var stool = ""
        var note = ""
        for entry in diary.entries where entry.kind == .symptom {
            let text = entry.value.map { $0 == $0.rounded() ? String(Int($0)) : String($0) } ?? ""
            if SymptomScale.of(entry.item) == .bristol { stool = text } else { scores[entry.item.lowercased()] = text }
        }
        for entry in diary.entries where entry.kind == .note {
            note = [note, entry.note ?? entry.item].filter { !$0.isEmpty }.joined(separator: " ")
        }
        self.init(
            date: day, foods: diary.entries.filter { $0.kind == .food }.map(\.item),
            products: diary.entries.filter { $0.kind == .product }.map(\.item), scores: scores, stool: stool, note: note)
    }

    /// The day's entries, read by the diary reader; a bad value is a 400 naming the field. `today`
    /// bounds the date: from ten years before it to the day after (a time zone ahead).
    func diary(today: DiaryDate) throws(ServiceError) -> Diary {
        var rows: [(field: String, object: [String: Any])] = []
        func add(_ field: String, _ kind: DiaryKind, _ item: String, _ value: String? = nil) {
            var object: [String: Any] = ["date": date, "kind": kind.rawValue, "item": item]
            if let value { object["value"] = value }
            rows.append((field, object))
        }
        for food in foods.filter({ !$0.isEmpty }) { add("Foods", .food, food) }
        for product in products.filter({ !$0.isEmpty }) { add("Products", .product, product) }
        for symptom in Self.symptoms { if let score = scores[symptom] { add(symptom.capitalized, .symptom, symptom, score) } }
        if !stool.isEmpty { add("Stool form", .symptom, Self.stoolItem, stool) }
        if !note.isEmpty { add("Note", .note, "note", note) }
        if let long = (foods + products + [note]).first(where: { $0.count > Self.maxItemLength }) {
            throw ServiceError(.badRequest, "'\(long.prefix(40))…' is longer than \(Self.maxItemLength) characters")
        }
        guard rows.count <= Self.maxEntries else {
            throw ServiceError(.badRequest, "a day holds at most \(Self.maxEntries) entries; this one has \(rows.count)")
        }
        guard !rows.isEmpty else {
            guard DiaryDate(date) != nil else { throw ServiceError(.badRequest, "Date: '\(date)' is not a date; write YYYY-MM-DD") }
            throw ServiceError(.badRequest, "Nothing to keep for \(date): tick a food or product, or score a symptom")
        }
        let data: Data
        do { data = try JSONSerialization.data(withJSONObject: ["entries": rows.map(\.object)]) } catch {
            throw ServiceError(.badRequest, "the form could not be read")
        }
        do {
            let diary = try Diary.parse(data: data, file: "the form", format: .json)
            if let day = diary.entries.first?.date, day.dayNumber > today.dayNumber + 1 || day.dayNumber < today.dayNumber - 3650 {
                throw ServiceError(.badRequest, "Date: \(day) is not within the last ten years")
            }
            return diary
        } catch let error as ServiceError {
            throw error
        } catch let error as DiaryError {
            let field = error.columnName == "date" ? "Date" : error.line.map { rows[max(0, min(rows.count - 1, $0 - 1))].field } ?? "Form"
            throw ServiceError(.badRequest, "\(field): \(error.reason)")
        } catch {
            throw ServiceError(.badRequest, "the form could not be read")
        }
    }

    /// Items without repeats (compared case-insensitively, blanks dropped), first spelling kept.
    static func distinct(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter {
            !$0.isEmpty && seen.insert($0.lowercased()).inserted
        }
    }
}
