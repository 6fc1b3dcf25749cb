/// A published source that a trait, a score or a sentence of a report rests on.
public struct Citation: Sendable, Hashable, Codable {
    /// Short stable key used in reports and JSON (`lloyd-price-2019`).
    public let key: String
    /// The reference as a reader would look it up: authors, title, journal, volume:page (year).
    public let reference: String
    /// The DOI without `https://doi.org/`, when the work has one.
    public let doi: String?

    public init(key: String, reference: String, doi: String? = nil) {
        self.key = key
        self.reference = reference
        self.doi = doi
    }

    /// `https://doi.org/…`, when there is a DOI.
    public var link: String? { doi.map { "https://doi.org/\($0)" } }
}
