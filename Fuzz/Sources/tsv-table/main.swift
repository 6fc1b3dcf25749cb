import Foundation
import FuzzSupport
import GutSkinCore
import GutSkinFormats

/// Fuzzes classic TSV feature tables (`ClassicTSVTable.read`, as `biom convert --to-tsv` writes
/// them). Properties: no crash, trap or runaway memory; a refused input gets one line naming the
/// file; a table read, written and read again is the same table (ids, values, taxonomy).
@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let path = FuzzFile.write(Fuzzer.data(bytes, count), name: "input.tsv")
    let table: FeatureTable
    do {
        table = try ClassicTSVTable.read(path: path)
    } catch {
        FuzzProperty.expectOneLineError(error, file: path)
        return 0
    }
    let written = ClassicTSVTable.string(table)
    FuzzProperty.expectRoundTrip(table, written: written, format: "classic TSV table") {
        try ClassicTSVTable.parse(text: written, file: "rewritten.tsv")
    }
    return 0
}

Fuzzer.run(testOneInput)
