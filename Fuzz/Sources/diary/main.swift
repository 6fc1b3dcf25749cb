import Foundation
import FuzzSupport
import GutSkinDiary

/// Fuzzes diaries (`Diary.parse`: the TSV form, the JSON form and the plain CSV import; each input
/// is read as all three, and once more with the form guessed from the content). Properties: no
/// crash, trap or runaway memory; a refused input gets one line naming the file; a diary read and
/// written as TSV (what `gutskin diary import` writes) or as JSON reads back as the same entries.
@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = Fuzzer.data(bytes, count)
    let forms: [(String, Diary.Format?)] = [("input.tsv", .tsv), ("input.json", .json), ("input.csv", .csv), ("input", nil)]
    for (file, format) in forms {
        let diary: Diary
        do {
            diary = try Diary.parse(data: data, file: file, format: format)
        } catch {
            FuzzProperty.expectOneLineError(error, file: file)
            continue
        }
        // Line numbers say where an entry came from, so they differ between forms; all else must not.
        func unnumbered(_ diary: Diary) -> [DiaryEntry] {
            diary.entries.map {
                var entry = $0
                entry.line = 0
                return entry
            }
        }
        // The TSV form cannot hold a tab or a line end in free text: they become spaces, and the
        // spaces around a cell are trimmed when it is read (docs/diary.md).
        let flattened = unnumbered(diary).map {
            var entry = $0
            func flat(_ text: String) -> String {
                let spaced = String(String.UnicodeScalarView(text.unicodeScalars.map { "\t\n\r".unicodeScalars.contains($0) ? " " : $0 }))
                return spaced.trimmingCharacters(in: CharacterSet(charactersIn: " "))
            }
            entry.item = flat(entry.item)
            entry.note = entry.note.map(flat).flatMap { $0.isEmpty ? nil : $0 }  // an empty cell reads as no note
            return entry
        }
        let tsv = diary.tsv()
        FuzzProperty.expectRoundTrip(flattened, written: tsv, format: "diary TSV (from \(file))") {
            unnumbered(try Diary.parse(text: tsv, file: "rewritten.tsv", format: .tsv))
        }
        let json = diary.json()
        FuzzProperty.expectRoundTrip(unnumbered(diary), written: String(decoding: json, as: UTF8.self), format: "diary JSON (from \(file))")
        {
            unnumbered(try Diary.parse(data: json, file: "rewritten.json", format: .json))
        }
    }
    return 0
}

Fuzzer.run(testOneInput)
