import Foundation
import GutSkinDiary
import GutSkinRendering
import GutSkinStore

/// The diary's candidates beside a report (GutSkinRendering's DiaryReportLinks says which tags go
/// beside which part): for the report page's "From your diary" section; nil when the account has no
/// diary or nothing in it relates to the report.
struct DiaryBesideReport {
    let environment: ServiceEnvironment

    func values(account: Account, reportID: UUID) async throws -> [String: Any]? {
        guard let analysis = try await DiaryOperation(environment: environment).analysis(account: account) else { return nil }
        return Self.values(analysis.result, reportID: reportID)
    }

    static func values(_ result: DiaryAnalysisResult, reportID: UUID) -> [String: Any]? {
        let grouped = DiaryReportLinks.candidates(result.candidates)
        guard !grouped.isEmpty else { return nil }
        let sections: [[String: Any]] = grouped.map { section, candidates in
            [
                "title": section.title, "reportPart": section.reportPart, "anchor": section.anchor,
                "reportID": reportID.uuidString.lowercased(),
                "rows": candidates.map { candidate -> [String: Any] in
                    let interval =
                        candidate.ciLow.flatMap { low in candidate.ciHigh.map { String(format: "%+.1f to %+.1f", low, $0) } } ?? "—"
                    return [
                        "exposure": candidate.exposure, "symptom": "\(candidate.symptom) (\(Self.lagText(candidate.lag)))",
                        "effect": String(format: "%+.1f", candidate.effect), "interval": interval,
                        "q": candidate.qValue.map { String(format: "%.3f", $0) } ?? "—",
                        "sentence": DiarySentence.candidate(candidate, tests: result.testsRun, permutations: result.permutations),
                    ]
                },
            ]
        }
        return ["sections": sections, "caution": DiaryPage.caution]
    }

    /// The report anchors the sections link to.
    static var anchors: [String] { DiaryReportLinks.sections.map(\.anchor) }

    static func lagText(_ lag: Int) -> String {
        switch lag {
        case 0: "same day"
        case 1: "next day"
        default: "\(lag) days later"
        }
    }
}
