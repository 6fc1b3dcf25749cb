import Foundation

/// Something that happened to a person on a day — a probiotic started, a diet changed, a course
/// of antibiotics — drawn on their timeline. Given on the command line as `'label=YYYY-MM-DD'`.
public struct TimelineEvent: Sendable, Equatable, Codable {
    public var label: String
    public var date: TimelineDay

    public init(label: String, date: TimelineDay) {
        self.label = label
        self.date = date
    }

    /// Parses `label=YYYY-MM-DD` (the last `=` splits, so a label may hold one).
    public init(parsing text: String) throws(TimelineError) {
        guard let equals = text.lastIndex(of: "=") else { throw .eventWithoutDate(text) }
        let label = text[..<equals].trimmingCharacters(in: .whitespaces)
        let dateText = String(text[text.index(after: equals)...])
        guard !label.isEmpty else { throw .eventWithoutLabel(text) }
        guard let day = TimelineDay(parsing: dateText) else { throw .badEventDate(event: text, value: dateText) }
        self.init(label: label, date: day)
    }
}
