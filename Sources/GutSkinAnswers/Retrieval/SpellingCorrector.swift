/// Corrects a misspelt word to the closest word of the index vocabulary (Damerau–Levenshtein
/// distance 1 for words of up to 5 letters, 2 for longer ones), so "exzema" finds "eczema".
public struct SpellingCorrector: Sendable {
    private let vocabulary: Set<String>
    private let byLength: [Int: [String]]

    public init(vocabulary: Set<String>) {
        self.vocabulary = vocabulary
        byLength = Dictionary(grouping: vocabulary, by: \.count)
    }

    /// The word itself when known or too short to correct, else the closest vocabulary word, or nil when none is close.
    public func correct(_ word: String) -> String? {
        if vocabulary.contains(word) || word.count < 4 { return word }
        let limit = word.count <= 5 ? 1 : 2
        var best: (word: String, distance: Int)?
        for length in (word.count - limit)...(word.count + limit) {
            for candidate in byLength[length] ?? [] {
                let distance = Self.distance(word, candidate, limit: limit)
                if distance <= limit,
                    distance < (best?.distance ?? .max)
                        || (distance == best?.distance && candidate < best!.word)
                {
                    best = (candidate, distance)
                }
            }
        }
        return best?.word
    }

    /// Optimal-string-alignment distance (Damerau–Levenshtein with adjacent transpositions); stops early above `limit`.
    static func distance(_ a: String, _ b: String, limit: Int) -> Int {
        let a = Array(a)
        let b = Array(b)
        if abs(a.count - b.count) > limit { return limit + 1 }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var current = [Int](repeating: 0, count: b.count + 1)
            current[0] = i
            var rowMin = current[0]
            for j in 1...max(b.count, 1) where !b.isEmpty {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
                rowMin = min(rowMin, current[j])
            }
            if rowMin > limit { return limit + 1 }
            previous2 = previous
            previous = current
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}
