import GRDB
import GutSkinAxis

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
    /// Each statement's words (text and keywords) and kind, for re-ranking by coverage.
    private let documents: [String: (words: Set<String>, kind: KnowledgeStatement.Kind, grade: EvidenceGrade?)]
    /// Every word the index knows and every prefix of 4 letters or more of one (for telling an unknown word from a known one).
    private let vocabulary: Set<String>

    /// Builds the index; throws only when SQLite lacks FTS5.
    public init(knowledge: Knowledge, synonyms: SynonymTable = .standard) throws {
        database = try DatabaseQueue()
        self.synonyms = synonyms
        var vocabulary = Set<String>()
        var documents: [String: (words: Set<String>, kind: KnowledgeStatement.Kind, grade: EvidenceGrade?)] = [:]
        try database.write { db in
            try db.execute(sql: "CREATE VIRTUAL TABLE statements USING fts5(id UNINDEXED, text, keywords, tokenize='porter unicode61')")
            for statement in knowledge.statements {
                let keywords = statement.keywords + " " + statement.topic.replacingOccurrences(of: "_", with: " ")
                try db.execute(
                    sql: "INSERT INTO statements (id, text, keywords) VALUES (?, ?, ?)",
                    arguments: [statement.id, statement.text, keywords])
                let words = Self.withPrefixes(QueryWords.words(statement.text + " " + keywords))
                vocabulary.formUnion(words)
                documents[statement.id] = (words, statement.kind, statement.grade)
            }
        }
        for entry in synonyms.entries { vocabulary.formUnion(QueryWords.words(entry.phrase)) }
        let whole = Set(knowledge.statements.flatMap { QueryWords.words($0.text + " " + $0.keywords) })
            .union(synonyms.entries.flatMap { QueryWords.words($0.phrase) })
        corrector = SpellingCorrector(vocabulary: whole.subtracting(QueryWords.stopWords))
        self.documents = documents
        self.vocabulary = vocabulary
    }

    /// The question's specific words, each with its synonyms: one concept per word the person typed.
    func concepts(_ question: String) -> (known: [[String]], unknown: [String]) {
        var known: [[String]] = []
        var unknown: [String] = []
        for word in QueryWords.words(question)
        where word.count > 1 && !QueryWords.stopWords.contains(word) && !QueryWords.generalWords.contains(word) {
            let corrected = corrector.correct(word) ?? word
            let group =
                [corrected]
                + QueryWords.words(synonyms.expand(corrected)).filter {
                    !QueryWords.stopWords.contains($0) && !QueryWords.generalWords.contains($0) && $0 != corrected
                }
            if group.contains(where: { vocabulary.contains($0) || Self.stemMatches($0, in: vocabulary) }) {
                if !known.contains(group) { known.append(group) }
            } else {
                unknown.append(word)
            }
        }
        return (known, unknown)
    }

    /// Whether a word, or a longer word sharing its stem (all but its last 3 letters, at least 5), is in a
    /// set made by `withPrefixes`.
    static func stemMatches(_ word: String, in words: Set<String>) -> Bool {
        words.contains(word) || words.contains(String(word.prefix(max(5, word.count - 3))))
    }

    /// The words and every prefix of 4 letters or more of each, so a stem is found by one lookup.
    static func withPrefixes(_ words: [String]) -> Set<String> {
        var set = Set<String>()
        for word in words {
            set.insert(word)
            if word.count > 4 { for length in 4..<word.count { set.insert(String(word.prefix(length))) } }
        }
        return set
    }

    /// The question's search words after spelling correction and synonym expansion, split into
    /// specific words and general ones ("skin", "good").
    public func searchWords(_ question: String) -> (specific: [String], general: [String]) {
        let corrected = QueryWords.words(question).map { word in
            QueryWords.stopWords.contains(word) || QueryWords.generalWords.contains(word) ? word : corrector.correct(word) ?? word
        }
        let expanded = QueryWords.words(synonyms.expand(corrected.joined(separator: " ")))
        var specific: [String] = []
        var general: [String] = []
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
        var (specific, general) = searchWords(question)
        if specific.isEmpty { specific = Self.fallback(general) }
        guard !specific.isEmpty else { return [] }
        let (known, unknown) = concepts(question)
        let all = Self.matchExpression(specific + general)
        let required = Self.matchExpression(specific)
        let candidates: [Hit] = try database.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT id, bm25(statements, 0.0, 1.0, 0.7) AS rank FROM statements
                    WHERE statements MATCH ? AND rowid IN (SELECT rowid FROM statements WHERE statements MATCH ?)
                    ORDER BY rank, id LIMIT 30
                    """,
                arguments: [all, required])
            return rows.map { Hit(id: $0["id"], rank: $0["rank"]) }
        }
        // Rank first by how many of the person's concepts a statement covers, then by BM25 with
        // trait rows (short, so favoured by BM25) weighed down and term explanations up.
        let scored = candidates.map { hit -> (hit: Hit, coverage: Int, rank: Double) in
            let document = documents[hit.id]!
            let coverage = known.filter { group in group.contains { Self.stemMatches($0, in: document.words) } }.count
            let factor = document.kind == .trait ? 0.5 : hit.id.hasPrefix("term-") ? 1.3 : 1.0
            return (hit, coverage, hit.rank * factor * Self.strength(document.grade))
        }
        // A question whose own words the index mostly does not know is not answered from the rest,
        // unless one statement covers two or more of the words it does know ("oat milk and acne").
        let best = scored.map(\.coverage).max() ?? 0
        if !unknown.isEmpty && best < 2 && Double(best) <= Double(known.count + unknown.count) / 2 { return [] }
        return scored.sorted { ($0.coverage, -$0.rank, $1.hit.id) > ($1.coverage, -$1.rank, $0.hit.id) }
            .prefix(limit).map { Hit(id: $0.hit.id, rank: $0.rank) }
    }

    /// Search words for a question made only of general words, by the pair it names: food and
    /// the gut → what changes gut diversity; gut and skin → the axis; bacteria and skin → the skin's bacteria.
    static func fallback(_ general: [String]) -> [String] {
        let words = Set(general)
        let food = !words.isDisjoint(with: ["food", "foods", "diet", "eat", "eating"])
        let gut = !words.isDisjoint(with: ["gut", "microbiome", "bacteria", "microbes"])
        if words.contains("gut") && words.contains("skin") { return ["axis"] }
        if food && gut { return ["diversity", "fibre", "fermented", "plants"] }
        if words.contains("skin") && !words.isDisjoint(with: ["bacteria", "microbiome", "microbes"]) { return ["sites", "bacteria"] }
        return []
    }

    /// Among statements matching a question equally, stronger evidence first: a small weight on BM25.
    static func strength(_ grade: EvidenceGrade?) -> Double {
        switch grade {
        case .moderate: 1.1
        case .low, nil: 1.0
        case .veryLow: 0.95
        case .mechanisticOnly: 0.9
        case .hypothesis: 0.85
        }
    }

    /// `"w1" OR "w2" …` over the text and keywords columns, each word quoted so none is read as an operator.
    static func matchExpression(_ words: [String]) -> String {
        "{text keywords} : (" + words.map { "\"\($0)\"" }.joined(separator: " OR ") + ")"
    }
}
