import Foundation

/// A report's main scores, stored beside it as `summaryJSON` for the history page and report
/// listings: `{"sample": "…", "scores": [{"site", "id", "title", "value", "band"}]}`.
public struct ReportSummaryScores: Codable, Sendable, Equatable {
    public struct Score: Codable, Sendable, Equatable {
        public var site: String
        public var id: String
        public var title: String
        public var value: Double?
        public var band: String

        public init(site: String, id: String, title: String, value: Double?, band: String) {
            (self.site, self.id, self.title, self.value, self.band) = (site, id, title, value, band)
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(site, forKey: .site)
            try container.encode(id, forKey: .id)
            try container.encode(title, forKey: .title)
            try container.encode(value, forKey: .value)
            try container.encode(band, forKey: .band)
        }
    }

    public var sample: String
    public var scores: [Score]

    /// The score ids the history page shows, in order (gut first, then skin).
    public static let mainScoreIDs = [
        "shannon_entropy", "dysbiosis_score", "md_index", "butyrate_producers", "proteobacteria", "skin_atypicality",
    ]

    public init(sample: String, scores: [Score]) {
        self.sample = sample
        self.scores = scores
    }

    /// Reads a stored summary; an unreadable one is empty (history shows the date alone).
    public init(json: String) {
        self = (try? JSONDecoder().decode(Self.self, from: Data(json.utf8))) ?? Self(sample: "", scores: [])
    }

    public var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}
