import Foundation
import GutSkinFormats

/// A person's food, product and symptom diary: its entries, read from TSV, JSON or a plain CSV
/// (docs/diary.md). Parse from a path, from `Data` or from a `String`, so a service can pass
/// what it received.
public struct Diary: Sendable, Equatable {
    /// The forms a diary is read from.
    public enum Format: String, Sendable, CaseIterable {
        case tsv, json, csv

        /// The form a file name's extension names (`.tsv`, `.txt`, `.json`, `.csv`; gzip's `.gz` looked through).
        public init?(fileName: String) {
            var name = fileName.lowercased()
            if name.hasSuffix(".gz") { name.removeLast(3) }
            let ext = URL(fileURLWithPath: name).pathExtension
            switch ext {
            case "tsv", "txt", "tab": self = .tsv
            case "json": self = .json
            case "csv": self = .csv
            default: return nil
            }
        }

        /// A guess from the content: `{` or `[` first is JSON; a tab on the first line that is not a
        /// comment TSV; else CSV.
        public init(content: String) {
            let trimmed = content.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" })
            if trimmed.first == "{" || trimmed.first == "[" {
                self = .json
            } else {
                let firstLine = DiaryTSV.lines(of: String(trimmed)).first { !$0.hasPrefix("#") && !$0.allSatisfy(\.isWhitespace) }
                self = firstLine?.contains("\t") ?? true ? .tsv : .csv
            }
        }
    }

    public var entries: [DiaryEntry]

    public init(entries: [DiaryEntry]) { self.entries = entries }

    /// Reads a diary file (gzip accepted); the form comes from the extension, else from the content.
    public static func read(path: String) throws(DiaryError) -> Diary {
        let data: Data
        do {
            data = try InputFile.read(path)
        } catch {
            throw DiaryError(file: error.file, .unreadable(error.reason))
        }
        return try parse(data: data, file: path, format: Format(fileName: path))
    }

    /// Parses diary bytes; `file` names the source in errors; nil `format`: from `file`'s extension, else the content.
    public static func parse(data: Data, file: String, format: Format? = nil) throws(DiaryError) -> Diary {
        let text = InputFile.decodeText(data)
        let chosen = format ?? Format(fileName: file) ?? Format(content: text)
        return try parse(text: text, file: file, format: chosen)
    }

    /// Parses diary text; `file` names the source in errors; nil `format`: from `file`'s extension, else the content.
    public static func parse(text: String, file: String, format: Format? = nil) throws(DiaryError) -> Diary {
        let diary: Diary
        let chosen = format ?? Format(fileName: file) ?? Format(content: text)
        switch chosen {
        case .json: diary = Diary(entries: try DiaryJSON.parse(data: Data(text.utf8), file: file))
        case .tsv: diary = Diary(entries: try DiaryTSV.parse(text: text, file: file, separator: "\t"))
        case .csv: diary = Diary(entries: try DiaryTSV.parse(text: text, file: file, separator: ","))
        }
        try diary.checkSpan(file: file, isJSON: chosen == .json)
        return diary
    }

    /// The longest diary analysed, in days (ten years): a longer span is almost always a mistyped year.
    public static let maximumDays = 3660

    /// Refuses a diary spanning more than `maximumDays`, naming the entry with the outlying date.
    func checkSpan(file: String, isJSON: Bool) throws(DiaryError) {
        guard let range = dateRange, range.upperBound.dayNumber - range.lowerBound.dayNumber >= Self.maximumDays else { return }
        let sorted = entries.map(\.date).sorted()
        let median = sorted[sorted.count / 2]
        let outlier = entries.max { abs($0.date.dayNumber - median.dayNumber) < abs($1.date.dayNumber - median.dayNumber) }!
        throw DiaryError(
            file: file, line: outlier.line, columnName: "date", isEntry: isJSON,
            .other(
                "the diary spans \(range.upperBound.dayNumber - range.lowerBound.dayNumber + 1) days (\(range.lowerBound) to "
                    + "\(range.upperBound)); at most \(Self.maximumDays) are analysed — is \(outlier.date) a typo?"))
    }

    /// The diary as TSV (the documented columns), for the CSV import and for export.
    public func tsv() -> String {
        var lines = ["date\tkind\titem\tvalue\ttime\tnote"]
        for entry in entries {
            let value = entry.phase?.rawValue ?? entry.value.map(Self.number) ?? ""
            lines.append(
                [
                    entry.date.description, entry.kind.rawValue, Self.tsvCell(entry.item), value, entry.time ?? "",
                    Self.tsvCell(entry.note ?? ""),
                ].joined(separator: "\t"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Free text as one TSV cell that reads back the same: tabs and line ends (LF, CR, CRLF, which
    /// the reader splits on) become spaces, and the spaces the reader trims are dropped.
    static func tsvCell(_ text: String) -> String {
        let flat = String(String.UnicodeScalarView(text.unicodeScalars.map { "\t\n\r".unicodeScalars.contains($0) ? " " : $0 }))
        return DiaryTSV.trim(Substring(flat))
    }

    /// The diary as its JSON form.
    public func json() -> Data { DiaryJSON.encode(entries) }

    /// `3` for whole numbers, else the shortest decimal.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    /// The first and last day with an entry.
    public var dateRange: ClosedRange<DiaryDate>? {
        guard let first = entries.map(\.date).min(), let last = entries.map(\.date).max() else { return nil }
        return first...last
    }
}
