import Foundation
import GutSkinStore

/// What a job needs to report one sample: its stored files, read back from the data directory.
public struct ReportInput: Sendable {
    public var sample: Sample
    /// The uploaded table and the name the client gave it (shown in the report instead of the path).
    public var tablePath: String
    public var tableName: String
    public var questionnairePath: String?
    public var questionnaireName: String?
    public var breathTestPath: String?
    public var breathTestName: String?
}

/// A finished report, ready to store.
public struct MadeReport: Sendable {
    public var json: String
    public var html: String
    public var referenceNames: [String]
    /// The main scores as a small JSON object (`{"scores": {"gut.shannon_entropy": 3.1, …}}`).
    public var summaryJSON: String
}

/// Turns one sample into a report; errors are input errors (one line for people) and are not retried.
public protocol ReportMaking: Sendable {
    func makeReport(_ input: ReportInput, gutskinVersion: String) throws -> MadeReport
}

/// An input problem found while making a report: the job fails with this message.
public struct ReportInputError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
