import Foundation
import GRDB

/// Conversations with `gutskin ask`, one row per conversation with its turns as a JSON array.
extension SQLiteStore {
    /// The schema version that adds them (registered in `SQLiteMigrations.versions`).
    static let conversationsMigration = """
        CREATE TABLE conversations (
            id BLOB PRIMARY KEY NOT NULL,
            owner_id BLOB NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            report_id BLOB,
            turns_json TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX conversations_owner ON conversations(owner_id, created_at);
        """

    public func conversation(id: UUID, ownerID: UUID) async throws -> StoredConversation? {
        try await read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM conversations WHERE id = ? AND owner_id = ?", arguments: [id, ownerID])
                .map(Self.conversation)
        }
    }

    public func saveConversation(_ conversation: StoredConversation) async throws -> Bool {
        let turns = try conversation.turnsJSON()
        return try await write { db in
            try db.executeChecked(
                sql: """
                    INSERT INTO conversations (id, owner_id, report_id, turns_json, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT(id) DO UPDATE SET report_id = excluded.report_id, turns_json = excluded.turns_json,
                        updated_at = excluded.updated_at
                    WHERE conversations.owner_id = excluded.owner_id
                    """,
                arguments: [
                    conversation.id, conversation.ownerID, conversation.reportID, turns, conversation.createdAt,
                    conversation.updatedAt,
                ])
            return db.changesCount > 0
        }
    }

    public func conversations(ownerID: UUID) async throws -> [StoredConversation] {
        try await read { db in try Self.conversations(db, ownerID: ownerID) }
    }

    static func conversations(_ db: Database, ownerID: UUID) throws -> [StoredConversation] {
        try Row.fetchAll(
            db, sql: "SELECT * FROM conversations WHERE owner_id = ? ORDER BY created_at, id", arguments: [ownerID]
        ).map(conversation)
    }

    static func conversation(_ row: Row) throws -> StoredConversation {
        StoredConversation(
            id: try row.decode(forColumn: "id"), ownerID: try row.decode(forColumn: "owner_id"),
            reportID: try row.decode(forColumn: "report_id"),
            turns: try StoredConversation.turns(fromJSON: try row.decode(forColumn: "turns_json")),
            createdAt: try row.decode(forColumn: "created_at"), updatedAt: try row.decode(forColumn: "updated_at"))
    }
}
