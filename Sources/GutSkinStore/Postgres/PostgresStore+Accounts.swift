import Foundation
import PostgresNIO

/// Accounts, tokens and subjects on PostgreSQL.
extension PostgresStore {
    // MARK: Accounts

    public func createAccount(_ account: Account) async throws {
        // A taken email fails the UNIQUE constraint, which `storeError` reports as `.duplicateEmail`.
        try await rows(
            """
            INSERT INTO accounts (id, email, password_hash, kind, created_at, retention_days, webhook_url, webhook_secret)
            VALUES (\(account.id), \(account.email.lowercased()), \(account.passwordHash), \(account.kind.rawValue),
                \(account.createdAt), \(account.retentionDays), \(account.webhookURL), \(account.webhookSecret))
            """)
    }

    public func account(email: String) async throws -> Account? {
        try await rows("SELECT * FROM accounts WHERE email = \(email.lowercased())").first.map(PostgresRows.account)
    }

    public func account(id: UUID) async throws -> Account? {
        try await rows("SELECT * FROM accounts WHERE id = \(id)").first.map(PostgresRows.account)
    }

    public func updateAccountSettings(
        accountID: UUID, retentionDays: Int?, webhookURL: String?, webhookSecret: String?
    ) async throws -> Bool {
        try await !rows(
            """
            UPDATE accounts SET retention_days = \(retentionDays), webhook_url = \(webhookURL),
                webhook_secret = \(webhookSecret)
            WHERE id = \(accountID) RETURNING id
            """
        ).isEmpty
    }

    public func deleteAccount(id: UUID) async throws -> [String] {
        try await transaction { connection in
            let paths = try await rows(
                "SELECT storage_path FROM files WHERE owner_id = \(id) ORDER BY created_at", on: connection
            ).map { try $0.decode(String.self) }
            // Every owned table cascades from accounts; claimed subjects are set unclaimed.
            try await rows("DELETE FROM accounts WHERE id = \(id)", on: connection)
            return paths
        }
    }

    // MARK: Tokens

    public func createToken(_ token: AccessToken) async throws {
        try await rows(
            """
            INSERT INTO access_tokens (id, account_id, token_hash, kind, label, created_at, expires_at)
            VALUES (\(token.id), \(token.accountID), \(token.tokenHash), \(token.kind.rawValue), \(token.label),
                \(token.createdAt), \(token.expiresAt))
            """)
    }

    public func token(hash: String, now: Date) async throws -> AccessToken? {
        try await rows(
            """
            SELECT * FROM access_tokens
            WHERE token_hash = \(hash) AND (expires_at IS NULL OR expires_at > \(now))
            """
        ).first.map(PostgresRows.token)
    }

    public func apiTokens(accountID: UUID) async throws -> [AccessToken] {
        try await rows(
            "SELECT * FROM access_tokens WHERE account_id = \(accountID) AND kind = 'api' ORDER BY created_at, id"
        ).map(PostgresRows.token)
    }

    public func deleteToken(id: UUID, accountID: UUID) async throws -> Bool {
        try await !rows("DELETE FROM access_tokens WHERE id = \(id) AND account_id = \(accountID) RETURNING id").isEmpty
    }

    public func deleteExpiredTokens(now: Date) async throws -> Int {
        try await rows("DELETE FROM access_tokens WHERE expires_at IS NOT NULL AND expires_at <= \(now) RETURNING id").count
    }

    // MARK: Subjects

    public func createSubject(_ subject: Subject) async throws {
        try await rows(
            """
            INSERT INTO subjects (id, owner_id, name, claim_code_hash, claimed_by, created_at)
            VALUES (\(subject.id), \(subject.ownerID), \(subject.name), \(subject.claimCodeHash), \(subject.claimedBy),
                \(subject.createdAt))
            """)
    }

    public func subject(id: UUID, ownerID: UUID) async throws -> Subject? {
        try await rows("SELECT * FROM subjects WHERE id = \(id) AND owner_id = \(ownerID)").first.map(PostgresRows.subject)
    }

    public func subjects(ownerID: UUID) async throws -> [Subject] {
        try await rows("SELECT * FROM subjects WHERE owner_id = \(ownerID) ORDER BY created_at, id").map(PostgresRows.subject)
    }

    public func setClaimCode(subjectID: UUID, ownerID: UUID, codeHash: String) async throws -> Bool {
        try await !rows(
            """
            UPDATE subjects SET claim_code_hash = \(codeHash)
            WHERE id = \(subjectID) AND owner_id = \(ownerID) AND claimed_by IS NULL RETURNING id
            """
        ).isEmpty
    }

    public func claimSubject(codeHash: String, accountID: UUID) async throws -> Subject? {
        // One statement: the row lock makes a second concurrent claim find the code already cleared.
        try await rows(
            """
            UPDATE subjects SET claimed_by = \(accountID), claim_code_hash = NULL
            WHERE claim_code_hash = \(codeHash) RETURNING *
            """
        ).first.map(PostgresRows.subject)
    }
}
