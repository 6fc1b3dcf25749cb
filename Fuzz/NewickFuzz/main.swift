import Foundation
import GutSkinCore

/// libFuzzer entry point for `Newick.parse` (built by `scripts/fuzz.sh newick`).
/// Properties: never crashes or traps; errors are one line; a parsed tree written back and
/// re-read is the same tree.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNewick(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: start, count: count)
    do {
        let tree = try Newick.parse(bytes, file: "fuzz.nwk")
        let again = try Newick.parse(Newick.string(tree), file: "rewritten.nwk")
        if again != tree { preconditionFailure("round trip changed the tree") }
    } catch {
        if error.description.contains("\n") { preconditionFailure("multi-line error: \(error.description)") }
    }
    return 0
}
