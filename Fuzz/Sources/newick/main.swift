import Foundation
import FuzzSupport
import GutSkinCore
import GutSkinFormats

/// Fuzzes Newick trees (`Newick.read`). Properties: no crash, trap or runaway memory (deep
/// nesting included); a refused input gets one line naming the file; a tree read, written and
/// read again is the same tree.
@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let path = FuzzFile.write(Fuzzer.data(bytes, count), name: "input.nwk")
    let tree: PhylogeneticTree
    do {
        tree = try Newick.read(path: path)
    } catch {
        FuzzProperty.expectOneLineError(error, file: path)
        return 0
    }
    let written = Newick.string(tree)
    FuzzProperty.expectRoundTrip(tree, written: written, format: "Newick") {
        try Newick.parse(written, file: "rewritten.nwk")
    }
    return 0
}

Fuzzer.run(testOneInput)
