import Foundation

/// A person's conversation with `gutskin ask` in the service: the questions asked, how each was
/// resolved (a follow-up joined to the one before), and what was answered, so a follow-up
/// ("and on my skin?") is answered against the earlier turns. Owned by one account.
public struct StoredConversation: Codable, Sendable, Equatable, Identifiable {
    /// One question and its answer.
    public struct Turn: Codable, Sendable, Equatable {
        public var question: String
        /// The question as answered (a follow-up joined to the question before it).
        public var resolvedQuestion: String
        /// `answer`, `refusal` or `unknown`, as the answer JSON has it.
        public var kind: String
        /// The ids of the statements the answer used.
        public var statements: [String]
        /// The answer's text, as the person read it.
        public var answerText: String
        public var askedAt: Date

        public init(question: String, resolvedQuestion: String, kind: String, statements: [String], answerText: String, askedAt: Date) {
            self.question = question
            self.resolvedQuestion = resolvedQuestion
            self.kind = kind
            self.statements = statements
            self.answerText = answerText
            self.askedAt = askedAt
        }
    }

    /// The most turns kept; older ones are dropped first.
    public static let maxTurns = 20

    public var id: UUID
    public var ownerID: UUID
    /// The report the conversation is about, when there is one.
    public var reportID: UUID?
    public var turns: [Turn]
    public var createdAt: Date
    public var updatedAt: Date

    public init(id: UUID = UUID(), ownerID: UUID, reportID: UUID?, turns: [Turn], createdAt: Date, updatedAt: Date) {
        self.id = id
        self.ownerID = ownerID
        self.reportID = reportID
        self.turns = turns
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    /// The turns as stored in the database (a JSON array).
    func turnsJSON() throws -> String {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(turns), as: UTF8.self)
    }

    /// Turns read back from the database's JSON array.
    static func turns(fromJSON text: String) throws -> [Turn] {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        do {
            return try decoder.decode([Turn].self, from: Data(text.utf8))
        } catch {
            throw StoreError.corruptRow(table: "conversations", column: "turns_json")
        }
    }
}
