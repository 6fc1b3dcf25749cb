import GutSkinFormats

/// Why a person's timeline could not be made: one line naming the file, column, sample or text.
public enum TimelineError: Error, CustomStringConvertible, Equatable {
    case eventWithoutDate(String)
    case eventWithoutLabel(String)
    case badEventDate(event: String, value: String)
    case missingColumn(file: String, column: String, available: [String])
    case unknownSubject(file: String, column: String, subject: String, examples: [String], count: Int)
    case badDate(file: String, column: String, sample: String, value: String)
    case noSamplesInTable(file: String, subject: String, table: String)

    /// One line, whatever the file's cells or the event's text hold (form feeds, line ends).
    public var description: String { OneLine.text(message) }

    private var message: String {
        switch self {
        case .eventWithoutDate(let text):
            "event '\(text)' has no '=': write it as 'what happened=YYYY-MM-DD', e.g. 'probiotic started=2026-03-01'"
        case .eventWithoutLabel(let text):
            "event '\(text)' has no words before '=': say what happened, e.g. 'probiotic started=2026-03-01'"
        case .badEventDate(let event, let value):
            "event '\(event)': '\(value)' is not a day as YYYY-MM-DD (1900–2100)"
        case .missingColumn(let file, let column, let available):
            "\(file): no column '\(column)' (columns: \(Self.list(available, limit: 8)))"
        case .unknownSubject(let file, let column, let subject, let examples, let count):
            "\(file): no sample has '\(subject)' in column '\(column)' (\(count) \(count == 1 ? "person" : "people"), e.g. \(Self.list(examples, limit: 5)))"
        case .badDate(let file, let column, let sample, let value):
            "\(file): column '\(column)', sample '\(sample)': '\(value)' is not a day as YYYY-MM-DD"
        case .noSamplesInTable(let file, let subject, let table):
            "\(file): none of subject '\(subject)''s dated samples is in \(table)"
        }
    }

    static func list(_ values: [String], limit: Int) -> String {
        values.prefix(limit).joined(separator: ", ") + (values.count > limit ? ", … (\(values.count - limit) more)" : "")
    }
}
