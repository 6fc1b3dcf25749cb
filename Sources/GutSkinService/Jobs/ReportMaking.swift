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

/// Turns samples into reports. A `ReportInputError` (one line for people) is the sample's own
/// problem and is not retried; any other error fails the whole attempt, which is retried.
public protocol ReportMaking: Sendable {
    func makeReport(_ input: ReportInput, gutskinVersion: String) throws -> MadeReport
    /// The reports of one job's samples, in order, each made or with its input error, so one bad
    /// sample does not lose the others (a maker may share work between them).
    func makeReports(_ inputs: [ReportInput], gutskinVersion: String) throws -> [Result<MadeReport, ReportInputError>]
}

extension ReportMaking {
    public func makeReports(_ inputs: [ReportInput], gutskinVersion: String) throws -> [Result<MadeReport, ReportInputError>] {
        try inputs.map { input in
            do { return .success(try makeReport(input, gutskinVersion: gutskinVersion)) } catch let error as ReportInputError {
                return .failure(error)
            }
        }
    }
}

/// An input problem found while making a report: the job fails with this message.
public struct ReportInputError: Error, CustomStringConvertible, Equatable {
    public let description: String
    public init(_ description: String) { self.description = description }
}
