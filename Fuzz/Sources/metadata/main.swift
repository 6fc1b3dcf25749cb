import Foundation
import FuzzSupport
import GutSkinCore
import GutSkinFormats

/// Fuzzes sample metadata (`MetadataTSV.read`: QIIME 2 metadata and QIIME 1 mapping files).
/// Properties: no crash, trap or runaway memory; a refused input gets one line naming the file;
/// metadata read, written (`MetadataTSV.format`) and read again is the same metadata — except
/// QIIME 1 mapping files whose cells hold a tab, quote or line end, which that dialect cannot quote.
@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let path = FuzzFile.write(Fuzzer.data(bytes, count), name: "input.tsv")
    let metadata: SampleMetadata
    do {
        metadata = try MetadataTSV.read(path: path)
    } catch {
        FuzzProperty.expectOneLineError(error, file: path)
        return 0
    }
    let cells = metadata.ids + metadata.columns.map(\.name) + metadata.columns.flatMap { $0.values.compactMap { $0 } }
    let unquotable = metadata.idHeader == "#SampleID" && cells.contains { $0.contains { $0 == "\t" || $0 == "\"" || $0.isNewline } }
    guard !unquotable else { return 0 }
    let written = MetadataTSV.format(metadata)
    FuzzProperty.expectRoundTrip(metadata, written: written, format: "metadata") {
        try MetadataTSV.parse(text: written, file: "rewritten.tsv")
    }
    return 0
}

Fuzzer.run(testOneInput)
