import Foundation

/// One day of a person's diary logged on the site: that day's entries in the diary's JSON form
/// (docs/diary.md, `{"entries": [...]}`), already checked by the diary reader. One row per account
/// and day, so editing a day replaces its entries and deleting it removes them all.
public struct DiaryDay: Codable, Sendable, Equatable, Identifiable {
    public var id: UUID
    public var ownerID: UUID
    /// The day, YYYY-MM-DD.
    public var day: String
    /// The day's entries as the diary's JSON form.
    public var entriesJSON: String
    public var createdAt: Date
    public var updatedAt: Date

    public init(id: UUID = UUID(), ownerID: UUID, day: String, entriesJSON: String, createdAt: Date, updatedAt: Date) {
        self.id = id
        self.ownerID = ownerID
        self.day = day
        self.entriesJSON = entriesJSON
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}
