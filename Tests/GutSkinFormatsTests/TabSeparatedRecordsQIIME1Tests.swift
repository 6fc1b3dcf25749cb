import Testing

@testable import GutSkinFormats

/// The byte-level QIIME 1 scan against the Character-level one it replaced (kept here as the
/// reference): same lines, same line numbers, same cells, on texts built from the pieces that
/// make the two differ if anything does: CR, LF, CRLF, tabs, quotes, Python-only white space,
/// a BOM, non-ASCII letters and combining marks right after quotes.
@Suite struct TabSeparatedRecordsQIIME1Tests {
    static let pieces = [
        "a", "Z9", " ", "\t", "\n", "\r", "\r\n", "\"", "\"\u{301}", "é", "\u{1C}", "\u{0B}", "\u{A0}", "#SampleID", "µ",
        "\u{FEFF}", "日本", "x\u{301}", "\t\t",
    ]

    @Test func agreesWithTheCharacterLevelScanOnRandomTexts() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            let count = Int.random(in: 0...40, using: &generator)
            let text = (0..<count).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            let fast = TabSeparatedRecords.scanQIIME1(text)
            let reference = Self.characterLevelScan(text)
            #expect(fast.map(\.line) == reference.map(\.line), "lines differ for \(text.debugDescription)")
            #expect(fast.map(\.cells) == reference.map(\.cells), "cells differ for \(text.debugDescription)")
        }
    }

    @Test func handlesTheEdgesOfLinesAndCells() {
        let records = TabSeparatedRecords.scanQIIME1("\u{FEFF}#SampleID\t\"x\" \r\n\r\ns1\t \u{1C}b\u{1F}\t\"\u{301}\rlast")
        #expect(records.map(\.line) == [1, 2, 3, 4])
        #expect(records.map(\.cells) == [["#SampleID", "x"], [], ["s1", "b", "\"\u{301}"], ["last"]])
    }

    /// The scan as gutskin wrote it before: Characters throughout.
    static func characterLevelScan(_ text: String) -> [TabSeparatedRecords.Record] {
        var body = Substring(text)
        if body.hasPrefix("\u{FEFF}") { body = body.dropFirst() }
        var records: [TabSeparatedRecords.Record] = []
        let lines = body.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
        for (offset, line) in lines.enumerated() {
            if offset == lines.count - 1 && line.isEmpty { break }
            if line.isEmpty {
                records.append(TabSeparatedRecords.Record(line: offset + 1, cells: []))
                continue
            }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map { cell in
                String(cell.filter { $0 != "\"" }).trimmingPythonWhitespace()
            }
            records.append(TabSeparatedRecords.Record(line: offset + 1, cells: cells))
        }
        return records
    }
}
