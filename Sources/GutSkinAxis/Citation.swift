/// A published source that a trait, a score, a sentence of a report or a method rests on.
public struct Citation: Sendable, Hashable, Codable {
    /// Short stable key used in reports and JSON (`lloyd-price-2019`).
    public let key: String
    /// The reference as a reader would look it up: authors, title, journal, volume:page (year).
    public let reference: String
    /// The DOI without `https://doi.org/`, when the work has one and it was checked.
    public let doi: String?
    /// Why there is no DOI ("a book", "DOI not verified; PMID 26994362"): every citation has a DOI
    /// or says why not. Not written to JSON.
    public private(set) var noDOIReason: String? = nil
    /// The reference in parts, when it was given in parts, so that other styles can be drawn
    /// from it (`gutskin --citations` puts the year after the authors). Not written to JSON.
    public private(set) var parts: Parts? = nil

    /// A reference's parts: `reference` is "authors. title. source (year).".
    public struct Parts: Sendable, Hashable {
        /// "Rezaie A, Buresi M, Lembo A, et al." (a final period is part of the name list, as in "et al.").
        public let authors: String
        /// The title, when the source listed it.
        public let title: String?
        /// Journal volume:pages, or the publisher of a book.
        public let source: String
        public let year: Int
    }

    private enum CodingKeys: String, CodingKey { case key, reference, doi }

    public init(key: String, reference: String, doi: String?, noDOIReason: String? = nil) {
        self.key = key
        self.reference = reference
        self.doi = doi
        self.noDOIReason = noDOIReason
    }

    /// A citation given in parts; `reference` reads "authors. title. source (year).".
    public init(key: String, authors: String, title: String?, source: String, year: Int, doi: String?, noDOIReason: String? = nil) {
        let parts = Parts(authors: authors, title: title, source: source, year: year)
        let reference = "\(Self.sentence(authors)) \(title.map { Self.sentence($0) + " " } ?? "")\(source) (\(year))."
        self.init(key: key, reference: reference, doi: doi, noDOIReason: noDOIReason)
        self.parts = parts
    }

    /// `https://doi.org/…`, when there is a DOI.
    public var link: String? { doi.map { "https://doi.org/\($0)" } }

    /// Author–year style, "authors (year) title. source. doi:…" ("… source" without a DOI), as
    /// `gutskin --citations` prints; the reference itself (and its DOI) when the citation was not
    /// given in parts.
    public var authorYear: String {
        guard let parts else { return reference + (doi.map { " doi:\($0)" } ?? "") }
        let title = parts.title.map { Self.sentence($0) + " " } ?? ""
        let source = doi.map { "\(Self.sentence(parts.source)) doi:\($0)" } ?? parts.source
        return "\(parts.authors) (\(parts.year)) \(title)\(source)"
    }

    /// `text` ending in a full stop (not doubled after one, a question or an exclamation mark).
    private static func sentence(_ text: String) -> String {
        guard let last = text.last, !".?!".contains(last) else { return text }
        return text + "."
    }
}
