import Foundation

/// Something that happened to a person on a day (a course of antibiotics, a new diet), for the
/// timeline that later issues draw beside the reports.
public struct Event: Codable, Sendable, Equatable, Identifiable {
    public var id: UUID
    public var ownerID: UUID
    /// The day (or moment) the event happened.
    public var date: Date
    public var text: String
    public var createdAt: Date

    public init(id: UUID = UUID(), ownerID: UUID, date: Date, text: String, createdAt: Date) {
        self.id = id
        self.ownerID = ownerID
        self.date = date
        self.text = text
        self.createdAt = createdAt
    }
}
