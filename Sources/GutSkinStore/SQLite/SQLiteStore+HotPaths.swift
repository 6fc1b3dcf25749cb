import Foundation
import GRDB

/// The reads every API request makes, on SQLite: one reader access each, with cached statements.
extension SQLiteStore {
    public func signedIn(tokenHash: String, now: Date) async throws -> (AccessToken, Account)? {
        try await read { db in
            let tokenStatement = try db.cachedStatement(
                sql: "SELECT * FROM access_tokens WHERE token_hash = ? AND (expires_at IS NULL OR expires_at > ?)")
            guard let token = try Row.fetchOne(tokenStatement, arguments: [tokenHash, now]).map(SQLiteRows.token) else { return nil }
            let accountStatement = try db.cachedStatement(sql: "SELECT * FROM accounts WHERE id = ?")
            guard let account = try Row.fetchOne(accountStatement, arguments: [token.accountID]).map(SQLiteRows.account) else {
                return nil
            }
            return (token, account)
        }
    }

    public func reportJSON(id: UUID, visibleTo accountID: UUID) async throws -> Data? {
        try await read { db in
            let statement = try db.cachedStatement(sql: "SELECT json FROM reports WHERE id = ? AND \(Self.visibleToAccount)")
            return try Data.fetchOne(statement, arguments: [id, accountID, accountID])
        }
    }
}
