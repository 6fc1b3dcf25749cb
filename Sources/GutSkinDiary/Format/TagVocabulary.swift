import GutSkinFormats

/// Maps free-text diary items to tags ("cheese pizza" → dairy, gluten, refined carbohydrates), so
/// that an association can be found across the many ways a person writes the same food.
///
/// A tag matches an item when one of its keywords appears in the item as whole words (case-
/// insensitive; a keyword also matches its plural with -s or -es), or when the item is the tag's
/// name. Users extend the vocabulary with a tab-separated file of `tag` and `keyword` rows.
public struct TagVocabulary: Sendable, Equatable {
    /// Keywords (lower case, words separated by one space) by tag, tags in a stable order.
    public private(set) var keywords: [(tag: String, words: [String])]

    public static func == (lhs: TagVocabulary, rhs: TagVocabulary) -> Bool {
        lhs.keywords.map(\.tag) == rhs.keywords.map(\.tag) && lhs.keywords.map(\.words) == rhs.keywords.map(\.words)
    }

    public init(keywords: [(tag: String, words: [String])]) {
        self.keywords = []
        for (tag, words) in keywords { add(tag: tag, keywords: words) }
    }

    /// Adds keywords to a tag (creating the tag when new).
    public mutating func add(tag: String, keywords words: [String]) {
        let name = Self.normalised(tag)
        let cleaned = words.map(Self.normalised).filter { !$0.isEmpty }
        if let index = keywords.firstIndex(where: { $0.tag == name }) {
            keywords[index].words += cleaned.filter { !keywords[index].words.contains($0) }
        } else {
            keywords.append((name, cleaned))
        }
    }

    /// The tags of an item, in vocabulary order.
    public func tags(of item: String) -> [String] {
        let words = Self.normalised(item).split(separator: " ").map(String.init)
        let whole = words.joined(separator: " ")
        return keywords.compactMap { entry in
            if whole == entry.tag { return entry.tag }
            return entry.words.contains(where: { Self.contains(words, phrase: $0) }) ? entry.tag : nil
        }
    }

    /// Reads `tag<TAB>keyword` rows (header optional when it reads `tag	keyword`; `#` comments) into this vocabulary.
    public func extended(withTSV text: String, file: String) throws(DiaryError) -> TagVocabulary {
        var result = self
        for (index, line) in DiaryTSV.lines(of: text).enumerated() {
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map { DiaryTSV.trim($0) }
            guard !cells.allSatisfy(\.isEmpty), !cells[0].hasPrefix("#") else { continue }
            if index == 0 && cells.map({ $0.lowercased() }) == ["tag", "keyword"] { continue }
            guard cells.count == 2, !cells[0].isEmpty, !cells[1].isEmpty else {
                throw DiaryError(file: file, line: index + 1, .other("expected two cells, a tag and a keyword (tab-separated)"))
            }
            result.add(tag: cells[0], keywords: [cells[1]])
        }
        return result
    }

    /// Lower case, letters and digits only, single spaces.
    static func normalised(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }).joined(separator: " ")
    }

    /// Whether `phrase` (space-separated words) appears in `words` as consecutive whole words,
    /// its last word allowed a plural -s or -es.
    static func contains(_ words: [String], phrase: String) -> Bool {
        let parts = phrase.split(separator: " ").map(String.init)
        guard !parts.isEmpty, parts.count <= words.count else { return false }
        for start in 0...(words.count - parts.count) {
            var matches = true
            for (offset, part) in parts.enumerated() {
                let word = words[start + offset]
                let isLast = offset == parts.count - 1
                if word != part && !(isLast && (word == part + "s" || word == part + "es")) {
                    matches = false
                    break
                }
            }
            if matches { return true }
        }
        return false
    }
}
