import Foundation
import GutSkinCore

/// libFuzzer entry point for `ClassicTSVTable.parse` (built by `scripts/fuzz.sh tsv-table`).
/// Properties: never crashes or traps; errors are one line; a parsed table written back and
/// re-read is the same table.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzClassicTSVTable(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = InputFile.decodeText(Data(UnsafeBufferPointer(start: start, count: count)))
    do {
        let table = try ClassicTSVTable.parse(text: text, file: "fuzz.tsv")
        let again = try ClassicTSVTable.parse(text: ClassicTSVTable.string(table), file: "rewritten.tsv")
        if again.sampleTotals != table.sampleTotals || again.nonzeroCount != table.nonzeroCount {
            preconditionFailure("round trip changed the table")
        }
    } catch {
        if error.description.contains("\n") { preconditionFailure("multi-line error: \(error.description)") }
    }
    return 0
}
