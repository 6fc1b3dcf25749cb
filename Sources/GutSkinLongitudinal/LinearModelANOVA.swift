import GutSkinCore
import GutSkinKernels

/// One row of an ANOVA table (a term, or "Residual" with F and p NaN).
public struct ANOVARow: Sendable, Equatable {
    public let term: String
    public let degreesOfFreedom: Double
    public let sumOfSquares: Double
    public let f: Double
    public let pValue: Double
    public var meanSquare: Double { sumOfSquares / degreesOfFreedom }
}

/// Which sums of squares (statsmodels' `anova_lm(typ=…)`).
public enum SumOfSquaresType: String, Sendable, CaseIterable {
    case I, II, III
}

/// ANOVA of an OLS fit, as statsmodels 0.15's `anova_lm(ols(formula, data).fit(), typ=…)`:
/// type I sequential SS (each term after those before it, the intercept left out of the table);
/// type II SS(term | every term not containing it); type III SS(term | all other terms), intercept
/// included. F = (SS/df) / (RSS/df_resid) of the full model; p from the F distribution.
/// References: Fisher 1925; Langsrud 2003, doi:10.1023/A:1023260610025; statsmodels `anova.py`.
public enum LinearModelANOVA {
    public static func table(
        metadata: SampleMetadata, file: String, formula text: String, type: SumOfSquaresType
    ) throws -> (rows: [ANOVARow], observations: Int) {
        let formula = try ModelFormula(text)
        for column in formula.columns where metadata.column(named: column) == nil {
            throw LongitudinalError.missingColumn(file: file, column: column)
        }
        let columns = formula.columns.map { metadata.column(named: $0)! }
        let rows = metadata.ids.indices.filter { row in columns.allSatisfy { $0.values[row] != nil } }
        var y = [Double]()
        for row in rows {
            let value = columns[0].values[row]!
            guard let number = Double(value) else {
                throw LongitudinalError.notNumeric(file: file, column: formula.response, sample: metadata.ids[row], value: value)
            }
            y.append(number)
        }
        let design = try DesignMatrix(formula: formula, metadata: metadata, rows: rows, file: file)
        let all = Array(design.names.indices)
        guard y.count > all.count, let rss = LeastSquares.residualSumOfSquares(y: y, x: design.matrix, selected: all) else {
            throw LongitudinalError.singularDesign(file: file)
        }
        let residualDF = Double(y.count - all.count)
        let scale = rss / residualDF
        func rssOf(terms: Set<Int>) throws -> Double {
            let selected = all.filter { terms.contains(design.termOfColumn[$0]) }
            if selected.isEmpty { return y.reduce(0) { $0 + $1 * $1 } }
            guard let value = LeastSquares.residualSumOfSquares(y: y, x: design.matrix, selected: selected) else {
                throw LongitudinalError.singularDesign(file: file)
            }
            return value
        }
        let factorSets = design.termNames.map { Set($0 == "Intercept" ? [] : $0.split(separator: ":").map(String.init)) }
        var result = [ANOVARow]()
        for (index, name) in design.termNames.enumerated() {
            if name == "Intercept" && type != .III { continue }
            let df = Double(design.termOfColumn.filter { $0 == index }.count)
            let ss: Double
            switch type {
            case .I:
                ss = try rssOf(terms: Set(0..<index)) - rssOf(terms: Set(0...index))
            case .II:
                let containing = Set(factorSets.indices.filter { $0 != index && factorSets[index].isSubset(of: factorSets[$0]) })
                let base = Set(design.termNames.indices).subtracting(containing).subtracting([index])
                ss = try rssOf(terms: base) - rssOf(terms: base.union([index]))
            case .III:
                ss = try rssOf(terms: Set(design.termNames.indices).subtracting([index])) - rss
            }
            let f = ss / df / scale
            result.append(
                ANOVARow(
                    term: name, degreesOfFreedom: df, sumOfSquares: ss, f: f,
                    pValue: Distributions.fSF(f, numeratorDegreesOfFreedom: df, denominatorDegreesOfFreedom: residualDF)))
        }
        result.append(ANOVARow(term: "Residual", degreesOfFreedom: residualDF, sumOfSquares: rss, f: .nan, pValue: .nan))
        return (result, y.count)
    }
}
