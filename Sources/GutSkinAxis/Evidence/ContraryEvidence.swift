/// The strongest contrary or null result against a statement, with its source: the statement a
/// person reads already says it in plain words; this carries it as data (report JSON `contrary`).
public struct ContraryEvidence: Sendable, Hashable, Codable {
    /// The contrary or null result, as one sentence ("A study of 20,416 Danish adults found no link.").
    public let statement: String
    /// Key into `Bibliography`.
    public let citation: String

    public init(statement: String, citation: String) {
        self.statement = statement
        self.citation = citation
    }
}
