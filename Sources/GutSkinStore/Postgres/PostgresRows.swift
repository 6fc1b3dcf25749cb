import Foundation
import PostgresNIO

/// Reading records back from PostgreSQL rows (the columns `SELECT *` / `RETURNING *` give).
enum PostgresRows {
    static func account(_ row: PostgresRow) throws -> Account {
        let row = row.makeRandomAccess()
        return Account(
            id: try row["id"].decode(UUID.self), email: try row["email"].decode(String.self),
            passwordHash: try row["password_hash"].decode(String.self), kind: try choice(row, "kind", table: "accounts"),
            createdAt: try row["created_at"].decode(Date.self), retentionDays: try row["retention_days"].decode(Int?.self),
            webhookURL: try row["webhook_url"].decode(String?.self), webhookSecret: try row["webhook_secret"].decode(String?.self))
    }

    static func token(_ row: PostgresRow) throws -> AccessToken {
        let row = row.makeRandomAccess()
        return AccessToken(
            id: try row["id"].decode(UUID.self), accountID: try row["account_id"].decode(UUID.self),
            tokenHash: try row["token_hash"].decode(String.self), kind: try choice(row, "kind", table: "access_tokens"),
            label: try row["label"].decode(String.self), createdAt: try row["created_at"].decode(Date.self),
            expiresAt: try row["expires_at"].decode(Date?.self))
    }

    static func subject(_ row: PostgresRow) throws -> Subject {
        let row = row.makeRandomAccess()
        return Subject(
            id: try row["id"].decode(UUID.self), ownerID: try row["owner_id"].decode(UUID.self),
            name: try row["name"].decode(String.self), claimCodeHash: try row["claim_code_hash"].decode(String?.self),
            claimedBy: try row["claimed_by"].decode(UUID?.self), createdAt: try row["created_at"].decode(Date.self))
    }

    static func file(_ row: PostgresRow) throws -> StoredFile {
        let row = row.makeRandomAccess()
        return StoredFile(
            id: try row["id"].decode(UUID.self), ownerID: try row["owner_id"].decode(UUID.self),
            kind: try choice(row, "kind", table: "files"), originalName: try row["original_name"].decode(String.self),
            storagePath: try row["storage_path"].decode(String.self), size: try row["size"].decode(Int64.self),
            sha256: try row["sha256"].decode(String.self), createdAt: try row["created_at"].decode(Date.self))
    }

    static func sample(_ row: PostgresRow) throws -> Sample {
        let row = row.makeRandomAccess()
        return Sample(
            id: try row["id"].decode(UUID.self), ownerID: try row["owner_id"].decode(UUID.self),
            subjectID: try row["subject_id"].decode(UUID?.self), name: try row["name"].decode(String.self),
            site: try choice(row, "site", table: "samples"), tableFileID: try row["table_file_id"].decode(UUID.self),
            skinSampleID: try row["skin_sample_id"].decode(String?.self),
            questionnaireFileID: try row["questionnaire_file_id"].decode(UUID?.self),
            breathTestFileID: try row["breath_test_file_id"].decode(UUID?.self),
            createdAt: try row["created_at"].decode(Date.self))
    }

    /// A job without its report ids (the caller adds them from the reports table).
    static func job(_ row: PostgresRow) throws -> Job {
        let row = row.makeRandomAccess()
        var job = Job(
            id: try row["id"].decode(UUID.self), ownerID: try row["owner_id"].decode(UUID.self),
            status: try choice(row, "status", table: "jobs"), sampleIDs: try row["sample_ids"].decode([UUID].self),
            attempts: try row["attempts"].decode(Int.self), error: try row["error"].decode(String?.self),
            claimToken: try row["claim_token"].decode(UUID?.self),
            leaseExpiresAt: try row["lease_expires_at"].decode(Date?.self),
            createdAt: try row["created_at"].decode(Date.self), updatedAt: try row["updated_at"].decode(Date.self))
        job.sampleErrors = try JobSampleErrors.decode(try row["sample_errors"].decode(String?.self), table: "jobs")
        return job
    }

    static func report(_ row: PostgresRow) throws -> StoredReport {
        let row = row.makeRandomAccess()
        return StoredReport(
            id: try row["id"].decode(UUID.self), ownerID: try row["owner_id"].decode(UUID.self),
            sampleID: try row["sample_id"].decode(UUID.self), subjectID: try row["subject_id"].decode(UUID?.self),
            jobID: try row["job_id"].decode(UUID.self), json: try row["json"].decode(String.self),
            html: try row["html"].decode(String.self), referenceNames: try row["reference_names"].decode([String].self),
            gutskinVersion: try row["gutskin_version"].decode(String.self),
            summaryJSON: try row["summary_json"].decode(String.self), createdAt: try row["created_at"].decode(Date.self))
    }

    static func reportSummary(_ row: PostgresRow) throws -> ReportSummary {
        let row = row.makeRandomAccess()
        return ReportSummary(
            id: try row["id"].decode(UUID.self), ownerID: try row["owner_id"].decode(UUID.self),
            sampleID: try row["sample_id"].decode(UUID.self), subjectID: try row["subject_id"].decode(UUID?.self),
            jobID: try row["job_id"].decode(UUID.self), referenceNames: try row["reference_names"].decode([String].self),
            gutskinVersion: try row["gutskin_version"].decode(String.self),
            summaryJSON: try row["summary_json"].decode(String.self), createdAt: try row["created_at"].decode(Date.self))
    }

    static func event(_ row: PostgresRow) throws -> Event {
        let row = row.makeRandomAccess()
        return Event(
            id: try row["id"].decode(UUID.self), ownerID: try row["owner_id"].decode(UUID.self),
            date: try row["date"].decode(Date.self), text: try row["text"].decode(String.self),
            createdAt: try row["created_at"].decode(Date.self))
    }

    static func delivery(_ row: PostgresRow) throws -> WebhookDelivery {
        let row = row.makeRandomAccess()
        return WebhookDelivery(
            id: try row["id"].decode(UUID.self), ownerID: try row["owner_id"].decode(UUID.self),
            jobID: try row["job_id"].decode(UUID.self), body: try row["body"].decode(String.self),
            attempts: try row["attempts"].decode(Int.self), nextAttemptAt: try row["next_attempt_at"].decode(Date.self),
            status: try choice(row, "status", table: "webhook_deliveries"))
    }

    /// An enum stored as its raw text.
    static func choice<Value: RawRepresentable>(_ row: PostgresRandomAccessRow, _ column: String, table: String) throws -> Value
    where Value.RawValue == String {
        guard let value = Value(rawValue: try row[column].decode(String.self)) else {
            throw StoreError.corruptRow(table: table, column: column)
        }
        return value
    }
}
