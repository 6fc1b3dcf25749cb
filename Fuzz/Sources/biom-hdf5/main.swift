import Foundation
import FuzzSupport
import GutSkinCore
import GutSkinFormats

/// Fuzzes BIOM 2.1 HDF5 tables from bytes (`BIOMHDF5.read`, through the HDF5 library). Properties:
/// no crash, trap or runaway memory; a refused input gets one line naming the file; a table read,
/// written as BIOM 2.1 and read again is the same table.
@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let path = FuzzFile.write(Fuzzer.data(bytes, count), name: "input.biom")
    let table: FeatureTable
    do {
        table = try BIOMHDF5.read(path: path)
    } catch {
        FuzzProperty.expectOneLineError(error, file: path)
        return 0
    }
    let rewritten = FuzzFile.path("rewritten.biom")
    FuzzProperty.expectRoundTrip(table, written: "(BIOM 2.1 HDF5 at \(rewritten))", format: "BIOM HDF5") {
        try BIOMHDF5.write(table, to: rewritten, generatedBy: "gutskin-fuzz")
        return try BIOMHDF5.read(path: rewritten)
    }
    return 0
}

Fuzzer.run(testOneInput)
