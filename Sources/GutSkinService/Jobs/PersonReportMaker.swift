import Foundation
import GutSkinAxis
import GutSkinCore
import GutSkinFormats
import GutSkinRendering

/// Makes a sample's report through `PersonReport.make`, the same entry point as `gutskin report`,
/// against the built-in references. The report shows the client's file names, never storage paths.
public struct PersonReportMaker: ReportMaking {
    public init() {}

    public func makeReport(_ input: ReportInput, gutskinVersion: String) throws -> MadeReport {
        try makeReport(input, table: try Self.readTable(input), gutskinVersion: gutskinVersion)
    }

    /// A job's reports, reading each table once (an organisation's batch shares one table) and
    /// making the samples' reports on every core at once; a sample's input error is its own.
    public func makeReports(_ inputs: [ReportInput], gutskinVersion: String) throws -> [Result<MadeReport, ReportInputError>] {
        var tables = [String: Result<(FeatureTable, TableFormat?), ReportInputError>]()
        for input in inputs where tables[input.tablePath] == nil {
            do { tables[input.tablePath] = .success(try Self.readTable(input)) } catch let error as ReportInputError {
                tables[input.tablePath] = .failure(error)
            }
        }
        let shared = tables
        return ParallelMap.map(inputs) { input in
            do {
                guard let table = shared[input.tablePath] else { throw ReportInputError("the sample has no table") }
                return .success(try makeReport(input, table: try table.get(), gutskinVersion: gutskinVersion))
            } catch let error as ReportInputError {
                return .failure(error)
            } catch {
                return .failure(ReportInputError(OneLine.text(String(describing: error))))
            }
        }
    }

    private static func readTable(_ input: ReportInput) throws -> (FeatureTable, TableFormat?) {
        do {
            return (try FeatureTableFile.read(path: input.tablePath), try? FeatureTableFile.detectFormat(path: input.tablePath))
        } catch {
            throw ReportInputError(Self.message(error, path: input.tablePath, name: input.tableName))
        }
    }

    private func makeReport(_ input: ReportInput, table read: (FeatureTable, TableFormat?), gutskinVersion: String) throws -> MadeReport {
        let (table, format) = read
        let sample = PersonReportRequest.Sample(table: table, sampleID: input.sample.name, source: input.tableName, format: format)
        var request = PersonReportRequest(generatedBy: "gutskin \(gutskinVersion) serve")
        switch input.sample.site {
        case .gut: request.gut = sample
        case .skin: request.skin = sample
        }
        if let skinName = input.sample.skinSampleID {
            request.skin = PersonReportRequest.Sample(table: table, sampleID: skinName, source: input.tableName, format: format)
        }
        do {
            if let path = input.questionnairePath { request.questionnaire = try QuestionnaireFile.read(path: path) }
            if let path = input.breathTestPath { request.breathTest = try BreathTestTSV.read(path: path) }
        } catch {
            let path = input.questionnairePath ?? ""
            let name = input.questionnaireName ?? ""
            let message = Self.message(error, path: path, name: name)
            throw ReportInputError(Self.message(message, path: input.breathTestPath ?? "", name: input.breathTestName ?? ""))
        }
        let report: PersonReport
        do { report = try PersonReport.make(request) } catch { throw ReportInputError(OneLine.text(error.description)) }
        let json = try report.json()
        let references = [report.gutReference?.name, report.skinReference?.name].compactMap { $0 }
        return MadeReport(
            json: String(decoding: json, as: UTF8.self), html: report.html(), referenceNames: references,
            summaryJSON: Self.summary(report.report, sample: input.sample.name).json)
    }

    /// The main scores of both sites, for the history page.
    static func summary(_ report: GutSkinReport, sample: String) -> ReportSummaryScores {
        var scores = [ReportSummaryScores.Score]()
        for site in [report.gut, report.skin].compactMap({ $0 }) {
            for score in site.scores where ReportSummaryScores.mainScoreIDs.contains(score.id.rawValue) {
                scores.append(
                    .init(
                        site: site.site.rawValue, id: score.id.rawValue, title: score.title, value: score.value, band: score.band.rawValue))
            }
        }
        return ReportSummaryScores(sample: sample, scores: scores)
    }

    private static func message(_ error: any Error, path: String, name: String) -> String {
        message(OneLine.text(String(describing: error)), path: path, name: name)
    }

    private static func message(_ text: String, path: String, name: String) -> String {
        path.isEmpty ? text : text.replacingOccurrences(of: path, with: name)
    }
}
