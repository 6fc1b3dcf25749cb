import GRDB

/// An in-memory SQLite FTS5 index of the knowledge statements (Porter stemming, BM25 ranking),
/// built once at start-up; questions are expanded with synonyms and misspellings corrected against
/// the index's own words before they are searched.
public final class StatementIndex: Sendable {
    /// One statement found for a question, best first.
    public struct Hit: Sendable, Hashable {
        public let id: String
        /// SQLite's bm25(): lower is better (negative).
        public let rank: Double
    }

    private let database: DatabaseQueue
    private let corrector: SpellingCorrector
    private let synonyms: SynonymTable

    /// Builds the index; throws only when SQLite lacks FTS5.
    public init(knowledge: Knowledge, synonyms: SynonymTable = .standard) throws {
        database = try DatabaseQueue()
        self.synonyms = synonyms
        var vocabulary = Set<String>()
        try database.write { db in
            try db.execute(sql: "CREATE VIRTUAL TABLE statements USING fts5(id UNINDEXED, text, keywords, tokenize='porter unicode61')")
            for statement in knowledge.statements {
                let keywords = statement.keywords + " " + statement.topic.replacingOccurrences(of: "_", with: " ")
                try db.execute(
                    sql: "INSERT INTO statements (id, text, keywords) VALUES (?, ?, ?)",
                    arguments: [statement.id, statement.text, keywords])
                vocabulary.formUnion(QueryWords.words(statement.text + " " + keywords))
            }
        }
        for entry in synonyms.entries { vocabulary.formUnion(QueryWords.words(entry.phrase)) }
        corrector = SpellingCorrector(vocabulary: vocabulary.subtracting(QueryWords.stopWords))
    }

    /// The question's search words after spelling correction and synonym expansion, split into
    /// specific words and general ones ("skin", "good").
    public func searchWords(_ question: String) -> (specific: [String], general: [String]) {
        let corrected = QueryWords.words(question).map { word in
            QueryWords.stopWords.contains(word) || QueryWords.generalWords.contains(word) ? word : corrector.correct(word) ?? word
        }
        let expanded = QueryWords.words(synonyms.expand(corrected.joined(separator: " ")))
        var specific: [String] = [], general: [String] = []
        for word in expanded where !QueryWords.stopWords.contains(word) {
            if QueryWords.generalWords.contains(word) {
                if !general.contains(word) { general.append(word) }
            } else if !specific.contains(word) {
                specific.append(word)
            }
        }
        return (specific, general)
    }

    /// The best statements for a question: only those matching at least one specific word, ranked
    /// by BM25 over all its words (text weighted above keywords). Empty when nothing specific matches.
    public func search(_ question: String, limit: Int = 5) throws -> [Hit] {
        let (specific, general) = searchWords(question)
        guard !specific.isEmpty else { return [] }
        let all = Self.matchExpression(specific + general), required = Self.matchExpression(specific)
        return try database.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT id, bm25(statements, 0.0, 1.0, 0.7) AS rank FROM statements
                    WHERE statements MATCH ? AND rowid IN (SELECT rowid FROM statements WHERE statements MATCH ?)
                    ORDER BY rank, id LIMIT ?
                    """,
                arguments: [all, required, limit])
            return rows.map { Hit(id: $0["id"], rank: $0["rank"]) }
        }
    }

    /// `"w1" OR "w2" …` over the text and keywords columns, each word quoted so none is read as an operator.
    static func matchExpression(_ words: [String]) -> String {
        "{text keywords} : (" + words.map { "\"\($0)\"" }.joined(separator: " OR ") + ")"
    }
}
