import Foundation
import GutSkinCore
import GutSkinDiary
import Testing

/// Every malformed diary under `Malformed/` fails with one line naming the file and the place;
/// the expected messages were written by hand from docs/diary.md.
@Suite struct MalformedDiaryTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Malformed")

    /// File → the message after "PATH: ".
    static let expected: [String: String] = [
        "bad-date.tsv": "line 3, column 1 (date): '2026-02-30' is not a date; write YYYY-MM-DD (e.g. 2026-03-01)",
        "unknown-kind.tsv": "line 2, column 2 (kind): unknown kind 'drink' (kinds: food, product, symptom, note, phase)",
        "severity-out-of-scale.tsv": "line 2, column 4 (value): itch 12 is outside the 0–10 severity scale",
        "bristol-out-of-scale.tsv": "line 2, column 4 (value): stool 8 is outside the Bristol stool scale (whole numbers 1–7)",
        "bristol-not-whole.tsv": "line 2, column 4 (value): stool 3.5 is outside the Bristol stool scale (whole numbers 1–7)",
        "severity-not-a-number.tsv": "line 2, column 4 (value): 'bad' is not a number",
        "severity-missing.tsv":
            "line 2, column 4 (value): value is missing (a symptom needs its severity; a phase needs elimination, reintroduction or end)",
        "negative-amount.tsv": "line 2, column 4 (value): amount '-1' is negative (amounts are 0 or more; 0: not eaten or used)",
        "unknown-phase.tsv": "line 2, column 4 (value): unknown phase 'pause' (phases: elimination, reintroduction, end)",
        "bad-time.tsv": "line 2, column 5 (time): '25:00' is not a time of day; write HH:MM (e.g. 08:30)",
        "missing-item.tsv":
            "line 2, column 3 (item): the item is empty (name the food, product, symptom or phase item)",
        "missing-value-column.tsv":
            "line 1: the header has no 'value' column (columns: date, kind, item, value, optional time and note; tab-separated)",
        "unknown-column.tsv": "line 1, column 5: unknown column 'amount' (columns: date, kind, item, value, optional time and note)",
        "too-many-fields.tsv": "line 2, column 7: row has 7 fields but the header has 6",
        "no-entries.tsv": "no entries (the file is empty or holds only a header, comments and blank lines)",
        "csv-bad-date.csv": "line 3, column 1 (date): '03/01/2026' is not a date; write YYYY-MM-DD (e.g. 2026-03-01)",
        "csv-out-of-scale.csv": "line 2, column 4 (value): itch, left cheek 11 is outside the 0–10 severity scale",
        "json-unknown-kind.json": "entry 2 (kind): unknown kind 'snack' (kinds: food, product, symptom, note, phase)",
        "json-out-of-scale.json": "entry 1 (value): itch 11 is outside the 0–10 severity scale",
        "span-typo-year.tsv":
            "line 3 (date): the diary spans 13151 days (2026-03-01 to 2062-03-02); at most 3660 are analysed — is 2062-03-02 a typo?",
    ]

    static var files: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    @Test func everyFileHasAnExpectedMessage() {
        #expect(Self.files.count >= 20)
        for file in Self.files where file != "json-syntax.json" { #expect(Self.expected[file] != nil, "no expected message for \(file)") }
    }

    @Test(arguments: files)
    func failsWithOneLineNamingFileAndPlace(file: String) {
        let path = Self.folder.appendingPathComponent(file).path
        do {
            _ = try Diary.read(path: path)
            Issue.record("\(file) was read without error")
        } catch {
            let message = error.description
            #expect(!message.contains("\n"))
            #expect(message.hasPrefix(path + ": "))
            if let expected = Self.expected[file] {
                #expect(message == "\(path): \(expected)")
            } else {
                #expect(message.contains("line 2, column"), "JSON syntax errors name the line and column: \(message)")
            }
        }
    }
}

/// Random bytes and mangled diaries never trap the reader: they parse or throw a one-line `DiaryError`.
@Suite struct DiaryReaderRobustnessTests {
    @Test func mangledInputThrowsOrParses() {
        var generator = SeededRandomNumberGenerator(seed: 17)
        let valid = "date\tkind\titem\tvalue\ttime\tnote\n2026-03-01\tfood\tcheese pizza\t\t19:30\t\n2026-03-01\tsymptom\titch\t4\t\t\n"
        let alphabet = Array("\t\n\r,\"{}[]:-0123456789.eE abcdefghijklmnopqrstuvwxyz#é\u{0}")
        for round in 0..<400 {
            var text = Array(valid)
            for _ in 0..<(1 + round % 6) {
                let index = Int.random(in: 0..<text.count, using: &generator)
                if Bool.random(using: &generator) {
                    text[index] = alphabet.randomElement(using: &generator)!
                } else {
                    text.remove(at: index)
                }
            }
            for format in [Diary.Format.tsv, .csv, .json] {
                do {
                    _ = try Diary.parse(text: String(text), file: "fuzz", format: format)
                } catch {
                    #expect(!error.description.contains("\n") && error.description.hasPrefix("fuzz"))
                }
            }
        }
    }
}
