import Foundation
import FuzzSupport
import GutSkinCore
import GutSkinFormats

/// Fuzzes feature taxonomy files (`TaxonomyTSV.read`: QIIME 2's Feature ID / Taxon TSV).
/// Properties: no crash, trap or runaway memory; a refused input gets one line naming the file.
@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let path = FuzzFile.write(Fuzzer.data(bytes, count), name: "input.tsv")
    do {
        _ = try TaxonomyTSV.read(path: path)
    } catch {
        FuzzProperty.expectOneLineError(error, file: path)
    }
    return 0
}

Fuzzer.run(testOneInput)
