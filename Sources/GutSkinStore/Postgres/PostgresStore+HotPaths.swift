import Foundation
import PostgresNIO

/// The reads every API request makes, on PostgreSQL: one statement each.
extension PostgresStore {
    public func signedIn(tokenHash: String, now: Date) async throws -> (AccessToken, Account)? {
        guard let token = try await token(hash: tokenHash, now: now), let account = try await account(id: token.accountID) else {
            return nil
        }
        return (token, account)
    }

    public func reportJSON(id: UUID, visibleTo accountID: UUID) async throws -> Data? {
        try await rows(
            """
            SELECT json FROM reports
            WHERE id = \(id) AND (owner_id = \(accountID) OR subject_id IN (SELECT id FROM subjects WHERE claimed_by = \(accountID)))
            """
        ).first.map { Data(try $0.decode(String.self).utf8) }
    }
}
