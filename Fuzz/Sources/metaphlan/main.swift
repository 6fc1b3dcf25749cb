import Foundation
import FuzzSupport
import GutSkinCore
import GutSkinFormats

/// Fuzzes MetaPhlAn relative-abundance profiles (`MetaPhlAnProfile.read`). Properties: no crash,
/// trap or runaway memory; a refused input gets one line naming the file; every value read is
/// finite and not negative. (gutskin writes no MetaPhlAn profiles, so there is no round trip.)
@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let path = FuzzFile.write(Fuzzer.data(bytes, count), name: "input.txt")
    do {
        let table = try MetaPhlAnProfile.read(path: path)
        if let bad = table.values.first(where: { !$0.isFinite || $0 < 0 }) {
            FuzzProperty.fail("finite, non-negative values", "read \(bad)")
        }
    } catch {
        FuzzProperty.expectOneLineError(error, file: path)
    }
    return 0
}

Fuzzer.run(testOneInput)
