import Foundation

/// One webhook POST to an organisation's URL (the event of a job ending), retried with backoff
/// until delivered or given up. The URL and secret are read from the owner's account when sent.
public struct WebhookDelivery: Codable, Sendable, Equatable, Identifiable {
    public enum Status: String, Codable, Sendable, CaseIterable {
        case pending
        case delivered
        case failed
    }

    public var id: UUID
    public var ownerID: UUID
    public var jobID: UUID
    /// The JSON body to POST (signed as sent).
    public var body: String
    /// How many times delivery has been claimed.
    public var attempts: Int
    /// A pending delivery is due from this moment.
    public var nextAttemptAt: Date
    public var status: Status

    public init(
        id: UUID = UUID(), ownerID: UUID, jobID: UUID, body: String, attempts: Int = 0,
        nextAttemptAt: Date, status: Status = .pending
    ) {
        self.id = id
        self.ownerID = ownerID
        self.jobID = jobID
        self.body = body
        self.attempts = attempts
        self.nextAttemptAt = nextAttemptAt
        self.status = status
    }
}
