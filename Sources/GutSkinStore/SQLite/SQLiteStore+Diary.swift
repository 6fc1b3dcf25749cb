import Foundation
import GRDB

/// Diary days on SQLite: one row per account and day, replaced in place when the day is edited.
extension SQLiteStore {
    public func saveDiaryDay(_ day: DiaryDay) async throws -> DiaryDay {
        try await write { db in
            try db.executeChecked(
                sql: """
                    INSERT INTO diary_days (id, owner_id, day, entries_json, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (owner_id, day) DO UPDATE SET entries_json = excluded.entries_json, updated_at = excluded.updated_at
                    """,
                arguments: [day.id, day.ownerID, day.day, day.entriesJSON, day.createdAt, day.updatedAt])
            guard
                let kept = try Row.fetchOne(
                    db, sql: "SELECT * FROM diary_days WHERE owner_id = ? AND day = ?", arguments: [day.ownerID, day.day]
                ).map(Self.diaryDay)
            else { throw StoreError.corruptRow(table: "diary_days", column: "day") }
            return kept
        }
    }

    public func diaryDays(ownerID: UUID) async throws -> [DiaryDay] {
        try await read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM diary_days WHERE owner_id = ? ORDER BY day, id", arguments: [ownerID])
                .map(Self.diaryDay)
        }
    }

    public func diaryDay(id: UUID, ownerID: UUID) async throws -> DiaryDay? {
        try await read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM diary_days WHERE id = ? AND owner_id = ?", arguments: [id, ownerID])
                .map(Self.diaryDay)
        }
    }

    public func deleteDiaryDay(id: UUID, ownerID: UUID) async throws -> Bool {
        try await write { db in
            try db.executeChecked(sql: "DELETE FROM diary_days WHERE id = ? AND owner_id = ?", arguments: [id, ownerID])
            return db.changesCount == 1
        }
    }

    static func diaryDay(_ row: Row) throws -> DiaryDay {
        DiaryDay(
            id: try row.decode(forColumn: "id"), ownerID: try row.decode(forColumn: "owner_id"), day: try row.decode(forColumn: "day"),
            entriesJSON: try row.decode(forColumn: "entries_json"), createdAt: try row.decode(forColumn: "created_at"),
            updatedAt: try row.decode(forColumn: "updated_at"))
    }
}
