import Foundation
import FuzzSupport
import GutSkinCore
import GutSkinFormats
import GutSkinAxis

/// Fuzzes gut–skin references (`GutSkinReference(jsonData:file:)`, the JSON that
/// `gutskin reference build` writes). Properties: no crash, trap or runaway memory; a refused input
/// gets one line naming the file; a reference read, written (`jsonData()`) and read again is the same.
@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let file = "fuzz-reference.json"
    let reference: GutSkinReference
    do {
        reference = try GutSkinReference(jsonData: Fuzzer.data(bytes, count), file: file)
    } catch {
        FuzzProperty.expectOneLineError(error, file: file)
        return 0
    }
    let written: Data
    do {
        written = try reference.jsonData()
    } catch {
        FuzzProperty.fail("reference round trip", "a reference that reads cannot be written: \(error)")
    }
    FuzzProperty.expectRoundTrip(reference, written: String(decoding: written, as: UTF8.self), format: "reference") {
        try GutSkinReference(jsonData: written, file: "rewritten.json")
    }
    return 0
}

Fuzzer.run(testOneInput)
