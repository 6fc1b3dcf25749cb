import Foundation
import PostgresNIO

/// Diary days on PostgreSQL: one row per account and day, replaced in place when the day is edited.
extension PostgresStore {
    public func saveDiaryDay(_ day: DiaryDay) async throws -> DiaryDay {
        let rows = try await rows(
            """
            INSERT INTO diary_days (id, owner_id, day, entries_json, created_at, updated_at)
            VALUES (\(day.id), \(day.ownerID), \(day.day), \(day.entriesJSON), \(day.createdAt), \(day.updatedAt))
            ON CONFLICT (owner_id, day) DO UPDATE SET entries_json = excluded.entries_json, updated_at = excluded.updated_at
            RETURNING *
            """)
        guard let row = rows.first else { throw StoreError.corruptRow(table: "diary_days", column: "day") }
        return try Self.diaryDay(row)
    }

    public func diaryDays(ownerID: UUID) async throws -> [DiaryDay] {
        try await rows("SELECT * FROM diary_days WHERE owner_id = \(ownerID) ORDER BY day, id").map(Self.diaryDay)
    }

    public func diaryDay(id: UUID, ownerID: UUID) async throws -> DiaryDay? {
        try await rows("SELECT * FROM diary_days WHERE id = \(id) AND owner_id = \(ownerID)").first.map(Self.diaryDay)
    }

    public func deleteDiaryDay(id: UUID, ownerID: UUID) async throws -> Bool {
        try await !rows("DELETE FROM diary_days WHERE id = \(id) AND owner_id = \(ownerID) RETURNING id").isEmpty
    }

    static func diaryDay(_ row: PostgresRow) throws -> DiaryDay {
        let row = row.makeRandomAccess()
        return DiaryDay(
            id: try row["id"].decode(UUID.self), ownerID: try row["owner_id"].decode(UUID.self), day: try row["day"].decode(String.self),
            entriesJSON: try row["entries_json"].decode(String.self), createdAt: try row["created_at"].decode(Date.self),
            updatedAt: try row["updated_at"].decode(Date.self))
    }
}
