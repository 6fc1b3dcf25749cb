import Foundation
import GutSkinCore

/// Reads and writes phylogenetic trees in Newick format.
///
/// Reading follows scikit-bio's Newick reader where it is well defined:
/// - underscores in unquoted labels become spaces, underscores in quoted labels are kept
///   (`'a_b'` is "a_b", `a_b` is "a b"); `''` inside a quoted label is one quote;
///   an empty quoted label `''` is the empty name "" (skbio reads it as "'", a bug);
/// - internal labels (support values such as `0.792`, or taxonomy) are kept as node names;
/// - a missing branch length reads as 0 and is flagged in `hasBranchLength`, counted by the
///   tree's `missingBranchLengthCount` so callers can warn;
/// - duplicate tip names are accepted, as skbio does; the tree reports them in
///   `duplicateTipNames`, and looking up or shearing to such a name throws (UniFrac needs
///   unique tip names, but a tree with duplicates can still be read and rewritten);
/// - `[comments]` (not nested) may appear between any tokens and are skipped; whitespace and
///   newlines may appear between any tokens, but not inside an unquoted label.
/// Stricter than skbio: the tree must end with `;`, and only whitespace or comments may
/// follow it (skbio ignores the rest of the file); a second `:` after a length is an error.
public enum Newick {
    /// Reads the tree in the file at `path` (gzip-compressed or not).
    public static func read(path: String) throws(NewickError) -> PhylogeneticTree {
        let data: Data
        do { data = try InputFile.read(path) } catch { throw .unreadable(error) }
        return try parse(data, file: path)
    }

    /// Parses a Newick tree from bytes; `file` names the source in error messages.
    public static func parse(_ data: Data, file: String) throws(NewickError) -> PhylogeneticTree {
        let result = data.withUnsafeBytes { raw in
            Result { () throws(NewickError) -> PhylogeneticTree in
                try parse(buffer: raw.bindMemory(to: UInt8.self), file: file)
            }
        }
        return try result.get()
    }

    /// Parses a Newick tree from UTF-8 bytes; `file` names the source in error messages.
    public static func parse(_ bytes: some Collection<UInt8>, file: String) throws(NewickError) -> PhylogeneticTree {
        let result = bytes.withContiguousStorageIfAvailable { buffer in
            Result { () throws(NewickError) -> PhylogeneticTree in try parse(buffer: buffer, file: file) }
        }
        if let result { return try result.get() }
        return try parse(Array(bytes), file: file)
    }

    /// Parses a Newick tree from text; `file` names the source in error messages.
    public static func parse(_ text: String, file: String) throws(NewickError) -> PhylogeneticTree {
        try parse(Array(text.utf8), file: file)
    }

    static func parse(buffer: UnsafeBufferPointer<UInt8>, file: String) throws(NewickError) -> PhylogeneticTree {
        var parser = NewickParser(bytes: buffer, file: file)
        return try parser.parseTree()
    }
}

/// A single-pass byte-level Newick parser that emits nodes in post-order: a node's index is
/// assigned when it is complete (a tip when its label ends, an internal node at its `)`), which
/// is exactly post-order.
struct NewickParser {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let file: String
    private var position = 0

    private var parent: [Int32] = []
    private var branchLength: [Double] = []
    private var hasBranchLength: [Bool] = []
    private var names: [String?] = []
    /// Completed nodes whose parent has not been closed yet.
    private var pendingChildren: [Int32] = []
    /// For each open `(`: where its children start in `pendingChildren`, and its byte offset.
    private var openParentheses: [(firstChild: Int, offset: Int)] = []

    init(bytes: UnsafeBufferPointer<UInt8>, file: String) {
        self.bytes = bytes
        self.file = file
        // A UTF-8 byte-order mark is not part of the tree.
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
    }

    mutating func parseTree() throws(NewickError) -> PhylogeneticTree {
        try skipSpaceAndComments()
        guard position < bytes.count else { throw .emptyInput(location(of: position)) }
        let estimatedNodes = bytes.count / 8
        parent.reserveCapacity(estimatedNodes)
        branchLength.reserveCapacity(estimatedNodes)
        hasBranchLength.reserveCapacity(estimatedNodes)
        names.reserveCapacity(estimatedNodes)

        var expectingNode = true
        parsing: while true {
            let tokenEnd = position
            try skipSpaceAndComments()
            if expectingNode {
                if position < bytes.count, bytes[position] == UInt8(ascii: "(") {
                    openParentheses.append((pendingChildren.count, position))
                    position += 1
                } else {
                    try readLabelAndLength()
                    expectingNode = false
                }
                continue
            }
            guard position < bytes.count else {
                if let open = openParentheses.last {
                    throw .unbalancedParentheses(
                        location(of: bytes.count), "'(' at \(location(of: open.offset).lineAndColumn) is never closed")
                }
                throw .missingSemicolon(location(of: tokenEnd))
            }
            switch bytes[position] {
            case UInt8(ascii: ","):
                guard !openParentheses.isEmpty else {
                    throw .unexpectedCharacter(
                        location(of: position), found: "','", expected: "';' (',' outside parentheses)")
                }
                position += 1
                expectingNode = true
            case UInt8(ascii: ")"):
                guard let open = openParentheses.popLast() else {
                    throw .unbalancedParentheses(location(of: position), "')' has no matching '('")
                }
                position += 1
                let node = Int32(parent.count)
                for child in pendingChildren[open.firstChild...] { parent[Int(child)] = node }
                pendingChildren.removeSubrange(open.firstChild...)
                try readLabelAndLength()
            case UInt8(ascii: ";"):
                if let open = openParentheses.last {
                    throw .unbalancedParentheses(
                        location(of: position), "';' before the '(' at \(location(of: open.offset).lineAndColumn) is closed")
                }
                position += 1
                break parsing
            default:
                throw unexpectedCharacter(expected: "',', ')' or ';'")
            }
        }
        try skipSpaceAndComments()
        guard position == bytes.count else { throw .textAfterSemicolon(location(of: position)) }
        do {
            return try PhylogeneticTree(
                parent: parent, branchLength: branchLength, names: names, hasBranchLength: hasBranchLength)
        } catch {
            throw .invalidTree(file: file, error)
        }
    }

