import Foundation
import FuzzSupport
import GutSkinCore
import GutSkinFormats
import GutSkinAxis

/// Fuzzes questionnaires (`QuestionnaireFile.read`: a JSON object or question<TAB>answer lines).
/// Properties: no crash, trap or runaway memory; a refused input gets one line naming the file.
@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let path = FuzzFile.write(Fuzzer.data(bytes, count), name: "input.json")
    do {
        _ = try QuestionnaireFile.read(path: path)
    } catch {
        FuzzProperty.expectOneLineError(error, file: path)
    }
    return 0
}

Fuzzer.run(testOneInput)
