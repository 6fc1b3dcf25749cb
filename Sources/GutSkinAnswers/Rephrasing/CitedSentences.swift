import Foundation

/// Checks a model's sentences against what was retrieved: each must end with bracketed ids, every
/// id retrieved (or `report`), and every number in it present in the statements it cites (or, for
/// `[report]`, in the composed lines with the person's own numbers).
enum CitedSentences {
    /// The sentences that pass, each with its brackets kept.
    static func checked(_ content: String, retrieved: [KnowledgeStatement], ownLines: [String]) -> [String] {
        let byID = Dictionary(retrieved.map { ($0.id, $0.text) }, uniquingKeysWith: { first, _ in first })
        return sentences(content).filter { sentence in
            let ids = citedIDs(sentence)
            guard !ids.isEmpty, ids.allSatisfy({ $0 == "report" || byID[$0] != nil }) else { return false }
            let sources = ids.map { $0 == "report" ? ownLines.joined(separator: " ") : byID[$0]! }.joined(separator: " ")
            return numbers(in: outsideBrackets(sentence)).allSatisfy { sources.contains($0) }
        }
    }

    /// Sentences ending at ". ", "! ", "? " after a closing bracket, or at a line break.
    static func sentences(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        for character in text {
            if character == "\n" {
                result.append(current)
                current = ""
                continue
            }
            current.append(character)
            if ".!?".contains(character), current.dropLast().last == "]" {
                result.append(current)
                current = ""
            }
        }
        result.append(current)
        return result.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The sentence without its bracketed ids (the claim whose numbers are checked).
    static func outsideBrackets(_ sentence: String) -> String {
        var text = ""
        var depth = 0
        for character in sentence {
            if character == "[" {
                depth += 1
            } else if character == "]" {
                depth = max(0, depth - 1)
            } else if depth == 0 {
                text.append(character)
            }
        }
        return text
    }

    /// Ids in the sentence's brackets, split at commas and semicolons.
    static func citedIDs(_ sentence: String) -> [String] {
        var ids: [String] = []
        var inside = false
        var current = ""
        for character in sentence {
            if character == "[" {
                inside = true
                current = ""
            } else if character == "]" {
                inside = false
                ids += current.split(whereSeparator: { ",;".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }
            } else if inside {
                current.append(character)
            }
        }
        return ids.filter { !$0.isEmpty }
    }

    /// Numbers as written ("1.25", "20,416").
    static func numbers(in text: String) -> [String] {
        var found: [String] = []
        var current = ""
        for character in text + " " {
            if character.isNumber || ((character == "." || character == ",") && !current.isEmpty) {
                current.append(character)
            } else {
                while let last = current.last, last == "." || last == "," { current.removeLast() }
                if !current.isEmpty { found.append(current) }
                current = ""
            }
        }
        return found
    }
}
