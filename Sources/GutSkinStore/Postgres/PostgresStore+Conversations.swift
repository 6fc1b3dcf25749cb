import Foundation
import PostgresNIO

/// Conversations with `gutskin ask`, one row per conversation with its turns as a JSON array (as SQLite).
extension PostgresStore {
    /// The schema version that adds them (registered in `PostgresMigrations.versions`).
    static let conversationsMigration = [
        """
        CREATE TABLE conversations (
            id uuid PRIMARY KEY, owner_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            report_id uuid, turns_json text NOT NULL, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL)
        """,
        "CREATE INDEX conversations_owner ON conversations(owner_id, created_at)",
    ]

    public func conversation(id: UUID, ownerID: UUID) async throws -> StoredConversation? {
        try await rows("SELECT * FROM conversations WHERE id = \(id) AND owner_id = \(ownerID)").first.map(Self.conversation)
    }

    public func saveConversation(_ conversation: StoredConversation) async throws -> Bool {
        let turns = try conversation.turnsJSON()
        return try await !rows(
            """
            INSERT INTO conversations (id, owner_id, report_id, turns_json, created_at, updated_at)
            VALUES (\(conversation.id), \(conversation.ownerID), \(conversation.reportID), \(turns), \(conversation.createdAt),
                \(conversation.updatedAt))
            ON CONFLICT (id) DO UPDATE SET report_id = excluded.report_id, turns_json = excluded.turns_json,
                updated_at = excluded.updated_at
            WHERE conversations.owner_id = excluded.owner_id
            RETURNING id
            """
        ).isEmpty
    }

    public func conversations(ownerID: UUID) async throws -> [StoredConversation] {
        try await rows("SELECT * FROM conversations WHERE owner_id = \(ownerID) ORDER BY created_at, id").map(Self.conversation)
    }

    static func conversation(_ row: PostgresRow) throws -> StoredConversation {
        let row = row.makeRandomAccess()
        return StoredConversation(
            id: try row["id"].decode(UUID.self), ownerID: try row["owner_id"].decode(UUID.self),
            reportID: try row["report_id"].decode(UUID?.self),
            turns: try StoredConversation.turns(fromJSON: try row["turns_json"].decode(String.self)),
            createdAt: try row["created_at"].decode(Date.self), updatedAt: try row["updated_at"].decode(Date.self))
    }
}
