import GutSkinCore

/// Why a Newick tree could not be read. Every message is one line naming the file and, for
/// syntax errors, the line and column (1-based; columns count characters).
public enum NewickError: Error, CustomStringConvertible, Equatable {
    /// Where in a Newick text an error was found.
    public struct Location: Sendable, Equatable, CustomStringConvertible {
        public let file: String
        public let line: Int
        public let column: Int

        public init(file: String, line: Int, column: Int) {
            self.file = file
            self.line = line
            self.column = column
        }

        public var description: String { "\(file):\(line):\(column)" }
    }

    case unreadable(FileError)
    case emptyInput(Location)
    case unbalancedParentheses(Location, String)
    case unexpectedCharacter(Location, found: String, expected: String)
    case badBranchLength(Location, text: String)
    case unterminatedQuote(Location)
    case unterminatedComment(Location)
    case missingSemicolon(Location)
    case textAfterSemicolon(Location)
    case invalidTree(file: String, PhylogeneticTreeError)

    public var description: String {
        switch self {
        case .unreadable(let error): return error.description
        case .emptyInput(let location): return "\(location): no Newick tree (the input is empty)"
        case .unbalancedParentheses(let location, let detail):
            return "\(location): unbalanced parentheses: \(detail)"
        case .unexpectedCharacter(let location, let found, let expected):
            return "\(location): unexpected \(found); expected \(expected)"
        case .badBranchLength(let location, let text):
            return "\(location): bad branch length '\(text)' (expected a finite number)"
        case .unterminatedQuote(let location):
            return "\(location): quoted label is never closed (missing ')"
        case .unterminatedComment(let location):
            return "\(location): comment is never closed (missing ])"
        case .missingSemicolon(let location):
            return "\(location): the tree does not end with ';'"
        case .textAfterSemicolon(let location):
            return "\(location): text after the tree's closing ';' (one tree per file is supported)"
        case .invalidTree(let file, let error): return "\(file): \(error)"
        }
    }
}
