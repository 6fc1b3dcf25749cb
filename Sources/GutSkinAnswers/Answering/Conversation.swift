/// What a follow-up question ("and on my skin?") is resolved against: the earlier turns of one
/// conversation. Codable, so the CLI keeps it in a file (`--conversation`) and a service per account.
public struct Conversation: Sendable, Codable, Equatable {
    public struct Turn: Sendable, Codable, Equatable {
        /// The question as asked.
        public let question: String
        /// The question as answered, with a follow-up joined to the one before it.
        public let resolvedQuestion: String
        public let kind: Answer.Kind
        public let statements: [String]

        public init(question: String, resolvedQuestion: String, kind: Answer.Kind, statements: [String]) {
            self.question = question
            self.resolvedQuestion = resolvedQuestion
            self.kind = kind
            self.statements = statements
        }

        enum CodingKeys: String, CodingKey {
            case question, kind, statements
            case resolvedQuestion = "resolved_question"
        }
    }

    public private(set) var turns: [Turn]

    public init(turns: [Turn] = []) { self.turns = turns }

    /// The last answered turn, which a follow-up refers to.
    public var previous: Turn? { turns.last }

    public mutating func append(_ turn: Turn) {
        turns.append(turn)
        if turns.count > 20 { turns.removeFirst(turns.count - 20) }
    }

    /// Whether a question reads as a follow-up: short, starting "and", "what about", "how about",
    /// "same for", "and on my …", or with no words of its own to search on.
    static func isFollowUp(_ words: [String], specificWords: [String]) -> Bool {
        guard let first = words.first, words.count <= 7 else { return false }
        let openers = ["and", "also", "what about", "how about", "same for", "same", "then", "ok and", "what abt", "wbu"]
        let start = words.prefix(2).joined(separator: " ")
        if openers.contains(first) || openers.contains(start) { return true }
        return specificWords.isEmpty && words.count <= 4 && (words.contains("skin") || words.contains("gut"))
    }
}
