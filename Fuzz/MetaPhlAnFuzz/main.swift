import Foundation
import GutSkinCore

/// libFuzzer entry point for `MetaPhlAnProfile.parse` (built by `scripts/fuzz.sh metaphlan`).
/// Properties: never crashes or traps; errors are one line; a parsed table holds fractions
/// that are finite and non-negative.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMetaPhlAnProfile(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = InputFile.decodeText(Data(UnsafeBufferPointer(start: start, count: count)))
    do {
        let table = try MetaPhlAnProfile.parse(text: text, file: "fuzz.txt")
        if !table.values.allSatisfy({ $0.isFinite && $0 >= 0 }) { preconditionFailure("bad value in \(table)") }
    } catch {
        if error.description.contains("\n") { preconditionFailure("multi-line error: \(error.description)") }
    }
    return 0
}
