import Foundation
import PostgresNIO

/// Pages of the API's lists on PostgreSQL: keyset paging on (created_at, id), as on SQLite.
extension PostgresStore {
    public func samples(visibleTo accountID: UUID, page: ListPage) async throws -> [Sample] {
        let after = page.after
        return try await rows(
            """
            SELECT * FROM samples
            WHERE (owner_id = \(accountID) OR subject_id IN (SELECT id FROM subjects WHERE claimed_by = \(accountID)))
                AND (\(after == nil) OR (created_at, id) > (COALESCE(
                    (SELECT created_at FROM samples WHERE id = \(after?.id)
                        AND (owner_id = \(accountID) OR subject_id IN (SELECT id FROM subjects WHERE claimed_by = \(accountID)))),
                    \(after?.createdAt)), \(after?.id)))
            ORDER BY created_at, id LIMIT \(page.limit)
            """
        ).map(PostgresRows.sample)
    }

    public func reports(visibleTo accountID: UUID, page: ListPage) async throws -> [ReportSummary] {
        let after = page.after
        return try await rows(
            """
            SELECT id, owner_id, sample_id, subject_id, job_id, reference_names, gutskin_version, summary_json, created_at
            FROM reports
            WHERE (owner_id = \(accountID) OR subject_id IN (SELECT id FROM subjects WHERE claimed_by = \(accountID)))
                AND (\(after == nil) OR (created_at, id) > (COALESCE(
                    (SELECT created_at FROM reports WHERE id = \(after?.id)
                        AND (owner_id = \(accountID) OR subject_id IN (SELECT id FROM subjects WHERE claimed_by = \(accountID)))),
                    \(after?.createdAt)), \(after?.id)))
            ORDER BY created_at, id LIMIT \(page.limit)
            """
        ).map(PostgresRows.reportSummary)
    }

    public func subjects(ownerID: UUID, page: ListPage) async throws -> [Subject] {
        let after = page.after
        return try await rows(
            """
            SELECT * FROM subjects
            WHERE owner_id = \(ownerID)
                AND (\(after == nil) OR (created_at, id) > (COALESCE(
                    (SELECT created_at FROM subjects WHERE id = \(after?.id) AND owner_id = \(ownerID)),
                    \(after?.createdAt)), \(after?.id)))
            ORDER BY created_at, id LIMIT \(page.limit)
            """
        ).map(PostgresRows.subject)
    }
}
