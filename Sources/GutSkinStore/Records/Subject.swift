import Foundation

/// A person whose samples an organisation uploads. The organisation may hand them a one-time claim
/// code; claiming it lets that person's own account see the subject's samples and reports.
public struct Subject: Codable, Sendable, Equatable, Identifiable {
    public var id: UUID
    /// The organisation that created the subject.
    public var ownerID: UUID
    public var name: String
    /// SHA-256 hex of the outstanding claim code; cleared once claimed.
    public var claimCodeHash: String?
    /// The account that claimed the subject, if any.
    public var claimedBy: UUID?
    public var createdAt: Date

    public init(
        id: UUID = UUID(), ownerID: UUID, name: String, claimCodeHash: String? = nil,
        claimedBy: UUID? = nil, createdAt: Date
    ) {
        self.id = id
        self.ownerID = ownerID
        self.name = name
        self.claimCodeHash = claimCodeHash
        self.claimedBy = claimedBy
        self.createdAt = createdAt
    }
}
