import Foundation
import FuzzSupport
import GutSkinCore
import GutSkinFormats

/// Fuzzes distance matrices as TSV (`DistanceMatrixTSV.read`, scikit-bio's lsmat). Properties:
/// no crash, trap or runaway memory; a refused input gets one line naming the file; a matrix read,
/// written and read again is the same matrix.
@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let path = FuzzFile.write(Fuzzer.data(bytes, count), name: "input.tsv")
    let matrix: DistanceMatrix
    do {
        matrix = try DistanceMatrixTSV.read(path: path)
    } catch {
        FuzzProperty.expectOneLineError(error, file: path)
        return 0
    }
    let written = DistanceMatrixTSV.string(matrix)
    FuzzProperty.expectRoundTrip(matrix, written: written, format: "distance matrix TSV") {
        try DistanceMatrixTSV.parse(text: written, file: "rewritten.tsv")
    }
    return 0
}

Fuzzer.run(testOneInput)
