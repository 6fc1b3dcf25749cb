import Foundation
import FuzzSupport
import GutSkinAxis
import GutSkinCore
import GutSkinFormats

/// Fuzzes a person's timeline inputs: the first line is an event as `gutskin report --event` and
/// the service's events take it (`TimelineEvent(parsing:)`, `label=YYYY-MM-DD`), the rest is the
/// `--timeline` metadata, followed for the first row's person by its second column, dated by its
/// last (`PersonTimeline.Selection`). Properties: no crash, trap or runaway memory; refusals are
/// one line (naming the metadata file where there is one); an event read has a trimmed, non-empty
/// label and a real day, and reads back the same from its JSON and from `label=day` text; the
/// samples found are the person's, in metadata order, each dated as its cell reads.
@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = Fuzzer.data(bytes, count)
    let split = data.firstIndex(of: 10) ?? data.endIndex
    checkEvent(String(decoding: data[data.startIndex..<split], as: UTF8.self))
    let rest = split < data.endIndex ? data[(split + 1)...] : Data()
    checkSelection(FuzzFile.write(Data(rest), name: "timeline.tsv"))
    return 0
}

private func checkEvent(_ text: String) {
    let event: TimelineEvent
    do {
        event = try TimelineEvent(parsing: text)
    } catch {
        let message = String(describing: error)
        if message.contains(where: \.isNewline) && !text.contains(where: \.isNewline) { FuzzProperty.fail("one-line error", message) }
        if message.trimmingCharacters(in: .whitespaces).isEmpty { FuzzProperty.fail("one-line error", "empty message") }
        return
    }
    if event.label.isEmpty || event.label != event.label.trimmingCharacters(in: .whitespaces) {
        FuzzProperty.fail("event label", "'\(event.label)' from '\(text)'")
    }
    if TimelineDay(year: event.date.year, month: event.date.month, day: event.date.day) == nil {
        FuzzProperty.fail("event day", "\(event.date) from '\(text)'")
    }
    FuzzProperty.expectRoundTrip(event, written: "\(event.label)=\(event.date)", format: "event text") {
        try TimelineEvent(parsing: "\(event.label)=\(event.date)")
    }
    let json = (try? JSONEncoder().encode(event)) ?? Data()
    FuzzProperty.expectRoundTrip(event, written: String(decoding: json, as: UTF8.self), format: "event JSON") {
        try JSONDecoder().decode(TimelineEvent.self, from: json)
    }
}

private func checkSelection(_ path: String) {
    guard let metadata = try? MetadataTSV.read(path: path), metadata.columns.count >= 2, !metadata.ids.isEmpty,
        let subject = metadata.columns[0].values[0]
    else { return }  // the metadata reader is fuzzed on its own (target `metadata`)
    let selection = PersonTimeline.Selection(
        metadata: metadata, file: path, individualColumn: metadata.columns[0].name, subject: subject,
        dateColumn: metadata.columns[metadata.columns.count - 1].name)
    let inTable = Array(metadata.ids.enumerated().filter { $0.offset % 3 != 2 }.map(\.element))
    let found: [(sample: String, date: TimelineDay)]
    do {
        found = try selection.samples(in: inTable, table: "table.biom")
    } catch {
        FuzzProperty.expectOneLineError(error, file: path)
        return
    }
    let expected = metadata.ids.indices.filter { metadata.columns[0].values[$0] == subject && inTable.contains(metadata.ids[$0]) }
    if found.map(\.sample) != expected.map({ metadata.ids[$0] }) {
        FuzzProperty.fail("timeline samples", "found \(found.map(\.sample)), expected \(expected.map { metadata.ids[$0] })")
    }
    for (row, sample) in zip(expected, found) {
        let cell = metadata.columns[metadata.columns.count - 1].values[row] ?? ""
        if TimelineDay(parsing: cell) != sample.date { FuzzProperty.fail("timeline day", "'\(cell)' read as \(sample.date)") }
    }
}

Fuzzer.run(testOneInput)
