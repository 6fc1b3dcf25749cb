import Foundation
import FuzzSupport
import GutSkinCore
import GutSkinFormats

/// Fuzzes ordination files (`OrdinationFile.read`, scikit-bio's ordination text format).
/// Properties: no crash, trap or runaway memory (a shape line may claim any size); a refused input
/// gets one line naming the file; results read, written and read again are the same results.
@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let path = FuzzFile.write(Fuzzer.data(bytes, count), name: "input.txt")
    let results: OrdinationResults
    do {
        results = try OrdinationFile.read(path: path)
    } catch {
        FuzzProperty.expectOneLineError(error, file: path)
        return 0
    }
    let written = OrdinationFile.string(results)
    FuzzProperty.expectRoundTrip(results, written: written, format: "ordination") {
        try OrdinationFile.parse(text: written, file: "rewritten.txt")
    }
    return 0
}

Fuzzer.run(testOneInput)
