import Foundation

/// One sample inside an uploaded table, with the other uploads that go with it; a job turns it into
/// a report. The file ids may outlive their files once retention deletes the originals.
public struct Sample: Codable, Sendable, Equatable, Identifiable {
    /// Where on the body the sample was taken.
    public enum Site: String, Codable, Sendable, CaseIterable {
        case gut
        case skin
    }

    public var id: UUID
    public var ownerID: UUID
    public var subjectID: UUID?
    /// The sample's id inside the table (a column or row name).
    public var name: String
    public var site: Site
    public var tableFileID: UUID
    /// The skin sample (its name in the same table) reported beside this gut sample, if any.
    public var skinSampleID: String?
    public var questionnaireFileID: UUID?
    public var breathTestFileID: UUID?
    public var createdAt: Date

    public init(
        id: UUID = UUID(), ownerID: UUID, subjectID: UUID? = nil, name: String, site: Site,
        tableFileID: UUID, skinSampleID: String? = nil, questionnaireFileID: UUID? = nil,
        breathTestFileID: UUID? = nil, createdAt: Date
    ) {
        self.id = id
        self.ownerID = ownerID
        self.subjectID = subjectID
        self.name = name
        self.site = site
        self.tableFileID = tableFileID
        self.skinSampleID = skinSampleID
        self.questionnaireFileID = questionnaireFileID
        self.breathTestFileID = breathTestFileID
        self.createdAt = createdAt
    }
}
