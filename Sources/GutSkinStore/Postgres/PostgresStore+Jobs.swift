import Foundation
import PostgresNIO

/// The job queue, webhook deliveries and rate limits on PostgreSQL. Claims are one UPDATE whose
/// subquery picks the row `FOR UPDATE SKIP LOCKED`: concurrent claimers (on any server) each lock a
/// different row, and none waits for another's.
extension PostgresStore {
    // MARK: Jobs

    public func enqueueJob(_ job: Job) async throws {
        try await transaction { connection in
            try await insert(job, on: connection)
        }
    }

    func insert(_ job: Job, on connection: PostgresConnection) async throws {
        try await rows(
            """
            INSERT INTO jobs (id, owner_id, status, sample_ids, attempts, error, claim_token, lease_expires_at,
                created_at, updated_at)
            VALUES (\(job.id), \(job.ownerID), \(job.status.rawValue), \(job.sampleIDs), \(job.attempts), \(job.error),
                \(job.claimToken), \(job.leaseExpiresAt), \(job.createdAt), \(job.updatedAt))
            """, on: connection)
    }

    public func claimNextJob(now: Date, lease: TimeInterval) async throws -> Job? {
        let claimed = try await rows(
            """
            UPDATE jobs SET status = 'running', claim_token = \(UUID()), attempts = attempts + 1,
                lease_expires_at = \(now.addingTimeInterval(lease)), updated_at = \(now)
            WHERE id = (
                SELECT id FROM jobs
                WHERE status = 'queued' OR (status = 'running' AND lease_expires_at <= \(now))
                ORDER BY created_at, id LIMIT 1
                FOR UPDATE SKIP LOCKED)
            RETURNING *
            """
        ).first.map(PostgresRows.job)
        guard var job = claimed else { return nil }
        job.reportIDs = try await reportIDs(jobID: job.id)
        return job
    }

    public func renewLease(jobID: UUID, claimToken: UUID, until: Date) async throws -> Bool {
        try await !rows(
            """
            UPDATE jobs SET lease_expires_at = \(until)
            WHERE id = \(jobID) AND claim_token = \(claimToken) AND status = 'running' RETURNING id
            """
        ).isEmpty
    }

    public func completeJob(
        id: UUID, claimToken: UUID, reports: [StoredReport], sampleErrors: [Job.SampleError],
        delivery: WebhookDelivery?, now: Date
    ) async throws -> Bool {
        let sampleErrors = JobSampleErrors.encode(sampleErrors)
        return try await transaction { connection in
            // The UPDATE locks the row, so a concurrent re-claim waits and then no longer matches.
            let marked = try await rows(
                """
                UPDATE jobs SET status = 'done', claim_token = NULL, lease_expires_at = NULL, error = NULL,
                    sample_errors = \(sampleErrors), updated_at = \(now)
                WHERE id = \(id) AND claim_token = \(claimToken) AND status = 'running' RETURNING id
                """, on: connection)
            guard !marked.isEmpty else { return false }
            for report in reports {
                try await rows(
                    """
                    INSERT INTO reports (id, owner_id, sample_id, subject_id, job_id, json, html, reference_names,
                        gutskin_version, summary_json, created_at)
                    VALUES (\(report.id), \(report.ownerID), \(report.sampleID), \(report.subjectID), \(report.jobID),
                        \(report.json), \(report.html), \(report.referenceNames), \(report.gutskinVersion),
                        \(report.summaryJSON), \(report.createdAt))
                    """, on: connection)
            }
            if let delivery { try await insert(delivery, on: connection) }
            return true
        }
    }

    public func failJob(
        id: UUID, claimToken: UUID, error: String, sampleErrors: [Job.SampleError], retry: Bool,
        delivery: WebhookDelivery?, now: Date
    ) async throws -> Bool {
        let status = retry ? Job.Status.queued.rawValue : Job.Status.failed.rawValue
        let sampleErrors = retry ? nil : JobSampleErrors.encode(sampleErrors)
        return try await transaction { connection in
            let marked = try await rows(
                """
                UPDATE jobs SET status = \(status), claim_token = NULL, lease_expires_at = NULL, error = \(error),
                    sample_errors = \(sampleErrors), updated_at = \(now)
                WHERE id = \(id) AND claim_token = \(claimToken) AND status = 'running' RETURNING id
                """, on: connection)
            guard !marked.isEmpty else { return false }
            if let delivery, !retry { try await insert(delivery, on: connection) }
            return true
        }
    }

