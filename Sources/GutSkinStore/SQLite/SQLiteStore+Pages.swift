import Foundation
import GRDB

/// Pages of the API's lists on SQLite: keyset paging on (created_at, id), which the
/// (owner_id, created_at) indexes serve.
extension SQLiteStore {
    public func samples(visibleTo accountID: UUID, page: ListPage) async throws -> [Sample] {
        try await read { db in
            let (condition, arguments) = Self.after(page, table: "samples", visible: Self.visibleToAccount, accountID: accountID)
            return try Row.fetchAll(
                db,
                sql: "SELECT * FROM samples WHERE \(Self.visibleToAccount) \(condition) ORDER BY created_at, id LIMIT ?",
                arguments: StatementArguments([accountID, accountID] + arguments + [page.limit])
            ).map(SQLiteRows.sample)
        }
    }

    public func reports(visibleTo accountID: UUID, page: ListPage) async throws -> [ReportSummary] {
        try await read { db in
            let (condition, arguments) = Self.after(page, table: "reports", visible: Self.visibleToAccount, accountID: accountID)
            return try Row.fetchAll(
                db,
                sql: """
                    SELECT id, owner_id, sample_id, subject_id, job_id, reference_names, gutskin_version,
                        summary_json, created_at
                    FROM reports WHERE \(Self.visibleToAccount) \(condition) ORDER BY created_at, id LIMIT ?
                    """,
                arguments: StatementArguments([accountID, accountID] + arguments + [page.limit])
            ).map(SQLiteRows.reportSummary)
        }
    }

    public func subjects(ownerID: UUID, page: ListPage) async throws -> [Subject] {
        try await read { db in
            let (condition, arguments) = Self.after(page, table: "subjects", visible: "owner_id = ?", accountID: ownerID, repeats: 1)
            return try Row.fetchAll(
                db, sql: "SELECT * FROM subjects WHERE owner_id = ? \(condition) ORDER BY created_at, id LIMIT ?",
                arguments: StatementArguments([ownerID] + arguments + [page.limit])
            ).map(SQLiteRows.subject)
        }
    }

    /// The condition (and its arguments) for rows after the page's position: the position row's
    /// stored time when it is still there and visible, else the time the cursor carried.
    private static func after(
        _ page: ListPage, table: String, visible: String, accountID: UUID, repeats: Int = 2
    ) -> (String, [(any DatabaseValueConvertible)?]) {
        guard let after = page.after else { return ("", []) }
        let condition = """
            AND (created_at, id) > (COALESCE((SELECT created_at FROM \(table) WHERE id = ? AND \(visible)), ?), ?)
            """
        return (condition, [after.id] + Array(repeating: accountID, count: repeats) + [after.createdAt, after.id])
    }
}
