import Foundation
import FuzzSupport
import GutSkinCore
import GutSkinFormats

/// Fuzzes QIIME 2 artifacts (`.qza` zip archives: metadata.yaml, then the BIOM table, tree,
/// taxonomy or distance matrix inside). Properties: no crash, trap or runaway memory (a small
/// archive must not unpack into gigabytes); every refused input gets one line naming the file.
@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let path = FuzzFile.write(Fuzzer.data(bytes, count), name: "input.qza")
    let readers: [(String) throws -> Void] = [
        { _ = try QIIME2Artifact.readFeatureTable(path: $0) },
        { _ = try QIIME2Artifact.readTree(path: $0) },
        { _ = try QIIME2Artifact.readTaxonomy(path: $0) },
        { _ = try QIIME2Artifact.readDistanceMatrix(path: $0) },
    ]
    for read in readers {
        do {
            try read(path)
        } catch {
            FuzzProperty.expectOneLineError(error, file: path)
        }
    }
    return 0
}

Fuzzer.run(testOneInput)
