/// The right-hand side of an adonis model, as R writes it: terms joined by `+`, `a:b` for an
/// interaction and `a * b` for `a + b + a:b`. Column names may be wrapped in backquotes when
/// they hold spaces or operators (`` `Sex/Gender` ``).
public struct AdonisFormula: Sendable, Equatable {
    /// One term of the model: a column, or an interaction of several.
    public struct Term: Sendable, Equatable {
        /// Metadata columns multiplied in this term (one for a main effect).
        public let columns: [String]
        /// The term as R labels it: columns joined by `:`.
        public var name: String { columns.joined(separator: ":") }
    }

    /// Terms in the order their sums of squares are taken (sequentially, type I).
    public let terms: [Term]

    /// Every column the formula uses, in first-use order.
    public var columns: [String] {
        var seen = Set<String>()
        var ordered = [String]()
        for term in terms { for column in term.columns where seen.insert(column).inserted { ordered.append(column) } }
        return ordered
    }

    /// Parses `a + b`, `a * b`, `a + b + a:b`; a leading `~` (or `dist ~`) is ignored.
    public init(parsing text: String) throws(AdonisError) {
        var body = Substring(text)
        if let tilde = body.firstIndex(of: "~") { body = body[body.index(after: tilde)...] }
        var terms = [Term]()
        func add(_ term: Term) {
            let key = Set(term.columns)
            if !terms.contains(where: { Set($0.columns) == key }) { terms.append(term) }
        }
        for summand in try Self.split(body, at: "+") {
            let factors = try Self.split(summand, at: "*")
            var parts = [[String]]()
            for factor in factors {
                var names = [String]()
                for piece in try Self.split(factor, at: ":") { names.append(try Self.name(piece, in: text)) }
                parts.append(names)
            }
            if parts.count == 1 {
                add(Term(columns: parts[0]))
                continue
            }
            // a * b * c: every non-empty subset of the factors, by order (R's expansion).
            for size in 1...parts.count {
                for subset in Self.subsets(of: parts.count, size: size) {
                    add(Term(columns: subset.flatMap { parts[$0] }))
                }
            }
        }
        guard !terms.isEmpty else { throw .badFormula(text, reason: "it has no terms") }
        self.terms = terms
    }

    /// Splits at `separator` outside backquotes.
    private static func split(_ text: Substring, at separator: Character) throws(AdonisError) -> [Substring] {
        var parts = [Substring]()
        var start = text.startIndex
        var quoted = false
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "`" { quoted.toggle() }
            if character == separator && !quoted {
                parts.append(text[start..<index])
                start = text.index(after: index)
            }
            index = text.index(after: index)
        }
        guard !quoted else { throw .badFormula(String(text), reason: "a backquote is not closed") }
        parts.append(text[start..<text.endIndex])
        return parts
    }

    private static func name(_ raw: Substring, in formula: String) throws(AdonisError) -> String {
        var name = raw.trimmingCharacters(in: " \t")
        if name.count >= 2 && name.hasPrefix("`") && name.hasSuffix("`") { name = String(name.dropFirst().dropLast()) }
        guard !name.isEmpty else { throw .badFormula(formula, reason: "a term is empty") }
        if name.contains(where: { "()^/-|%".contains($0) }) && !raw.contains("`") {
            throw .badFormula(
                formula, reason: "'\(name)' is not supported; use +, * and : between column names (backquote names holding other symbols)")
        }
        return name
    }

    private static func subsets(of count: Int, size: Int) -> [[Int]] {
        if size == 0 { return [[]] }
        guard count >= size else { return [] }
        var result = [[Int]]()
        func extend(_ current: [Int], from next: Int) {
            if current.count == size {
                result.append(current)
                return
            }
            guard next < count else { return }
            for index in next..<count { extend(current + [index], from: index + 1) }
        }
        extend([], from: 0)
        return result
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in characters: String) -> String {
        var text = self
        while let first = text.first, characters.contains(first) { text = text.dropFirst() }
        while let last = text.last, characters.contains(last) { text = text.dropLast() }
        return String(text)
    }
}
