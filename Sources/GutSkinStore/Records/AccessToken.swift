import Foundation

/// A bearer credential: a sign-in session or a long-lived API token. Only the SHA-256 hash of the
/// random token is stored, so a leaked database does not leak working tokens; revoking deletes it.
public struct AccessToken: Codable, Sendable, Equatable, Identifiable {
    /// A session comes from signing in (and expires); an API token is made on purpose and has a label.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case session
        case api
    }

    public var id: UUID
    public var accountID: UUID
    /// SHA-256 of the token, lowercase hex, computed by the caller.
    public var tokenHash: String
    public var kind: Kind
    public var label: String
    public var createdAt: Date
    /// After this moment the token no longer signs in; nil never expires.
    public var expiresAt: Date?

    public init(
        id: UUID = UUID(), accountID: UUID, tokenHash: String, kind: Kind, label: String = "",
        createdAt: Date, expiresAt: Date? = nil
    ) {
        self.id = id
        self.accountID = accountID
        self.tokenHash = tokenHash
        self.kind = kind
        self.label = label
        self.createdAt = createdAt
        self.expiresAt = expiresAt
    }
}
