import Foundation
import PostgresNIO

/// Files, samples, reports and events on PostgreSQL.
extension PostgresStore {
    // MARK: Files

    public func insertFile(_ file: StoredFile) async throws {
        try await rows(
            """
            INSERT INTO files (id, owner_id, kind, original_name, storage_path, size, sha256, created_at)
            VALUES (\(file.id), \(file.ownerID), \(file.kind.rawValue), \(file.originalName), \(file.storagePath),
                \(file.size), \(file.sha256), \(file.createdAt))
            """)
    }

    public func file(id: UUID, ownerID: UUID) async throws -> StoredFile? {
        try await rows("SELECT * FROM files WHERE id = \(id) AND owner_id = \(ownerID)").first.map(PostgresRows.file)
    }

    public func files(ownerID: UUID) async throws -> [StoredFile] {
        try await rows("SELECT * FROM files WHERE owner_id = \(ownerID) ORDER BY created_at, id").map(PostgresRows.file)
    }

    public func deleteExpiredFiles(now: Date) async throws -> [String] {
        try await transaction { connection in
            let retentions = try await rows(
                "SELECT id, retention_days FROM accounts WHERE retention_days IS NOT NULL", on: connection
            ).map { try $0.decode((UUID, Int).self) }
            var paths: [String] = []
            for (ownerID, days) in retentions {
                let cutoff = now.addingTimeInterval(-Double(days) * 86_400)
                paths += try await rows(
                    "DELETE FROM files WHERE owner_id = \(ownerID) AND created_at < \(cutoff) RETURNING storage_path",
                    on: connection
                ).map { try $0.decode(String.self) }
            }
            return paths
        }
    }

    // MARK: Samples

    public func insertSamples(_ samples: [Sample]) async throws {
        try await transaction { connection in
            try await insert(samples, on: connection)
        }
    }

    public func insertSamples(_ samples: [Sample], enqueuing job: Job) async throws {
        try await transaction { connection in
            try await insert(samples, on: connection)
            try await insert(job, on: connection)
        }
    }

    func insert(_ samples: [Sample], on connection: PostgresConnection) async throws {
        for sample in samples {
            try await rows(
                """
                INSERT INTO samples (id, owner_id, subject_id, name, site, table_file_id, skin_sample_id,
                    questionnaire_file_id, breath_test_file_id, created_at)
                VALUES (\(sample.id), \(sample.ownerID), \(sample.subjectID), \(sample.name), \(sample.site.rawValue),
                    \(sample.tableFileID), \(sample.skinSampleID), \(sample.questionnaireFileID), \(sample.breathTestFileID),
                    \(sample.createdAt))
                """, on: connection)
        }
    }

    public func sample(id: UUID, visibleTo accountID: UUID) async throws -> Sample? {
        try await rows(
            """
            SELECT * FROM samples WHERE id = \(id)
                AND (owner_id = \(accountID) OR subject_id IN (SELECT id FROM subjects WHERE claimed_by = \(accountID)))
            """
        ).first.map(PostgresRows.sample)
    }

    public func samples(visibleTo accountID: UUID) async throws -> [Sample] {
        try await rows(
            """
            SELECT * FROM samples
            WHERE owner_id = \(accountID) OR subject_id IN (SELECT id FROM subjects WHERE claimed_by = \(accountID))
            ORDER BY created_at, id
            """
        ).map(PostgresRows.sample)
    }

    // MARK: Reports

    public func report(id: UUID, visibleTo accountID: UUID) async throws -> StoredReport? {
        try await rows(
            """
            SELECT * FROM reports WHERE id = \(id)
                AND (owner_id = \(accountID) OR subject_id IN (SELECT id FROM subjects WHERE claimed_by = \(accountID)))
            """
        ).first.map(PostgresRows.report)
    }

    public func reports(visibleTo accountID: UUID) async throws -> [ReportSummary] {
        try await rows(
            """
            SELECT id, owner_id, sample_id, subject_id, job_id, reference_names, gutskin_version, summary_json, created_at
            FROM reports
            WHERE owner_id = \(accountID) OR subject_id IN (SELECT id FROM subjects WHERE claimed_by = \(accountID))
            ORDER BY created_at, id
            """
        ).map(PostgresRows.reportSummary)
    }

    // MARK: Events

    public func addEvent(_ event: Event) async throws {
        try await rows(
            """
            INSERT INTO events (id, owner_id, date, text, created_at)
            VALUES (\(event.id), \(event.ownerID), \(event.date), \(event.text), \(event.createdAt))
            """)
    }

    public func events(ownerID: UUID) async throws -> [Event] {
        try await rows("SELECT * FROM events WHERE owner_id = \(ownerID) ORDER BY date, created_at, id").map(PostgresRows.event)
    }

    public func deleteEvent(id: UUID, ownerID: UUID) async throws -> Bool {
        try await !rows("DELETE FROM events WHERE id = \(id) AND owner_id = \(ownerID) RETURNING id").isEmpty
    }

    // MARK: Export

    public func export(accountID: UUID) async throws -> AccountExport? {
        // One REPEATABLE READ transaction, so the parts agree with each other.
        try await transaction { connection in
            try await rows("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ", on: connection)
            guard let account = try await rows("SELECT * FROM accounts WHERE id = \(accountID)", on: connection).first
            else { return nil }
            let visible = "(owner_id = $1 OR subject_id IN (SELECT id FROM subjects WHERE claimed_by = $1))"
            func select(_ sql: String) async throws -> [PostgresRow] {
                var bindings = PostgresBindings()
                bindings.append(accountID)
                return try await rows(PostgresQuery(unsafeSQL: sql, binds: bindings), on: connection)
            }
            return AccountExport(
                account: try PostgresRows.account(account),
                apiTokens: try await select(
                    "SELECT * FROM access_tokens WHERE account_id = $1 AND kind = 'api' ORDER BY created_at, id"
                ).map(PostgresRows.token),
                subjects: try await select("SELECT * FROM subjects WHERE owner_id = $1 ORDER BY created_at, id")
                    .map(PostgresRows.subject),
                files: try await select("SELECT * FROM files WHERE owner_id = $1 ORDER BY created_at, id").map(PostgresRows.file),
                samples: try await select("SELECT * FROM samples WHERE \(visible) ORDER BY created_at, id").map(PostgresRows.sample),
                jobs: try await jobs(ownerID: accountID, on: connection),
                reports: try await select("SELECT * FROM reports WHERE \(visible) ORDER BY created_at, id").map(PostgresRows.report),
                events: try await select("SELECT * FROM events WHERE owner_id = $1 ORDER BY date, created_at, id")
                    .map(PostgresRows.event),
                conversations: try await select("SELECT * FROM conversations WHERE owner_id = $1 ORDER BY created_at, id")
                    .map(Self.conversation))
        }
    }
}
