import Foundation
import GutSkinCore

extension Newick {
    /// The tree as one line of Newick text ending in `;` and a newline, which `parse` reads back
    /// to an equal tree.
    ///
    /// Labels are written unquoted when they can be, with spaces as underscores; a label that is
    /// empty, contains an underscore, Newick punctuation or other whitespace is quoted, with
    /// quotes doubled. Lengths use Swift's shortest round-trip form; missing lengths stay
    /// missing. Iterative, so very deep trees cannot overflow the stack.
    public static func string(_ tree: PhylogeneticTree) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(tree.nodeCount * 16)
        // Each entry: a node and the position of the next child to write.
        var stack: [(node: Int, nextChild: Int)] = [(tree.root, Int(tree.childOffsets[tree.root]))]
        while let top = stack.last {
            let node = top.node
            let end = Int(tree.childOffsets[node + 1])
            if top.nextChild < end {
                output.append(top.nextChild == Int(tree.childOffsets[node]) ? UInt8(ascii: "(") : UInt8(ascii: ","))
                let child = Int(tree.childIndices[top.nextChild])
                stack[stack.count - 1].nextChild += 1
                stack.append((child, Int(tree.childOffsets[child])))
                continue
            }
            if !tree.isTip(node) { output.append(UInt8(ascii: ")")) }
            if let name = tree.names[node] { appendLabel(name, to: &output) }
            if tree.hasBranchLength[node] {
                output.append(UInt8(ascii: ":"))
                output.append(contentsOf: tree.branchLength[node].description.utf8)
            }
            stack.removeLast()
        }
        output.append(UInt8(ascii: ";"))
        output.append(UInt8(ascii: "\n"))
        return String(decoding: output, as: UTF8.self)
    }

    /// Writes the tree to `path` atomically (never leaving a partial file).
    public static func write(_ tree: PhylogeneticTree, to path: String) throws {
        try AtomicFileWriter.write(Data(string(tree).utf8), to: path)
    }

    private static func appendLabel(_ name: String, to output: inout [UInt8]) {
        let needsQuotes =
            name.isEmpty
            || name.utf8.contains { byte in
                switch byte {
                case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "'"),
                    UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: ","), UInt8(ascii: "_"),
                    UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), 0x0B, 0x0C:
                    return true
                default:
                    return false
                }
            }
        if needsQuotes {
            output.append(UInt8(ascii: "'"))
            for byte in name.utf8 {
                output.append(byte)
                if byte == UInt8(ascii: "'") { output.append(byte) }
            }
            output.append(UInt8(ascii: "'"))
        } else {
            for byte in name.utf8 { output.append(byte == UInt8(ascii: " ") ? UInt8(ascii: "_") : byte) }
        }
    }
}
