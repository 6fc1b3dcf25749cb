import Foundation
import GRDB

/// Reading records back from SQLite rows (the columns `SELECT *` gives for each table).
enum SQLiteRows {
    static func account(_ row: Row) throws -> Account {
        Account(
            id: try row.decode(forColumn: "id"), email: try row.decode(forColumn: "email"),
            passwordHash: try row.decode(forColumn: "password_hash"),
            kind: try choice(row, "kind", table: "accounts"),
            createdAt: try row.decode(forColumn: "created_at"),
            retentionDays: try row.decode(forColumn: "retention_days"),
            webhookURL: try row.decode(forColumn: "webhook_url"),
            webhookSecret: try row.decode(forColumn: "webhook_secret"))
    }

    static func token(_ row: Row) throws -> AccessToken {
        AccessToken(
            id: try row.decode(forColumn: "id"), accountID: try row.decode(forColumn: "account_id"),
            tokenHash: try row.decode(forColumn: "token_hash"),
            kind: try choice(row, "kind", table: "access_tokens"),
            label: try row.decode(forColumn: "label"), createdAt: try row.decode(forColumn: "created_at"),
            expiresAt: try row.decode(forColumn: "expires_at"))
    }

    static func subject(_ row: Row) throws -> Subject {
        Subject(
            id: try row.decode(forColumn: "id"), ownerID: try row.decode(forColumn: "owner_id"),
            name: try row.decode(forColumn: "name"),
            claimCodeHash: try row.decode(forColumn: "claim_code_hash"),
            claimedBy: try row.decode(forColumn: "claimed_by"),
            createdAt: try row.decode(forColumn: "created_at"))
    }

    static func file(_ row: Row) throws -> StoredFile {
        StoredFile(
            id: try row.decode(forColumn: "id"), ownerID: try row.decode(forColumn: "owner_id"),
            kind: try choice(row, "kind", table: "files"),
            originalName: try row.decode(forColumn: "original_name"),
            storagePath: try row.decode(forColumn: "storage_path"),
            size: try row.decode(forColumn: "size"), sha256: try row.decode(forColumn: "sha256"),
            createdAt: try row.decode(forColumn: "created_at"))
    }

    static func sample(_ row: Row) throws -> Sample {
        Sample(
            id: try row.decode(forColumn: "id"), ownerID: try row.decode(forColumn: "owner_id"),
            subjectID: try row.decode(forColumn: "subject_id"), name: try row.decode(forColumn: "name"),
            site: try choice(row, "site", table: "samples"),
            tableFileID: try row.decode(forColumn: "table_file_id"),
            skinSampleID: try row.decode(forColumn: "skin_sample_id"),
            questionnaireFileID: try row.decode(forColumn: "questionnaire_file_id"),
            breathTestFileID: try row.decode(forColumn: "breath_test_file_id"),
            createdAt: try row.decode(forColumn: "created_at"))
    }

    /// A job without its report ids (the caller adds them from the reports table).
    static func job(_ row: Row) throws -> Job {
        var job = Job(
            id: try row.decode(forColumn: "id"), ownerID: try row.decode(forColumn: "owner_id"),
            status: try choice(row, "status", table: "jobs"),
            sampleIDs: try jsonArray(row, "sample_ids", table: "jobs"),
            attempts: try row.decode(forColumn: "attempts"), error: try row.decode(forColumn: "error"),
            claimToken: try row.decode(forColumn: "claim_token"),
            leaseExpiresAt: try row.decode(forColumn: "lease_expires_at"),
            createdAt: try row.decode(forColumn: "created_at"),
            updatedAt: try row.decode(forColumn: "updated_at") as Date)
        job.sampleErrors = try JobSampleErrors.decode(try row.decode(forColumn: "sample_errors"), table: "jobs")
        return job
    }

    static func report(_ row: Row) throws -> StoredReport {
        StoredReport(
            id: try row.decode(forColumn: "id"), ownerID: try row.decode(forColumn: "owner_id"),
            sampleID: try row.decode(forColumn: "sample_id"),
            subjectID: try row.decode(forColumn: "subject_id"), jobID: try row.decode(forColumn: "job_id"),
            json: try row.decode(forColumn: "json"), html: try row.decode(forColumn: "html"),
            referenceNames: try jsonArray(row, "reference_names", table: "reports"),
            gutskinVersion: try row.decode(forColumn: "gutskin_version"),
            summaryJSON: try row.decode(forColumn: "summary_json"),
            createdAt: try row.decode(forColumn: "created_at"))
    }

    static func reportSummary(_ row: Row) throws -> ReportSummary {
        ReportSummary(
            id: try row.decode(forColumn: "id"), ownerID: try row.decode(forColumn: "owner_id"),
            sampleID: try row.decode(forColumn: "sample_id"),
            subjectID: try row.decode(forColumn: "subject_id"), jobID: try row.decode(forColumn: "job_id"),
            referenceNames: try jsonArray(row, "reference_names", table: "reports"),
            gutskinVersion: try row.decode(forColumn: "gutskin_version"),
            summaryJSON: try row.decode(forColumn: "summary_json"),
            createdAt: try row.decode(forColumn: "created_at"))
    }

    static func event(_ row: Row) throws -> Event {
        Event(
            id: try row.decode(forColumn: "id"), ownerID: try row.decode(forColumn: "owner_id"),
            date: try row.decode(forColumn: "date"), text: try row.decode(forColumn: "text"),
            createdAt: try row.decode(forColumn: "created_at"))
    }

    static func delivery(_ row: Row) throws -> WebhookDelivery {
        WebhookDelivery(
            id: try row.decode(forColumn: "id"), ownerID: try row.decode(forColumn: "owner_id"),
            jobID: try row.decode(forColumn: "job_id"), body: try row.decode(forColumn: "body"),
            attempts: try row.decode(forColumn: "attempts"),
            nextAttemptAt: try row.decode(forColumn: "next_attempt_at"),
            status: try choice(row, "status", table: "webhook_deliveries"))
    }

    /// An enum stored as its raw text.
    static func choice<Value: RawRepresentable>(_ row: Row, _ column: String, table: String) throws
        -> Value
    where Value.RawValue == String {
        guard let value = Value(rawValue: try row.decode(forColumn: column)) else {
            throw StoreError.corruptRow(table: table, column: column)
        }
        return value
    }

    /// An array stored as JSON text (SQLite has no array type).
    static func jsonArray<Element: Decodable>(_ row: Row, _ column: String, table: String) throws
        -> [Element]
    {
        let text: String = try row.decode(forColumn: column)
        guard let array = try? JSONDecoder().decode([Element].self, from: Data(text.utf8)) else {
            throw StoreError.corruptRow(table: table, column: column)
        }
        return array
    }

    /// The JSON text of an array, for `jsonArray` to read back.
    static func jsonText<Element: Encodable>(_ array: [Element]) -> String {
        // Arrays of UUIDs and strings always encode.
        String(decoding: (try? JSONEncoder().encode(array)) ?? Data("[]".utf8), as: UTF8.self)
    }
}
