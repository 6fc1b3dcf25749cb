import Foundation
import GRDB

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The SQLite schema as a versioned list of migrations, applied in order by GRDB's
/// `DatabaseMigrator` at open (each once; the applied ones are recorded in `grdb_migrations`).
/// Keep in step with `PostgresMigrations`: the same tables and columns in each dialect.
enum SQLiteMigrations {
    static let versions: [(name: String, sql: String)] = [
        ("v1-service", v1),
        ("v2-cascade-indexes", v2),
        ("v3-conversations", SQLiteStore.conversationsMigration),
        ("v4-job-sample-errors", v4),
        ("v5-diary-days", v5DiaryDays),
    ]

    /// Applies the missing versions while holding an exclusive lock on `<database>-migration.lock`.
    /// The migrator decides what is missing before its transactions begin, so two processes opening
    /// a new database at once would both apply v1 without the lock (and the second would fail).
    static func migrate(_ pool: DatabasePool, databasePath: String) throws {
        let lockPath = databasePath + "-migration.lock"
        let descriptor = open(lockPath, O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw StoreError.openFailed("cannot create \(lockPath)") }
        defer { close(descriptor) }  // closing releases the lock
        guard flock(descriptor, LOCK_EX) == 0 else { throw StoreError.openFailed("cannot lock \(lockPath)") }
        try migrator.migrate(pool)
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for version in versions {
            migrator.registerMigration(version.name) { db in try db.execute(sql: version.sql) }
        }
        return migrator
    }

    /// Ids are 16-byte UUID blobs and dates GRDB's UTC text ("yyyy-MM-dd HH:mm:ss.SSS"), which
    /// compares in time order. Every owned row goes with its account (ON DELETE CASCADE).
    static let v1 = """
        CREATE TABLE accounts (
            id BLOB PRIMARY KEY NOT NULL,
            email TEXT NOT NULL UNIQUE,
            password_hash TEXT NOT NULL,
            kind TEXT NOT NULL,
            created_at TEXT NOT NULL,
            retention_days INTEGER,
            webhook_url TEXT,
            webhook_secret TEXT
        );
        CREATE TABLE access_tokens (
            id BLOB PRIMARY KEY NOT NULL,
            account_id BLOB NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            token_hash TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            label TEXT NOT NULL,
            created_at TEXT NOT NULL,
            expires_at TEXT
        );
        CREATE INDEX access_tokens_account ON access_tokens(account_id);
        CREATE TABLE subjects (
            id BLOB PRIMARY KEY NOT NULL,
            owner_id BLOB NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            claim_code_hash TEXT UNIQUE,
            claimed_by BLOB REFERENCES accounts(id) ON DELETE SET NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX subjects_owner ON subjects(owner_id);
        CREATE INDEX subjects_claimed_by ON subjects(claimed_by);
        CREATE TABLE files (
            id BLOB PRIMARY KEY NOT NULL,
            owner_id BLOB NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            original_name TEXT NOT NULL,
            storage_path TEXT NOT NULL,
            size INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX files_owner ON files(owner_id, created_at);
        CREATE TABLE samples (
            id BLOB PRIMARY KEY NOT NULL,
            owner_id BLOB NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            subject_id BLOB REFERENCES subjects(id) ON DELETE SET NULL,
            name TEXT NOT NULL,
            site TEXT NOT NULL,
            table_file_id BLOB NOT NULL,
            skin_sample_id TEXT,
            questionnaire_file_id BLOB,
            breath_test_file_id BLOB,
            created_at TEXT NOT NULL
        );
        CREATE INDEX samples_owner ON samples(owner_id, created_at);
        CREATE INDEX samples_subject ON samples(subject_id);
        CREATE TABLE jobs (
            id BLOB PRIMARY KEY NOT NULL,
            owner_id BLOB NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            status TEXT NOT NULL,
            sample_ids TEXT NOT NULL,
            attempts INTEGER NOT NULL,
            error TEXT,
            claim_token BLOB,
            lease_expires_at TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX jobs_owner ON jobs(owner_id, created_at);
        CREATE INDEX jobs_status ON jobs(status, created_at);
        CREATE TABLE reports (
            id BLOB PRIMARY KEY NOT NULL,
            owner_id BLOB NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            sample_id BLOB NOT NULL REFERENCES samples(id) ON DELETE CASCADE,
            subject_id BLOB REFERENCES subjects(id) ON DELETE SET NULL,
            job_id BLOB NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
            json TEXT NOT NULL,
            html TEXT NOT NULL,
            reference_names TEXT NOT NULL,
            gutskin_version TEXT NOT NULL,
            summary_json TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX reports_owner ON reports(owner_id, created_at);
        CREATE INDEX reports_subject ON reports(subject_id);
        CREATE INDEX reports_job ON reports(job_id);
        CREATE TABLE events (
            id BLOB PRIMARY KEY NOT NULL,
            owner_id BLOB NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            date TEXT NOT NULL,
            text TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX events_owner ON events(owner_id, date);
        CREATE TABLE webhook_deliveries (
            id BLOB PRIMARY KEY NOT NULL,
            owner_id BLOB NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            job_id BLOB NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
            body TEXT NOT NULL,
            attempts INTEGER NOT NULL,
            next_attempt_at TEXT NOT NULL,
            status TEXT NOT NULL
        );
        CREATE INDEX webhook_deliveries_due ON webhook_deliveries(status, next_attempt_at);
        CREATE TABLE rate_limit_attempts (
            key TEXT NOT NULL,
            at TEXT NOT NULL
        );
        CREATE INDEX rate_limit_attempts_key ON rate_limit_attempts(key, at);
        """

    /// Indexes on the foreign keys that deletes cascade through (an account's deletion would scan
    /// these tables once per deleted sample or job without them).
    static let v2 = """
        CREATE INDEX reports_sample ON reports(sample_id);
        CREATE INDEX webhook_deliveries_owner ON webhook_deliveries(owner_id);
        CREATE INDEX webhook_deliveries_job ON webhook_deliveries(job_id);
        """

    /// Per-sample errors of a job (JSON `[{"sample_id", "error"}]`), so one bad sample of a batch
    /// does not lose the others' reports.
    static let v4 = """
        ALTER TABLE jobs ADD COLUMN sample_errors TEXT;
        """

    /// Days logged on the diary page: one row per account and day (the day's entries as the diary's JSON form).
    static let v5DiaryDays = """
        CREATE TABLE diary_days (
            id BLOB PRIMARY KEY NOT NULL,
            owner_id BLOB NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            day TEXT NOT NULL,
            entries_json TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (owner_id, day)
        );
        """
}
