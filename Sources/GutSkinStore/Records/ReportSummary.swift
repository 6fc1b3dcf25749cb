import Foundation

/// A report without its JSON and HTML bodies: what the history page and report lists show.
public struct ReportSummary: Codable, Sendable, Equatable, Identifiable {
    public var id: UUID
    public var ownerID: UUID
    public var sampleID: UUID
    public var subjectID: UUID?
    public var jobID: UUID
    public var referenceNames: [String]
    public var gutskinVersion: String
    public var summaryJSON: String
    public var createdAt: Date

    public init(
        id: UUID, ownerID: UUID, sampleID: UUID, subjectID: UUID?, jobID: UUID,
        referenceNames: [String], gutskinVersion: String, summaryJSON: String, createdAt: Date
    ) {
        self.id = id
        self.ownerID = ownerID
        self.sampleID = sampleID
        self.subjectID = subjectID
        self.jobID = jobID
        self.referenceNames = referenceNames
        self.gutskinVersion = gutskinVersion
        self.summaryJSON = summaryJSON
        self.createdAt = createdAt
    }

    /// The summary of a whole report.
    public init(_ report: StoredReport) {
        self.init(
            id: report.id, ownerID: report.ownerID, sampleID: report.sampleID,
            subjectID: report.subjectID, jobID: report.jobID, referenceNames: report.referenceNames,
            gutskinVersion: report.gutskinVersion, summaryJSON: report.summaryJSON,
            createdAt: report.createdAt)
    }
}
