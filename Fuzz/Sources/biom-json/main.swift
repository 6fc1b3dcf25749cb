import Foundation
import FuzzSupport
import GutSkinCore
import GutSkinFormats

/// Fuzzes BIOM 1.0 JSON tables (`BIOMJSON.read`). Properties: no crash, trap or runaway memory; a
/// refused input gets one line naming the file; a table read, written and read again is the same table.
@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let path = FuzzFile.write(Fuzzer.data(bytes, count), name: "input.json")
    let table: FeatureTable
    do {
        table = try BIOMJSON.read(path: path)
    } catch {
        FuzzProperty.expectOneLineError(error, file: path)
        return 0
    }
    let written = BIOMJSON.string(table, generatedBy: "gutskin-fuzz")
    FuzzProperty.expectRoundTrip(table, written: written, format: "BIOM JSON") {
        try BIOMJSON.parse(data: Data(written.utf8), file: "rewritten.json")
    }
    return 0
}

Fuzzer.run(testOneInput)
