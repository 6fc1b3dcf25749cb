import GutSkinCore

/// The fixed-effects design matrix of a formula over metadata rows, coded as patsy 1.0 codes it
/// (`dmatrices`): numeric columns as they are; categorical ones (text, or `C(x)`) with treatment
/// contrasts against the first sorted level, or full-rank indicators where patsy's redundancy
/// rule needs them (a term whose lower-order margin is absent); terms grouped by their numeric
/// factors (the group without any first), in order of appearance; interaction columns with the
/// left-most factor varying fastest. Column names as patsy's: `arm[T.diet]`, `week:arm[T.diet]`.
public struct DesignMatrix: Sendable {
    public let names: [String]
    /// Term names in design order (patsy's: factors joined by ":", "Intercept"), and each column's term.
    public let termNames: [String]
    public let termOfColumn: [Int]
    /// n × p, row-major.
    let matrix: DenseMatrix

    /// Builds the design for `rows` of `metadata`; every formula column must be present in those rows.
    public init(formula: ModelFormula, metadata: SampleMetadata, rows: [Int], file: String) throws(LongitudinalError) {
        var coding = [ModelFormula.Factor: FactorCoding]()
        for factor in Set(formula.terms.flatMap { $0 }) {
            guard let column = metadata.column(named: factor.column) else { throw .missingColumn(file: file, column: factor.column) }
            coding[factor] = FactorCoding(factor: factor, values: rows.map { column.values[$0]! })
        }
        let terms = (formula.hasIntercept ? [[ModelFormula.Factor]()] : []) + formula.terms
        var buckets = [(numeric: Set<ModelFormula.Factor>, terms: [[ModelFormula.Factor]])]()
        for term in terms {
            let numeric = Set(term.filter { coding[$0]!.levels == nil })
            if let index = buckets.firstIndex(where: { $0.numeric == numeric }) {
                buckets[index].terms.append(term)
            } else {
                buckets.append((numeric, [term]))
            }
        }
        if let empty = buckets.firstIndex(where: { $0.numeric.isEmpty }) { buckets.insert(buckets.remove(at: empty), at: 0) }
        var names = [String]()
        var columns = [[Double]]()
        var termNames = [String]()
        var termOfColumn = [Int]()
        for bucket in buckets {
            var used = Set<Set<ModelFormula.Factor>>()
            for term in bucket.terms {
                termNames.append(term.isEmpty ? "Intercept" : term.map(\.label).joined(separator: ":"))
                let categorical = term.filter { coding[$0]!.levels != nil }
                var subterms = [[(ModelFormula.Factor, Bool)]]()
                for subset in Self.sortedSubsets(categorical) where used.insert(Set(subset)).inserted {
                    subterms.append(subset.map { ($0, false) })
                }
                Self.simplify(&subterms)
                for subterm in subterms {
                    let fullRank = Dictionary(uniqueKeysWithValues: subterm.map { ($0.0.column + "|" + $0.0.label, $0.1) })
                    let pieces = term.compactMap { factor -> [(String, [Double])]? in
                        let code = coding[factor]!
                        if code.levels == nil { return [(factor.label, code.numeric)] }
                        guard let full = fullRank[factor.column + "|" + factor.label] else { return nil }
                        return code.indicators(fullRank: full)
                    }
                    // Left-most factor varies fastest (patsy's _column_combinations).
                    var combos: [(String, [Double])] = [("", [Double](repeating: 1, count: rows.count))]
                    for piece in pieces {
                        var next = [(String, [Double])]()
                        for column in piece {
                            for combo in combos {
                                next.append((combo.0.isEmpty ? column.0 : combo.0 + ":" + column.0, zip(combo.1, column.1).map(*)))
                            }
                        }
                        combos = next
                    }
                    for combo in combos {
                        names.append(combo.0.isEmpty ? "Intercept" : combo.0)
                        columns.append(combo.1)
                        termOfColumn.append(termNames.count - 1)
                    }
                }
            }
        }
        self.names = names
        self.termNames = termNames
        self.termOfColumn = termOfColumn
        var matrix = DenseMatrix(rows: rows.count, columns: names.count)
        for (j, column) in columns.enumerated() { for i in 0..<rows.count { matrix[i, j] = column[i] } }
        self.matrix = matrix
    }

    /// All subsets of `factors`, by size, then by position (patsy's `_subsets_sorted`).
    static func sortedSubsets(_ factors: [ModelFormula.Factor]) -> [[ModelFormula.Factor]] {
        var subsets = [[Int]]()
        for mask in 0..<(1 << factors.count) { subsets.append((0..<factors.count).filter { mask & (1 << $0) != 0 }) }
        subsets.sort { $0.count != $1.count ? $0.count < $1.count : $0.lexicographicallyPrecedes($1) }
        return subsets.map { $0.map { factors[$0] } }
    }

    /// patsy's `_simplify_subterms`: a subterm one reduced factor larger absorbs a smaller one,
    /// that factor becoming full rank; greedily from the left until nothing changes.
    static func simplify(_ subterms: inout [[(ModelFormula.Factor, Bool)]]) {
        var changed = true
        while changed {
            changed = false
            search: for short in subterms.indices {
                for long in subterms.indices where long > short {
                    let small = subterms[short]
                    let large = subterms[long]
                    guard large.count == small.count + 1,
                        small.allSatisfy({ s in large.contains { $0.0 == s.0 && $0.1 == s.1 } })
                    else { continue }
                    let extra = large.first { l in !small.contains { $0.0 == l.0 && $0.1 == l.1 } }!
                    guard !extra.1 else { continue }
                    subterms[long] = small + [(extra.0, true)]
                    subterms.remove(at: short)
                    changed = true
                    break search
                }
            }
        }
    }
}

/// How one factor enters the design: numeric values, or the sorted levels of a categorical one.
struct FactorCoding {
    let numeric: [Double]
    let levels: [String]?
    let labels: [String]
    let label: String

    init(factor: ModelFormula.Factor, values: [String]) {
        label = factor.label
        let numbers = values.map { Double($0) }
        let isNumeric = numbers.allSatisfy { $0 != nil }
        if isNumeric && !factor.forcedCategorical {
            numeric = numbers.map { $0! }
            levels = nil
            labels = values
            return
        }
        numeric = []
        if isNumeric {
            // pandas reads integral text as int64, whose levels print without ".0".
            let integral = values.allSatisfy { Int($0) != nil }
            let keys = numbers.map { $0! }
            let sorted = Array(Set(keys)).sorted()
            levels = sorted.map { integral ? String(Int($0)) : PythonFloatFormat.repr($0) }
            labels = keys.map { integral ? String(Int($0)) : PythonFloatFormat.repr($0) }
        } else {
            levels = Array(Set(values)).sorted()
            labels = values
        }
    }

    /// Indicator columns: every level (full rank, `x[a]`) or every level but the first (`x[T.b]`).
    func indicators(fullRank: Bool) -> [(String, [Double])] {
        let chosen = fullRank ? levels! : Array(levels!.dropFirst())
        return chosen.map { level in
            ("\(label)[\(fullRank ? "" : "T.")\(level)]", labels.map { $0 == level ? 1 : 0 })
        }
    }
}
