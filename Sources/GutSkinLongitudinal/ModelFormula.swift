import Foundation

/// A model formula in the subset of patsy's language q2-longitudinal's models use:
/// `y ~ a + b`, interactions `a:b`, crossings `a * b` (= a + b + a:b, also for more factors),
/// `C(x)` to treat a column as categorical, and `- 1` / `+ 0` to drop the intercept.
/// Terms keep their order of first appearance, as patsy's (Smith et al., patsy 1.0).
public struct ModelFormula: Sendable, Equatable {
    /// One factor of a term: a metadata column, categorical when written `C(column)`.
    public struct Factor: Hashable, Sendable {
        public let column: String
        public let forcedCategorical: Bool
        /// The factor as the formula wrote it, used in column names ("arm", "C(week)").
        public var label: String { forcedCategorical ? "C(\(column))" : column }
    }

    public let response: String
    /// Terms without the intercept, each a list of factors in written order.
    public let terms: [[Factor]]
    public let hasIntercept: Bool

    public init(_ text: String) throws(ModelFormulaError) {
        let sides = text.split(separator: "~", omittingEmptySubsequences: false)
        guard sides.count == 2 else { throw .syntax(text, "needs exactly one '~'") }
        response = sides[0].trimmingCharacters(in: .whitespaces)
        guard !response.isEmpty else { throw .syntax(text, "names no response before '~'") }
        var intercept = true
        var terms = [[Factor]]()
        var right = String(sides[1])
        for removal in ["- 1", "-1", "+ 0", "+0"] where right.contains(removal) {
            right = right.replacingOccurrences(of: removal, with: "")
            intercept = false
        }
        for summand in right.split(separator: "+") {
            let text = summand.trimmingCharacters(in: .whitespaces)
            if text == "1" { continue }
            if text == "0" {
                intercept = false
                continue
            }
            guard !text.isEmpty else { throw .syntax(String(sides[1]), "has an empty term") }
            var crossed = [[[Factor]]]()
            for part in text.split(separator: "*") {
                var factors = [Factor]()
                for name in part.split(separator: ":") { factors.append(try Self.factor(String(name), formula: text)) }
                crossed.append([factors])
            }
            // patsy's left-associative product: (l * r) = l + r + every l-term:r-term, left terms outermost.
            var expanded = crossed[0]
            for next in crossed.dropFirst() {
                var interactions = [[Factor]]()
                for left in expanded {
                    for right in next { interactions.append(left + right.filter { !left.contains($0) }) }
                }
                expanded += next + interactions
            }
            for term in expanded where !terms.contains(where: { Set($0) == Set(term) }) { terms.append(term) }
        }
        self.terms = terms
        hasIntercept = intercept
    }

    /// Every column the formula reads, response first.
    public var columns: [String] {
        var seen = Set<String>()
        return ([response] + terms.flatMap { $0.map(\.column) }).filter { seen.insert($0).inserted }
    }

    static func factor(_ raw: String, formula: String) throws(ModelFormulaError) -> Factor {
        let text = raw.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("C(") && text.hasSuffix(")") {
            let inner = text.dropFirst(2).dropLast().trimmingCharacters(in: .whitespaces)
            guard !inner.isEmpty else { throw .syntax(formula, "has an empty C()") }
            return Factor(column: inner, forcedCategorical: true)
        }
        guard !text.isEmpty, !text.contains("("), !text.contains(")") else {
            throw .syntax(formula, "'\(text)' is not a column name or C(column)")
        }
        return Factor(column: text, forcedCategorical: false)
    }
}

/// Why a formula cannot be read.
public enum ModelFormulaError: Error, CustomStringConvertible, Equatable {
    case syntax(String, String)

    public var description: String {
        switch self {
        case .syntax(let formula, let problem): return "formula '\(formula)' \(problem)"
        }
    }
}
