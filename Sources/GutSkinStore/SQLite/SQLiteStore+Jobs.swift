import Foundation
import GRDB

/// The job queue, webhook deliveries and rate limits on SQLite. A claim is a SELECT and an
/// UPDATE inside one IMMEDIATE transaction: the write lock is taken first, so no other writer
/// (in this process or another) can claim the same row in between.
extension SQLiteStore {
    // MARK: Jobs

    public func enqueueJob(_ job: Job) async throws {
        try await write { db in
            try Self.insert(job, db)
        }
    }

    static func insert(_ job: Job, _ db: Database) throws {
        try db.executeChecked(
            sql: """
                INSERT INTO jobs (id, owner_id, status, sample_ids, attempts, error, claim_token,
                    lease_expires_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                job.id, job.ownerID, job.status.rawValue, SQLiteRows.jsonText(job.sampleIDs),
                job.attempts, job.error, job.claimToken, job.leaseExpiresAt, job.createdAt,
                job.updatedAt,
            ])
    }

    public func claimNextJob(now: Date, lease: TimeInterval) async throws -> Job? {
        try await write { db in
            guard
                let id = try UUID.fetchOne(
                    db,
                    sql: """
                        SELECT id FROM jobs
                        WHERE status = 'queued' OR (status = 'running' AND lease_expires_at <= ?)
                        ORDER BY created_at, id LIMIT 1
                        """,
                    arguments: [now])
            else { return nil }
            try db.executeChecked(
                sql: """
                    UPDATE jobs SET status = 'running', claim_token = ?, attempts = attempts + 1,
                        lease_expires_at = ?, updated_at = ?
                    WHERE id = ?
                    """,
                arguments: [UUID(), now.addingTimeInterval(lease), now, id])
            return try Self.job(db, id: id)
        }
    }

    public func renewLease(jobID: UUID, claimToken: UUID, until: Date) async throws -> Bool {
        try await write { db in
            try db.executeChecked(
                sql: """
                    UPDATE jobs SET lease_expires_at = ?
                    WHERE id = ? AND claim_token = ? AND status = 'running'
                    """,
                arguments: [until, jobID, claimToken])
            return db.changesCount == 1
        }
    }

    public func completeJob(
        id: UUID, claimToken: UUID, reports: [StoredReport], sampleErrors: [Job.SampleError],
        delivery: WebhookDelivery?, now: Date
    ) async throws -> Bool {
        try await write { db in
            try db.executeChecked(
                sql: """
                    UPDATE jobs SET status = 'done', claim_token = NULL, lease_expires_at = NULL,
                        error = NULL, sample_errors = ?, updated_at = ?
                    WHERE id = ? AND claim_token = ? AND status = 'running'
                    """,
                arguments: [JobSampleErrors.encode(sampleErrors), now, id, claimToken])
            guard db.changesCount == 1 else { return false }
            for report in reports {
                try db.executeChecked(
                    sql: """
                        INSERT INTO reports (id, owner_id, sample_id, subject_id, job_id, json, html,
                            reference_names, gutskin_version, summary_json, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        report.id, report.ownerID, report.sampleID, report.subjectID, report.jobID,
                        report.json, report.html, SQLiteRows.jsonText(report.referenceNames),
                        report.gutskinVersion, report.summaryJSON, report.createdAt,
                    ])
            }
            if let delivery { try Self.insert(delivery, db) }
            return true
        }
    }

    public func failJob(
        id: UUID, claimToken: UUID, error: String, sampleErrors: [Job.SampleError], retry: Bool,
        delivery: WebhookDelivery?, now: Date
    ) async throws -> Bool {
        try await write { db in
            try db.executeChecked(
                sql: """
                    UPDATE jobs SET status = ?, claim_token = NULL, lease_expires_at = NULL, error = ?,
                        sample_errors = ?, updated_at = ?
                    WHERE id = ? AND claim_token = ? AND status = 'running'
                    """,
                arguments: [
                    retry ? Job.Status.queued.rawValue : Job.Status.failed.rawValue, error,
                    retry ? nil : JobSampleErrors.encode(sampleErrors), now, id, claimToken,
                ])
            guard db.changesCount == 1 else { return false }
            if let delivery, !retry { try Self.insert(delivery, db) }
            return true
        }
    }

    public func job(id: UUID, ownerID: UUID) async throws -> Job? {
        try await read { db in
            try Self.job(db, id: id).flatMap { $0.ownerID == ownerID ? $0 : nil }
        }
    }

    public func jobs(ownerID: UUID) async throws -> [Job] {
        try await read { db in
            try Self.jobs(db, ownerID: ownerID)
        }
    }

    public func jobCounts() async throws -> [Job.Status: Int] {
        try await read { db in
            var counts: [Job.Status: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT status, COUNT(*) AS n FROM jobs GROUP BY status") {
                let status: Job.Status = try SQLiteRows.choice(row, "status", table: "jobs")
                counts[status] = try row.decode(forColumn: "n")
            }
            return counts
        }
    }

    /// The job with its report ids, whoever owns it.
    static func job(_ db: Database, id: UUID) throws -> Job? {
        guard
            var job = try Row.fetchOne(db, sql: "SELECT * FROM jobs WHERE id = ?", arguments: [id])
                .map(SQLiteRows.job)
        else { return nil }
        job.reportIDs = try UUID.fetchAll(
            db, sql: "SELECT id FROM reports WHERE job_id = ? ORDER BY created_at, id", arguments: [id])
        return job
    }

    static func jobs(_ db: Database, ownerID: UUID) throws -> [Job] {
        var reportIDs: [UUID: [UUID]] = [:]
        for row in try Row.fetchAll(
            db, sql: "SELECT id, job_id FROM reports WHERE owner_id = ? ORDER BY created_at, id",
            arguments: [ownerID])
        {
            reportIDs[try row.decode(forColumn: "job_id"), default: []].append(
                try row.decode(forColumn: "id"))
        }
        return try Row.fetchAll(
            db, sql: "SELECT * FROM jobs WHERE owner_id = ? ORDER BY created_at, id",
            arguments: [ownerID]
        ).map { row in
            var job = try SQLiteRows.job(row)
            job.reportIDs = reportIDs[job.id] ?? []
            return job
        }
    }

    // MARK: Webhook deliveries

    public func enqueueDelivery(_ delivery: WebhookDelivery) async throws {
        try await write { db in
            try Self.insert(delivery, db)
        }
    }

    static func insert(_ delivery: WebhookDelivery, _ db: Database) throws {
        try db.executeChecked(
            sql: """
                INSERT INTO webhook_deliveries (id, owner_id, job_id, body, attempts, next_attempt_at, status)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                delivery.id, delivery.ownerID, delivery.jobID, delivery.body, delivery.attempts,
                delivery.nextAttemptAt, delivery.status.rawValue,
            ])
    }

    public func claimDueDeliveries(now: Date, limit: Int, lease: TimeInterval) async throws
        -> [WebhookDelivery]
    {
        try await write { db in
            let ids = try UUID.fetchAll(
                db,
                sql: """
                    SELECT id FROM webhook_deliveries WHERE status = 'pending' AND next_attempt_at <= ?
                    ORDER BY next_attempt_at, id LIMIT ?
                    """,
                arguments: [now, limit])
            return try ids.compactMap { id in
                try db.executeChecked(
                    sql: """
                        UPDATE webhook_deliveries SET attempts = attempts + 1, next_attempt_at = ?
                        WHERE id = ?
                        """,
                    arguments: [now.addingTimeInterval(lease), id])
                return try Row.fetchOne(
                    db, sql: "SELECT * FROM webhook_deliveries WHERE id = ?", arguments: [id]
                ).map(SQLiteRows.delivery)
            }
        }
    }

    public func markDelivery(id: UUID, status: WebhookDelivery.Status, nextAttemptAt: Date)
        async throws
    {
        try await write { db in
            try db.executeChecked(
                sql: "UPDATE webhook_deliveries SET status = ?, next_attempt_at = ? WHERE id = ?",
                arguments: [status.rawValue, nextAttemptAt, id])
        }
    }

    // MARK: Rate limiting

    public func recordAttempt(key: String, now: Date, window: TimeInterval) async throws -> Int {
        try await write { db in
            let start = now.addingTimeInterval(-window)
            try db.executeChecked(
                sql: "DELETE FROM rate_limit_attempts WHERE key = ? AND at <= ?", arguments: [key, start])
            try db.executeChecked(
                sql: "INSERT INTO rate_limit_attempts (key, at) VALUES (?, ?)", arguments: [key, now])
            return try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM rate_limit_attempts WHERE key = ? AND at > ?",
                arguments: [key, start]) ?? 0
        }
    }

    public func clearAttempts(key: String) async throws {
        try await write { db in
            try db.executeChecked(sql: "DELETE FROM rate_limit_attempts WHERE key = ?", arguments: [key])
        }
    }
}
