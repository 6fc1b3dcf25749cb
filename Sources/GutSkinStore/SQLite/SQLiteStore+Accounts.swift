import Foundation
import GRDB

/// Accounts, tokens and subjects on SQLite.
extension SQLiteStore {
    // MARK: Accounts

    public func createAccount(_ account: Account) async throws {
        // A taken email fails the UNIQUE constraint, which `write` reports as `.duplicateEmail`.
        try await write { db in
            try db.executeChecked(
                sql: """
                    INSERT INTO accounts (id, email, password_hash, kind, created_at, retention_days,
                        webhook_url, webhook_secret) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    account.id, account.email.lowercased(), account.passwordHash,
                    account.kind.rawValue, account.createdAt, account.retentionDays,
                    account.webhookURL, account.webhookSecret,
                ])
        }
    }

    public func account(email: String) async throws -> Account? {
        try await read { db in
            try Row.fetchOne(
                db, sql: "SELECT * FROM accounts WHERE email = ?", arguments: [email.lowercased()]
            ).map(SQLiteRows.account)
        }
    }

    public func account(id: UUID) async throws -> Account? {
        try await read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM accounts WHERE id = ?", arguments: [id])
                .map(SQLiteRows.account)
        }
    }

    public func updateAccountSettings(
        accountID: UUID, retentionDays: Int?, webhookURL: String?, webhookSecret: String?
    ) async throws -> Bool {
        try await write { db in
            try db.executeChecked(
                sql: """
                    UPDATE accounts SET retention_days = ?, webhook_url = ?, webhook_secret = ?
                    WHERE id = ?
                    """,
                arguments: [retentionDays, webhookURL, webhookSecret, accountID])
            return db.changesCount == 1
        }
    }

    public func deleteAccount(id: UUID) async throws -> [String] {
        try await write { db in
            let paths = try String.fetchAll(
                db, sql: "SELECT storage_path FROM files WHERE owner_id = ? ORDER BY created_at",
                arguments: [id])
            // Every owned table cascades from accounts; claimed subjects are set unclaimed.
            try db.executeChecked(sql: "DELETE FROM accounts WHERE id = ?", arguments: [id])
            return paths
        }
    }

    // MARK: Tokens

    public func createToken(_ token: AccessToken) async throws {
        try await write { db in
            try db.executeChecked(
                sql: """
                    INSERT INTO access_tokens (id, account_id, token_hash, kind, label, created_at, expires_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    token.id, token.accountID, token.tokenHash, token.kind.rawValue, token.label,
                    token.createdAt, token.expiresAt,
                ])
        }
    }

    public func token(hash: String, now: Date) async throws -> AccessToken? {
        try await read { db in
            try Row.fetchOne(
                db,
                sql: """
                    SELECT * FROM access_tokens
                    WHERE token_hash = ? AND (expires_at IS NULL OR expires_at > ?)
                    """,
                arguments: [hash, now]
            ).map(SQLiteRows.token)
        }
    }

    public func apiTokens(accountID: UUID) async throws -> [AccessToken] {
        try await read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT * FROM access_tokens WHERE account_id = ? AND kind = 'api'
                    ORDER BY created_at, id
                    """,
                arguments: [accountID]
            ).map(SQLiteRows.token)
        }
    }

    public func deleteToken(id: UUID, accountID: UUID) async throws -> Bool {
        try await write { db in
            try db.executeChecked(
                sql: "DELETE FROM access_tokens WHERE id = ? AND account_id = ?",
                arguments: [id, accountID])
            return db.changesCount == 1
        }
    }

    public func deleteExpiredTokens(now: Date) async throws -> Int {
        try await write { db in
            try db.executeChecked(
                sql: "DELETE FROM access_tokens WHERE expires_at IS NOT NULL AND expires_at <= ?",
                arguments: [now])
            return db.changesCount
        }
    }

    // MARK: Subjects

    public func createSubject(_ subject: Subject) async throws {
        try await write { db in
            try db.executeChecked(
                sql: """
                    INSERT INTO subjects (id, owner_id, name, claim_code_hash, claimed_by, created_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    subject.id, subject.ownerID, subject.name, subject.claimCodeHash,
                    subject.claimedBy, subject.createdAt,
                ])
        }
    }

    public func subject(id: UUID, ownerID: UUID) async throws -> Subject? {
        try await read { db in
            try Row.fetchOne(
                db, sql: "SELECT * FROM subjects WHERE id = ? AND owner_id = ?",
                arguments: [id, ownerID]
            ).map(SQLiteRows.subject)
        }
    }

    public func subjects(ownerID: UUID) async throws -> [Subject] {
        try await read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM subjects WHERE owner_id = ? ORDER BY created_at, id",
                arguments: [ownerID]
            ).map(SQLiteRows.subject)
        }
    }

    public func setClaimCode(subjectID: UUID, ownerID: UUID, codeHash: String) async throws -> Bool {
        try await write { db in
            try db.executeChecked(
                sql: """
                    UPDATE subjects SET claim_code_hash = ?
                    WHERE id = ? AND owner_id = ? AND claimed_by IS NULL
                    """,
                arguments: [codeHash, subjectID, ownerID])
            return db.changesCount == 1
        }
    }

    public func claimSubject(codeHash: String, accountID: UUID) async throws -> Subject? {
        try await write { db in
            guard
                let id = try UUID.fetchOne(
                    db, sql: "SELECT id FROM subjects WHERE claim_code_hash = ?", arguments: [codeHash])
            else { return nil }
            try db.executeChecked(
                sql: "UPDATE subjects SET claimed_by = ?, claim_code_hash = NULL WHERE id = ?",
                arguments: [accountID, id])
            return try Row.fetchOne(db, sql: "SELECT * FROM subjects WHERE id = ?", arguments: [id])
                .map(SQLiteRows.subject)
        }
    }
}
