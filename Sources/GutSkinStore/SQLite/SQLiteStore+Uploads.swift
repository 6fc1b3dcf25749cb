import Foundation
import GRDB

/// Files, samples, reports and events on SQLite.
extension SQLiteStore {
    /// Rows the account owns or that belong to a subject it claimed (`?` twice: the account id).
    static let visibleToAccount =
        "(owner_id = ? OR subject_id IN (SELECT id FROM subjects WHERE claimed_by = ?))"

    // MARK: Files

    public func insertFile(_ file: StoredFile) async throws {
        try await write { db in
            try db.executeChecked(
                sql: """
                    INSERT INTO files (id, owner_id, kind, original_name, storage_path, size, sha256, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    file.id, file.ownerID, file.kind.rawValue, file.originalName, file.storagePath,
                    file.size, file.sha256, file.createdAt,
                ])
        }
    }

    public func file(id: UUID, ownerID: UUID) async throws -> StoredFile? {
        try await read { db in
            try Row.fetchOne(
                db, sql: "SELECT * FROM files WHERE id = ? AND owner_id = ?", arguments: [id, ownerID]
            ).map(SQLiteRows.file)
        }
    }

    public func files(ownerID: UUID) async throws -> [StoredFile] {
        try await read { db in
            try Self.files(db, ownerID: ownerID)
        }
    }

    static func files(_ db: Database, ownerID: UUID) throws -> [StoredFile] {
        try Row.fetchAll(
            db, sql: "SELECT * FROM files WHERE owner_id = ? ORDER BY created_at, id",
            arguments: [ownerID]
        ).map(SQLiteRows.file)
    }

    public func deleteExpiredFiles(now: Date) async throws -> [String] {
        try await write { db in
            let retentions = try Row.fetchAll(
                db, sql: "SELECT id, retention_days FROM accounts WHERE retention_days IS NOT NULL")
            var paths: [String] = []
            for retention in retentions {
                let ownerID: UUID = try retention.decode(forColumn: "id")
                let days: Int = try retention.decode(forColumn: "retention_days")
                let cutoff = now.addingTimeInterval(-Double(days) * 86_400)
                let condition = "owner_id = ? AND created_at < ?"
                paths += try String.fetchAll(
                    db, sql: "SELECT storage_path FROM files WHERE \(condition) ORDER BY created_at",
                    arguments: [ownerID, cutoff])
                try db.executeChecked(
                    sql: "DELETE FROM files WHERE \(condition)", arguments: [ownerID, cutoff])
            }
            return paths
        }
    }

    // MARK: Samples

    public func insertSamples(_ samples: [Sample]) async throws {
        try await write { db in
            try Self.insert(samples, db)
        }
    }

    public func insertSamples(_ samples: [Sample], enqueuing job: Job) async throws {
        try await write { db in
            try Self.insert(samples, db)
            try Self.insert(job, db)
        }
    }

    static func insert(_ samples: [Sample], _ db: Database) throws {
        for sample in samples {
            try db.executeChecked(
                sql: """
                    INSERT INTO samples (id, owner_id, subject_id, name, site, table_file_id, skin_sample_id,
                        questionnaire_file_id, breath_test_file_id, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    sample.id, sample.ownerID, sample.subjectID, sample.name, sample.site.rawValue,
                    sample.tableFileID, sample.skinSampleID, sample.questionnaireFileID,
                    sample.breathTestFileID, sample.createdAt,
                ])
        }
    }

    public func sample(id: UUID, visibleTo accountID: UUID) async throws -> Sample? {
        try await read { db in
            try Row.fetchOne(
                db, sql: "SELECT * FROM samples WHERE id = ? AND \(Self.visibleToAccount)",
                arguments: [id, accountID, accountID]
            ).map(SQLiteRows.sample)
        }
    }

    public func samples(visibleTo accountID: UUID) async throws -> [Sample] {
        try await read { db in
            try Self.samples(db, visibleTo: accountID)
        }
    }

    static func samples(_ db: Database, visibleTo accountID: UUID) throws -> [Sample] {
        try Row.fetchAll(
            db,
            sql: "SELECT * FROM samples WHERE \(visibleToAccount) ORDER BY created_at, id",
            arguments: [accountID, accountID]
        ).map(SQLiteRows.sample)
    }

    // MARK: Reports

    public func report(id: UUID, visibleTo accountID: UUID) async throws -> StoredReport? {
        try await read { db in
            try Row.fetchOne(
                db, sql: "SELECT * FROM reports WHERE id = ? AND \(Self.visibleToAccount)",
                arguments: [id, accountID, accountID]
            ).map(SQLiteRows.report)
        }
    }

    public func reports(visibleTo accountID: UUID) async throws -> [ReportSummary] {
        try await read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT id, owner_id, sample_id, subject_id, job_id, reference_names, gutskin_version,
                        summary_json, created_at
                    FROM reports WHERE \(Self.visibleToAccount) ORDER BY created_at, id
                    """,
                arguments: [accountID, accountID]
            ).map(SQLiteRows.reportSummary)
        }
    }

    // MARK: Events

    public func addEvent(_ event: Event) async throws {
        try await write { db in
            try db.executeChecked(
                sql: "INSERT INTO events (id, owner_id, date, text, created_at) VALUES (?, ?, ?, ?, ?)",
                arguments: [event.id, event.ownerID, event.date, event.text, event.createdAt])
        }
    }

    public func events(ownerID: UUID) async throws -> [Event] {
        try await read { db in
            try Self.events(db, ownerID: ownerID)
        }
    }

    static func events(_ db: Database, ownerID: UUID) throws -> [Event] {
        try Row.fetchAll(
            db, sql: "SELECT * FROM events WHERE owner_id = ? ORDER BY date, created_at, id",
            arguments: [ownerID]
        ).map(SQLiteRows.event)
    }

    public func deleteEvent(id: UUID, ownerID: UUID) async throws -> Bool {
        try await write { db in
            try db.executeChecked(
                sql: "DELETE FROM events WHERE id = ? AND owner_id = ?", arguments: [id, ownerID])
            return db.changesCount == 1
        }
    }

    // MARK: Export

    public func export(accountID: UUID) async throws -> AccountExport? {
        try await read { db in
            guard
                let account = try Row.fetchOne(
                    db, sql: "SELECT * FROM accounts WHERE id = ?", arguments: [accountID]
                ).map(SQLiteRows.account)
            else { return nil }
            let tokens = try Row.fetchAll(
                db,
                sql: "SELECT * FROM access_tokens WHERE account_id = ? AND kind = 'api' ORDER BY created_at, id",
                arguments: [accountID]
            ).map(SQLiteRows.token)
            let subjects = try Row.fetchAll(
                db, sql: "SELECT * FROM subjects WHERE owner_id = ? ORDER BY created_at, id",
                arguments: [accountID]
            ).map(SQLiteRows.subject)
            let reports = try Row.fetchAll(
                db,
                sql: "SELECT * FROM reports WHERE \(Self.visibleToAccount) ORDER BY created_at, id",
                arguments: [accountID, accountID]
            ).map(SQLiteRows.report)
            return AccountExport(
                account: account, apiTokens: tokens, subjects: subjects,
                files: try Self.files(db, ownerID: accountID),
                samples: try Self.samples(db, visibleTo: accountID),
                jobs: try Self.jobs(db, ownerID: accountID), reports: reports,
                events: try Self.events(db, ownerID: accountID),
                conversations: try Self.conversations(db, ownerID: accountID))
        }
    }
}
