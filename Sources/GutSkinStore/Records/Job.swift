import Foundation

/// Report generation for some samples, queued in the database so any server can run it and a
/// server killed mid-job loses nothing: the claim's lease expires and another claim runs it again.
public struct Job: Codable, Sendable, Equatable, Identifiable {
    /// One sample of a job that could not be reported, and why (one line for people).
    public struct SampleError: Codable, Sendable, Equatable {
        public var sampleID: UUID
        public var error: String

        public init(sampleID: UUID, error: String) {
            self.sampleID = sampleID
            self.error = error
        }

        enum CodingKeys: String, CodingKey {
            case sampleID = "sample_id"
            case error
        }
    }

    public enum Status: String, Codable, Sendable, CaseIterable {
        case queued
        case running
        case done
        case failed
    }

    public var id: UUID
    public var ownerID: UUID
    public var status: Status
    public var sampleIDs: [UUID]
    /// How many times the job has been claimed.
    public var attempts: Int
    /// Why the last attempt failed, in one line.
    public var error: String?
    /// Set by each claim; only the holder of the current token may complete or fail the job.
    public var claimToken: UUID?
    /// Until when the current claim holds; after it, another worker may claim the job.
    public var leaseExpiresAt: Date?
    /// The reports the job made (from the reports table, in creation order).
    public var reportIDs: [UUID]
    /// The samples of a done (or failed) job that could not be reported, each with why; the
    /// other samples' reports are kept.
    public var sampleErrors: [SampleError] = []
    public var createdAt: Date
    public var updatedAt: Date

    public init(
        id: UUID = UUID(), ownerID: UUID, status: Status = .queued, sampleIDs: [UUID],
        attempts: Int = 0, error: String? = nil, claimToken: UUID? = nil,
        leaseExpiresAt: Date? = nil, reportIDs: [UUID] = [], createdAt: Date, updatedAt: Date? = nil
    ) {
        self.id = id
        self.ownerID = ownerID
        self.status = status
        self.sampleIDs = sampleIDs
        self.attempts = attempts
        self.error = error
        self.claimToken = claimToken
        self.leaseExpiresAt = leaseExpiresAt
        self.reportIDs = reportIDs
        self.createdAt = createdAt
        self.updatedAt = updatedAt ?? createdAt
    }
}