    /// Reads a node's optional label and optional `:length`, and appends the node.
    private mutating func readLabelAndLength() throws(NewickError) {
        try skipSpaceAndComments()
        var name: String?
        if position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "'") {
                name = try readQuotedLabel()
            } else if Self.isLabelByte(byte) {
                name = readUnquotedLabel()
            }
        }
        let afterLabel = position
        try skipSpaceAndComments()
        var length = 0.0
        var hasLength = false
        if position < bytes.count, bytes[position] == UInt8(ascii: ":") {
            position += 1
            try skipSpaceAndComments()
            length = try readBranchLength()
            hasLength = true
        } else {
            position = afterLabel  // so errors after a node point just past it
        }
        parent.append(-1)
        branchLength.append(length)
        hasBranchLength.append(hasLength)
        names.append(name)
        pendingChildren.append(Int32(parent.count - 1))
    }

    private mutating func readUnquotedLabel() -> String {
        let start = position
        var hasUnderscore = false
        while position < bytes.count, Self.isLabelByte(bytes[position]) {
            if bytes[position] == UInt8(ascii: "_") { hasUnderscore = true }
            position += 1
        }
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<position])
        guard hasUnderscore else { return String(decoding: slice, as: UTF8.self) }
        return String(decoding: slice.map { $0 == UInt8(ascii: "_") ? UInt8(ascii: " ") : $0 }, as: UTF8.self)
    }

    /// Reads `'...'`, where `''` stands for one quote.
    private mutating func readQuotedLabel() throws(NewickError) -> String {
        let opening = position
        position += 1
        var unescaped: [UInt8]?
        var segmentStart = position
        while true {
            guard let quote = nextQuote(from: position) else { throw .unterminatedQuote(location(of: opening)) }
            if quote + 1 < bytes.count, bytes[quote + 1] == UInt8(ascii: "'") {
                if unescaped == nil { unescaped = [] }
                unescaped?.append(contentsOf: bytes[segmentStart...quote])
                position = quote + 2
                segmentStart = position
                continue
            }
            position = quote + 1
            let last = UnsafeBufferPointer(rebasing: bytes[segmentStart..<quote])
            guard var text = unescaped else { return String(decoding: last, as: UTF8.self) }
            text.append(contentsOf: last)
            return String(decoding: text, as: UTF8.self)
        }
    }

    private func nextQuote(from start: Int) -> Int? {
        var index = start
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "'") { return index }
            index += 1
        }
        return nil
    }

    /// Reads a branch length: a decimal number, optionally signed and with an exponent.
    private mutating func readBranchLength() throws(NewickError) -> Double {
        let start = position
        var numeric = true
        while position < bytes.count, Self.isLabelByte(bytes[position]) {
            switch bytes[position] {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "+"),
                UInt8(ascii: "e"), UInt8(ascii: "E"):
                break
            default: numeric = false
            }
            position += 1
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        guard numeric, let value = Double(text), value.isFinite else {
            throw .badBranchLength(location(of: start), text: text)
        }
        return value
    }

    /// Skips whitespace and `[comments]`.
    private mutating func skipSpaceAndComments() throws(NewickError) {
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), 0x0B, 0x0C:
                position += 1
            case UInt8(ascii: "["):
                let opening = position
                while position < bytes.count, bytes[position] != UInt8(ascii: "]") { position += 1 }
                guard position < bytes.count else { throw .unterminatedComment(location(of: opening)) }
                position += 1
            default:
                return
            }
        }
    }

    /// Bytes allowed in an unquoted label (and a branch length): anything but Newick
    /// punctuation and whitespace.
    @inline(__always)
    private static func isLabelByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "'"),
            UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: ","),
            UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), 0x0B, 0x0C:
            return false
        default:
            return true
        }
    }

    private func unexpectedCharacter(expected: String) -> NewickError {
        .unexpectedCharacter(location(of: position), found: describe(at: position), expected: expected)
    }

    /// The character at `offset`, quoted for a message (or "end of input").
    private func describe(at offset: Int) -> String {
        guard offset < bytes.count else { return "end of input" }
        let tail = UnsafeBufferPointer(rebasing: bytes[offset..<min(offset + 4, bytes.count)])
        let character = String(decoding: tail, as: UTF8.self).first.map(String.init) ?? "?"
        switch character {
        case "\n", "\r\n", "\r": return "line break"
        case "\t": return "tab"
        default: return "'\(character)'"
        }
    }

    /// Line and column (1-based, columns in characters) of a byte offset; computed only for
    /// errors, so the fast path never tracks lines.
    private func location(of offset: Int) -> NewickError.Location {
        var line = 1
        var lineStart = 0
        for index in 0..<min(offset, bytes.count) where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        let prefix = UnsafeBufferPointer(rebasing: bytes[lineStart..<min(offset, bytes.count)])
        let column = String(decoding: prefix, as: UTF8.self).count + 1
        return NewickError.Location(file: file, line: line, column: column)
    }
}

extension NewickError.Location {
    var lineAndColumn: String { "line \(line), column \(column)" }
}
