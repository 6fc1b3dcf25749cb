import Foundation
import FuzzSupport
import GutSkinCore
import GutSkinFormats

/// Fuzzes breath-test readings (`BreathTestTSV.read`: minutes, h2_ppm, ch4_ppm). Properties: no
/// crash, trap or runaway memory; a refused input gets one line naming the file.
@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let path = FuzzFile.write(Fuzzer.data(bytes, count), name: "input.tsv")
    do {
        _ = try BreathTestTSV.read(path: path)
    } catch {
        FuzzProperty.expectOneLineError(error, file: path)
    }
    return 0
}

Fuzzer.run(testOneInput)
