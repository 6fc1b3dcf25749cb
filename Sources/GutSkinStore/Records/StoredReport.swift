import Foundation

/// A finished report, kept whole (JSON and HTML) with what made it: a re-run with another
/// reference or version is a new report, never an overwrite.
public struct StoredReport: Codable, Sendable, Equatable, Identifiable {
    public var id: UUID
    public var ownerID: UUID
    public var sampleID: UUID
    public var subjectID: UUID?
    public var jobID: UUID
    /// The gutskin-report JSON.
    public var json: String
    /// The self-contained report page.
    public var html: String
    /// The references the scores were placed against.
    public var referenceNames: [String]
    public var gutskinVersion: String
    /// A small JSON object of the main scores, for the history page.
    public var summaryJSON: String
    public var createdAt: Date

    public init(
        id: UUID = UUID(), ownerID: UUID, sampleID: UUID, subjectID: UUID? = nil, jobID: UUID,
        json: String, html: String, referenceNames: [String], gutskinVersion: String,
        summaryJSON: String, createdAt: Date
    ) {
        self.id = id
        self.ownerID = ownerID
        self.sampleID = sampleID
        self.subjectID = subjectID
        self.jobID = jobID
        self.json = json
        self.html = html
        self.referenceNames = referenceNames
        self.gutskinVersion = gutskinVersion
        self.summaryJSON = summaryJSON
        self.createdAt = createdAt
    }
}