    public func job(id: UUID, ownerID: UUID) async throws -> Job? {
        guard var job = try await rows("SELECT * FROM jobs WHERE id = \(id) AND owner_id = \(ownerID)").first.map(PostgresRows.job)
        else { return nil }
        job.reportIDs = try await reportIDs(jobID: id)
        return job
    }

    public func jobs(ownerID: UUID) async throws -> [Job] {
        try await transaction { connection in
            try await jobs(ownerID: ownerID, on: connection)
        }
    }

    func jobs(ownerID: UUID, on connection: PostgresConnection) async throws -> [Job] {
        var reportIDs: [UUID: [UUID]] = [:]
        for row in try await rows(
            "SELECT id, job_id FROM reports WHERE owner_id = \(ownerID) ORDER BY created_at, id", on: connection)
        {
            let (reportID, jobID) = try row.decode((UUID, UUID).self)
            reportIDs[jobID, default: []].append(reportID)
        }
        return try await rows("SELECT * FROM jobs WHERE owner_id = \(ownerID) ORDER BY created_at, id", on: connection)
            .map { row in
                var job = try PostgresRows.job(row)
                job.reportIDs = reportIDs[job.id] ?? []
                return job
            }
    }

    func reportIDs(jobID: UUID) async throws -> [UUID] {
        try await rows("SELECT id FROM reports WHERE job_id = \(jobID) ORDER BY created_at, id").map { try $0.decode(UUID.self) }
    }

    public func jobCounts() async throws -> [Job.Status: Int] {
        var counts: [Job.Status: Int] = [:]
        for row in try await rows("SELECT status, COUNT(*) FROM jobs GROUP BY status") {
            let (status, count) = try row.decode((String, Int).self)
            guard let status = Job.Status(rawValue: status) else { throw StoreError.corruptRow(table: "jobs", column: "status") }
            counts[status] = count
        }
        return counts
    }

    // MARK: Webhook deliveries

    public func enqueueDelivery(_ delivery: WebhookDelivery) async throws {
        try await transaction { connection in
            try await insert(delivery, on: connection)
        }
    }

    func insert(_ delivery: WebhookDelivery, on connection: PostgresConnection) async throws {
        try await rows(
            """
            INSERT INTO webhook_deliveries (id, owner_id, job_id, body, attempts, next_attempt_at, status)
            VALUES (\(delivery.id), \(delivery.ownerID), \(delivery.jobID), \(delivery.body), \(delivery.attempts),
                \(delivery.nextAttemptAt), \(delivery.status.rawValue))
            """, on: connection)
    }

    public func claimDueDeliveries(now: Date, limit: Int, lease: TimeInterval) async throws -> [WebhookDelivery] {
        try await rows(
            """
            UPDATE webhook_deliveries SET attempts = attempts + 1, next_attempt_at = \(now.addingTimeInterval(lease))
            WHERE id IN (
                SELECT id FROM webhook_deliveries WHERE status = 'pending' AND next_attempt_at <= \(now)
                ORDER BY next_attempt_at, id LIMIT \(limit)
                FOR UPDATE SKIP LOCKED)
            RETURNING *
            """
        ).map(PostgresRows.delivery).sorted { ($0.nextAttemptAt, $0.id.uuidString) < ($1.nextAttemptAt, $1.id.uuidString) }
    }

    public func markDelivery(id: UUID, status: WebhookDelivery.Status, nextAttemptAt: Date) async throws {
        try await rows(
            "UPDATE webhook_deliveries SET status = \(status.rawValue), next_attempt_at = \(nextAttemptAt) WHERE id = \(id)")
    }

    // MARK: Rate limiting

    public func recordAttempt(key: String, now: Date, window: TimeInterval) async throws -> Int {
        let start = now.addingTimeInterval(-window)
        return try await transaction { connection in
            // Attempts on one key take turns, so two servers never both count the same total.
            try await rows("SELECT pg_advisory_xact_lock(hashtext(\(key)))", on: connection)
            try await rows("DELETE FROM rate_limit_attempts WHERE key = \(key) AND at <= \(start)", on: connection)
            try await rows("INSERT INTO rate_limit_attempts (key, at) VALUES (\(key), \(now))", on: connection)
            return try await rows(
                "SELECT COUNT(*) FROM rate_limit_attempts WHERE key = \(key) AND at > \(start)", on: connection
            ).first?.decode(Int.self) ?? 0
        }
    }

    public func clearAttempts(key: String) async throws {
        try await rows("DELETE FROM rate_limit_attempts WHERE key = \(key)")
    }
}
