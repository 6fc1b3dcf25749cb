import Foundation
import GutSkinDiary
import Testing

/// What `gutskin diary import` writes (`Diary.tsv()`) reads back as the same entries: free text
/// with tabs or line ends is flattened to spaces and trimmed, never split into extra cells or rows.
@Suite struct DiaryExportTests {
    /// The diary fuzz target's finding (issue 16): a CSV cell "st" followed by 20 tabs was kept with
    /// its tabs, written as "st" and 20 spaces, and read back as "st" — a different item.
    @Test func csvCellWithTrailingTabsRoundTrips() throws {
        let csv = "date,item,kind,value\n2026-03-02,st" + String(repeating: "\t", count: 20) + ",symptom,4\n"
        let diary = try Diary.parse(text: csv, file: "fuzz.csv")
        #expect(diary.entries.map(\.item) == ["st"])
        let again = try Diary.parse(text: diary.tsv(), file: "again.tsv")
        #expect(again.entries.map(\.item) == ["st"])
    }

    /// A line end inside JSON text (CR, which the TSV reader splits lines on, or CRLF) becomes a space.
    @Test func lineEndsInJSONTextStayInOneRow() throws {
        let json = #"[{"date": "2026-03-01", "kind": "food", "item": "rice\r\nwhite", "note": " late\rdinner "}]"#
        let diary = try Diary.parse(text: json, file: "d.json")
        let again = try Diary.parse(text: diary.tsv(), file: "again.tsv")
        #expect(again.entries.count == 1)
        #expect(again.entries.first?.item == "rice  white")
        #expect(again.entries.first?.note == "late dinner")
    }
}
