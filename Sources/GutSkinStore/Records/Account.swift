import Foundation

/// A person or an organisation that signs in; every other stored row belongs to one account.
public struct Account: Codable, Sendable, Equatable, Identifiable {
    /// Who holds the account: a person reads their own reports; an organisation (a testing
    /// service) uploads many subjects' samples through the API.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case person
        case organisation
    }

    public var id: UUID
    /// Lowercased by the initializer; unique across accounts.
    public var email: String
    /// The bcrypt hash of the password (the store never sees the password).
    public var passwordHash: String
    public var kind: Kind
    public var createdAt: Date
    /// Uploaded originals older than this many days are deleted (organisations only); nil keeps them.
    public var retentionDays: Int?
    /// Where job events are POSTed, signed with `webhookSecret`.
    public var webhookURL: String?
    public var webhookSecret: String?

    public init(
        id: UUID = UUID(), email: String, passwordHash: String, kind: Kind, createdAt: Date,
        retentionDays: Int? = nil, webhookURL: String? = nil, webhookSecret: String? = nil
    ) {
        self.id = id
        self.email = email.lowercased()
        self.passwordHash = passwordHash
        self.kind = kind
        self.createdAt = createdAt
        self.retentionDays = retentionDays
        self.webhookURL = webhookURL
        self.webhookSecret = webhookSecret
    }
}
