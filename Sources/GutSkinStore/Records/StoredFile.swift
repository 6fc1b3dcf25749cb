import Foundation

/// An uploaded original, kept as received under the data directory. The row records where it is
/// and what it was, so exports and retention can find it.
public struct StoredFile: Codable, Sendable, Equatable, Identifiable {
    /// What the upload holds, as the readers that validated it understood it.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case table
        case questionnaire
        case breathTest
        /// A food, product and symptom diary (docs/diary.md), read by GutSkinDiary before it is kept.
        case diary
    }

    public var id: UUID
    public var ownerID: UUID
    public var kind: Kind
    /// The name the client sent (kept verbatim, never used as a path).
    public var originalName: String
    /// Where the bytes are, relative to the data directory.
    public var storagePath: String
    public var size: Int64
    /// SHA-256 hex of the bytes.
    public var sha256: String
    public var createdAt: Date

    public init(
        id: UUID = UUID(), ownerID: UUID, kind: Kind, originalName: String, storagePath: String,
        size: Int64, sha256: String, createdAt: Date
    ) {
        self.id = id
        self.ownerID = ownerID
        self.kind = kind
        self.originalName = originalName
        self.storagePath = storagePath
        self.size = size
        self.sha256 = sha256
        self.createdAt = createdAt
    }
}
