import Foundation

/// A diary analysis as `gutskin ask --diary` reads it: candidates linking an exposure to a
/// symptom. Read tolerantly while the diary format is defined: `{"candidates": [{"exposure",
/// "symptom", "lag", "effect", "q_value", "too_few"}]}`, every field but `exposure` optional,
/// unknown keys ignored.
public struct DiaryAnalysis: Sendable, Codable, Equatable {
    public struct Candidate: Sendable, Codable, Equatable {
        public let exposure: String
        public let symptom: String?
        /// Days between exposure and symptom.
        public let lag: Double?
        public let effect: Double?
        /// Benjamini–Hochberg q-value.
        public let qValue: Double?
        /// True when there were too few days to test the pair.
        public let tooFew: Bool?

        public init(exposure: String, symptom: String?, lag: Double?, effect: Double?, qValue: Double?, tooFew: Bool?) {
            self.exposure = exposure
            self.symptom = symptom
            self.lag = lag
            self.effect = effect
            self.qValue = qValue
            self.tooFew = tooFew
        }

        enum CodingKeys: String, CodingKey {
            case exposure, symptom, lag, effect
            case qValue = "q_value"
            case tooFew = "too_few"
        }
    }

    public let candidates: [Candidate]

    public init(candidates: [Candidate]) { self.candidates = candidates }

    /// The analysis in this data; errors name the file and the place.
    public static func read(from data: Data, name: String) throws(ReportReading.ReadError) -> DiaryAnalysis {
        do {
            return try JSONDecoder().decode(DiaryAnalysis.self, from: data)
        } catch let DecodingError.keyNotFound(key, context) {
            throw .init(description: "\(name): \(ReportReading.path(context.codingPath)): missing key '\(key.stringValue)'")
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            throw .init(description: "\(name): \(ReportReading.path(context.codingPath)): \(context.debugDescription)")
        } catch {
            throw .init(description: "\(name): not a diary analysis (expected {\"candidates\": [...]})")
        }
    }

    /// Tested candidates, lowest q-value first (untested ones last).
    public var ranked: [Candidate] {
        candidates.filter { $0.tooFew != true }.sorted { ($0.qValue ?? .infinity) < ($1.qValue ?? .infinity) }
    }

    /// Candidates with too few days to test.
    public var tooFew: [Candidate] { candidates.filter { $0.tooFew == true } }
}
