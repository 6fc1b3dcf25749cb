import Foundation
import GutSkinAnswers
import GutSkinDiary
import GutSkinStore

/// The person's latest diary, analysed as the diary page analyses it, in the shape answers read:
/// each exposure–symptom–lag candidate with its effect, q-value and whether it had too few days.
struct DiaryForAnswers {
    let environment: ServiceEnvironment

    /// The analysis of the account's latest diary, or nil when it has none.
    func analysis(account: Account) async throws -> GutSkinAnswers.DiaryAnalysis? {
        guard let (_, result) = try await DiaryOperation(environment: environment).analysis(account: account) else { return nil }
        return Self.candidates(of: result)
    }

    static func candidates(of result: DiaryAnalysisResult) -> GutSkinAnswers.DiaryAnalysis {
        GutSkinAnswers.DiaryAnalysis(
            candidates: result.candidates.map {
                .init(
                    exposure: $0.exposure, symptom: $0.symptom, lag: Double($0.lag), effect: $0.effect, qValue: $0.qValue,
                    tooFew: $0.tooFew)
            })
    }
}
