import GutSkinCore
import GutSkinKernels
import GutSkinParallel

/// One explanatory variable of an adonis model, one value per sample of the matrix.
public enum AdonisVariable: Sendable, Equatable {
    /// Levels, coded as treatment contrasts (R's `contr.treatment`): one indicator column per
    /// level after the first in sorted order.
    case categorical([String])
    /// Used as is (one column).
    case numeric([Double])

    var count: Int {
        switch self {
        case .categorical(let values): return values.count
        case .numeric(let values): return values.count
        }
    }

    /// The variable's model-matrix columns (contrasts), each with one value per sample.
    func contrastColumns() -> [[Double]] {
        switch self {
        case .numeric(let values): return [values]
        case .categorical(let values):
            let levels = Array(Set(values)).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            return levels.dropFirst().map { level in values.map { $0 == level ? 1 : 0 } }
        }
    }
}

/// One row of an adonis table: a term, the residual or the total.
public struct AdonisRow: Sendable, Equatable {
    /// The term as R labels it (`body_site`, `body_site:sex`), `Residual` or `Total`.
    public let term: String
    public let degreesOfFreedom: Int
    public let sumOfSquares: Double
    /// SS / SS_total.
    public let rSquared: Double
    /// (SS / df) / (SS_residual / df_residual) for terms; `nil` for the residual and total rows
    /// and for terms with no degrees of freedom left (wholly aliased with earlier terms).
    public let pseudoF: Double?
    /// Permutation p-value for terms; `nil` with zero permutations and for the other rows.
    public let pValue: Double?
}

/// An adonis table: terms in formula order, then `Residual` and `Total`.
public struct AdonisResult: Sendable, Equatable {
    public let rows: [AdonisRow]
    public let sampleSize: Int
    public let permutations: Int
}

/// PERMANOVA for a linear model of several variables (McArdle & Anderson 2001,
/// doi:10.1890/0012-9658(2001)082[0290:FMMTCD]2.0.CO;2; Anderson 2001,
/// doi:10.1111/j.1442-9993.2001.01070.pp.x), as vegan's `adonis2(d ~ …, by = "terms")` computes it.
///
/// With A = −½ d², the Gower-centred G = (I − 11ᵀ/n) A (I − 11ᵀ/n) and X the model matrix
/// (intercept, then each term's columns), orthonormalized column by column into Q:
///
///     SS_term = Σ_{q ∈ term} qᵀ G q     (sequential, type I: each term after those before it)
///     SS_total = tr G = Σ_{i<j} d_ij² / n,   SS_residual = SS_total − Σ SS_term,
///     F_term = (SS_term / df_term) / (SS_residual / df_residual),   R² = SS / SS_total.
///
/// Columns wholly explained by earlier ones (norm left below 1e-7 of their own, R's `qr`
/// tolerance) are aliased and dropped, lowering the term's df, as R does. The p-value of each
/// term permutes the samples freely (vegan's default `how(nperm = …)`), applying one
/// permutation to all terms: p = (F* ≥ F, + 1) / (permutations + 1). Permutation `k` is drawn
/// from (seed, k), so the result is the same for any thread count; it is not vegan's random
/// stream, so p-values agree with vegan's only in distribution.
///
/// Interactions multiply the terms' contrast columns, which is R's coding when the main effects
/// are in the model too (as `a * b` ensures).
public func adonis(
    _ matrix: DistanceMatrix, formula: AdonisFormula, variables: [String: AdonisVariable],
    permutations: Int = 999, seed: UInt64 = 0, threads: Int? = nil
) throws(AdonisError) -> AdonisResult {
    guard permutations >= 0 else { throw .negativePermutations(permutations) }
    let n = matrix.count
    for name in formula.columns {
        guard let variable = variables[name] else { throw .unknownColumn(name) }
        guard variable.count == n else { throw .columnLength(name, values: variable.count, samples: n) }
        if case .numeric(let values) = variable, let bad = values.firstIndex(where: { !$0.isFinite }) {
            throw .nonFiniteValue(column: name, sample: bad)
        }
    }
    // Model columns per term, then an orthonormal basis built term by term.
    var basis = OrthonormalBasis(length: n)
    basis.add([Double](repeating: 1, count: n))
    var termColumns = [[Int]]()  // indices into basis.vectors per term
    for term in formula.terms {
        var columns: [[Double]] = [[Double](repeating: 1, count: n)]
        for name in term.columns {
            guard let variable = variables[name] else { throw .unknownColumn(name) }
            let contrasts = variable.contrastColumns()
            columns = columns.flatMap { existing in
                contrasts.map { contrast in zip(existing, contrast).map { $0 * $1 } }
            }
        }
        var kept = [Int]()
        for column in columns {
            if let index = basis.add(column) { kept.append(index) }
        }
        termColumns.append(kept)
    }
    let modelDegrees = termColumns.reduce(0) { $0 + $1.count }
    let residualDegrees = n - 1 - modelDegrees
    guard residualDegrees > 0 else { throw .noResidualDegreesOfFreedom(samples: n, modelColumns: modelDegrees + 1) }

    let columnsOfTerms = termColumns
    let gower = GowerCentredMatrix(matrix)
    let total = gower.trace
    let vectors = basis.vectors
    /// Sums of squares of every term with the samples in `order`.
    @Sendable func termSums(_ order: [Int]?) -> [Double] {
        columnsOfTerms.map { indices in
            indices.reduce(0.0) { sum, index in sum + gower.quadraticForm(vectors[index], order: order) }
        }
    }
    func pseudoF(_ sums: [Double]) -> [Double?] {
        let residual = total - sums.reduce(0, +)
        return zip(sums, termColumns).map { sum, indices in
            indices.isEmpty ? nil : (sum / Double(indices.count)) / (residual / Double(residualDegrees))
        }
    }
    let observedSums = termSums(nil)
    let observedF = pseudoF(observedSums)
    let permutedF = Parallel.map(count: permutations, threads: threads) { k in
        termSums(PermutationStreams.order(count: n, seed: seed, permutation: k))
    }.map(pseudoF)

    var rows = [AdonisRow]()
    for (index, term) in formula.terms.enumerated() {
        let observed = observedF[index] ?? .nan
        let pValue = PermutationStreams.pValue(observed: observed, permutedF.map { $0[index] ?? -.infinity }) { $0 >= observed }
        rows.append(
            AdonisRow(
                term: term.name, degreesOfFreedom: termColumns[index].count, sumOfSquares: observedSums[index],
                rSquared: observedSums[index] / total, pseudoF: observedF[index], pValue: pValue))
    }
    let residual = total - observedSums.reduce(0, +)
    rows.append(
        AdonisRow(
            term: "Residual", degreesOfFreedom: residualDegrees, sumOfSquares: residual,
            rSquared: residual / total, pseudoF: nil, pValue: nil))
    rows.append(
        AdonisRow(
            term: "Total", degreesOfFreedom: n - 1, sumOfSquares: total, rSquared: 1,
            pseudoF: nil, pValue: nil))
    return AdonisResult(rows: rows, sampleSize: n, permutations: permutations)
}
