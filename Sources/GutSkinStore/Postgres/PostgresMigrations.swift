import Logging
import PostgresNIO

/// The PostgreSQL schema as a versioned list of migrations, applied at open. The whole run holds
/// a transaction-scoped advisory lock, so two servers starting at once take turns and the second
/// finds the versions already recorded in `schema_migrations`. Keep in step with `SQLiteMigrations`.
enum PostgresMigrations {
    /// Each version's statements (one statement per string: the extended protocol runs one at a time).
    static let versions: [(name: String, statements: [String])] = [
        ("v1-service", v1),
        ("v2-cascade-indexes", v2),
        ("v3-conversations", PostgresStore.conversationsMigration),
        ("v4-job-sample-errors", v4),
        ("v5-diary-days", v5DiaryDays),
    ]

    /// An arbitrary constant naming the migration lock (per database).
    static let lockKey: Int64 = 0x6775_7473_6B69_6E31

    /// Creates `schema` if one is named (under the lock too: concurrent CREATE SCHEMA IF NOT EXISTS
    /// can collide), then applies the versions not yet recorded.
    static func migrate(_ client: PostgresClient, schema: String?, logger: Logger) async throws {
        try await client.withTransaction(logger: logger) { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(\(lockKey))", logger: logger)
            if let schema {
                try await connection.query(
                    PostgresQuery(unsafeSQL: "CREATE SCHEMA IF NOT EXISTS \(PostgresStore.quoted(schema))"), logger: logger)
            }
            try await connection.query(
                """
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())
                """, logger: logger)
            var applied: Set<String> = []
            for try await name in try await connection.query("SELECT name FROM schema_migrations", logger: logger)
                .decode(String.self)
            {
                applied.insert(name)
            }
            for version in versions where !applied.contains(version.name) {
                for statement in version.statements {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await connection.query("INSERT INTO schema_migrations (name) VALUES (\(version.name))", logger: logger)
                logger.info("PostgreSQL store migrated", metadata: ["version": "\(version.name)"])
            }
        }
    }

    /// Every owned row goes with its account (ON DELETE CASCADE); arrays are native arrays.
    static let v1 = [
        """
        CREATE TABLE accounts (
            id uuid PRIMARY KEY, email text NOT NULL UNIQUE, password_hash text NOT NULL, kind text NOT NULL,
            created_at timestamptz NOT NULL, retention_days integer, webhook_url text, webhook_secret text)
        """,
        """
        CREATE TABLE access_tokens (
            id uuid PRIMARY KEY, account_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            token_hash text NOT NULL UNIQUE, kind text NOT NULL, label text NOT NULL,
            created_at timestamptz NOT NULL, expires_at timestamptz)
        """,
        "CREATE INDEX access_tokens_account ON access_tokens(account_id)",
        """
        CREATE TABLE subjects (
            id uuid PRIMARY KEY, owner_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            name text NOT NULL, claim_code_hash text UNIQUE,
            claimed_by uuid REFERENCES accounts(id) ON DELETE SET NULL, created_at timestamptz NOT NULL)
        """,
        "CREATE INDEX subjects_owner ON subjects(owner_id)",
        "CREATE INDEX subjects_claimed_by ON subjects(claimed_by)",
        """
        CREATE TABLE files (
            id uuid PRIMARY KEY, owner_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            kind text NOT NULL, original_name text NOT NULL, storage_path text NOT NULL, size bigint NOT NULL,
            sha256 text NOT NULL, created_at timestamptz NOT NULL)
        """,
        "CREATE INDEX files_owner ON files(owner_id, created_at)",
        """
        CREATE TABLE samples (
            id uuid PRIMARY KEY, owner_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            subject_id uuid REFERENCES subjects(id) ON DELETE SET NULL, name text NOT NULL, site text NOT NULL,
            table_file_id uuid NOT NULL, skin_sample_id text, questionnaire_file_id uuid, breath_test_file_id uuid,
            created_at timestamptz NOT NULL)
        """,
        "CREATE INDEX samples_owner ON samples(owner_id, created_at)",
        "CREATE INDEX samples_subject ON samples(subject_id)",
        """
        CREATE TABLE jobs (
            id uuid PRIMARY KEY, owner_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            status text NOT NULL, sample_ids uuid[] NOT NULL, attempts integer NOT NULL, error text,
            claim_token uuid, lease_expires_at timestamptz, created_at timestamptz NOT NULL,
            updated_at timestamptz NOT NULL)
        """,
        "CREATE INDEX jobs_owner ON jobs(owner_id, created_at)",
        "CREATE INDEX jobs_claimable ON jobs(created_at, id) WHERE status IN ('queued', 'running')",
        """
        CREATE TABLE reports (
            id uuid PRIMARY KEY, owner_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            sample_id uuid NOT NULL REFERENCES samples(id) ON DELETE CASCADE,
            subject_id uuid REFERENCES subjects(id) ON DELETE SET NULL,
            job_id uuid NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
            json text NOT NULL, html text NOT NULL, reference_names text[] NOT NULL, gutskin_version text NOT NULL,
            summary_json text NOT NULL, created_at timestamptz NOT NULL)
        """,
        "CREATE INDEX reports_owner ON reports(owner_id, created_at)",
        "CREATE INDEX reports_subject ON reports(subject_id)",
        "CREATE INDEX reports_job ON reports(job_id)",
        """
        CREATE TABLE events (
            id uuid PRIMARY KEY, owner_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            date timestamptz NOT NULL, text text NOT NULL, created_at timestamptz NOT NULL)
        """,
        "CREATE INDEX events_owner ON events(owner_id, date)",
        """
        CREATE TABLE webhook_deliveries (
            id uuid PRIMARY KEY, owner_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            job_id uuid NOT NULL REFERENCES jobs(id) ON DELETE CASCADE, body text NOT NULL,
            attempts integer NOT NULL, next_attempt_at timestamptz NOT NULL, status text NOT NULL)
        """,
        "CREATE INDEX webhook_deliveries_due ON webhook_deliveries(next_attempt_at) WHERE status = 'pending'",
        "CREATE TABLE rate_limit_attempts (key text NOT NULL, at timestamptz NOT NULL)",
        "CREATE INDEX rate_limit_attempts_key ON rate_limit_attempts(key, at)",
    ]

    /// Indexes on the foreign keys that deletes cascade through (as SQLite's v2).
    static let v2 = [
        "CREATE INDEX reports_sample ON reports(sample_id)",
        "CREATE INDEX webhook_deliveries_owner ON webhook_deliveries(owner_id)",
        "CREATE INDEX webhook_deliveries_job ON webhook_deliveries(job_id)",
    ]

    /// Per-sample errors of a job, as JSON text (as SQLite's v4).
    static let v4 = ["ALTER TABLE jobs ADD COLUMN sample_errors text"]
    /// Days logged on the diary page (as SQLite's v5-diary-days).
    static let v5DiaryDays = [
        """
        CREATE TABLE diary_days (
            id uuid PRIMARY KEY, owner_id uuid NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            day text NOT NULL, entries_json text NOT NULL, created_at timestamptz NOT NULL,
            updated_at timestamptz NOT NULL, UNIQUE (owner_id, day))
        """
    ]
}
