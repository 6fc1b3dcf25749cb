import Foundation
import GutSkinCore

/// Linear mixed-effects models with a random intercept per individual and optional random slopes,
/// fitted by REML as statsmodels 0.15's `mixedlm(formula, data, groups, re_formula).fit(reml=True)`
/// (what q2-longitudinal's linear-mixed-effects runs): the REML likelihood profiled over
/// Ψ = cov_re/σ² (`RestrictedLikelihood`), minimised by Nelder–Mead over Ψ's Cholesky factor from
/// Ψ = I, then polished by Newton's method on the analytic gradient and Hessian; standard errors
/// from the inverse of the negative Hessian over (β, Ψ), as statsmodels computes them.
public enum MixedLinearModel {
    public static func fit(
        metadata: SampleMetadata, file: String, formula formulaText: String, groupColumn: String, randomEffects: [String]
    ) throws -> MixedModelResult {
        let formula = try ModelFormula(formulaText)
        let used = formula.columns + randomEffects + [groupColumn]
        var columns = [String: MetadataColumn]()
        for name in used {
            guard let column = metadata.column(named: name) else { throw LongitudinalError.missingColumn(file: file, column: name) }
            columns[name] = column
        }
        let rows = metadata.ids.indices.filter { row in used.allSatisfy { columns[$0]!.values[row] != nil } }
        var y = [Double]()
        for row in rows {
            let text = columns[formula.response]!.values[row]!
            guard let value = Double(text) else {
                throw LongitudinalError.notNumeric(file: file, column: formula.response, sample: metadata.ids[row], value: text)
            }
            y.append(value)
        }
        for factor in Set(formula.terms.flatMap { $0 }) {
            let levels = Set(rows.map { columns[factor.column]!.values[$0]! })
            let isNumeric = levels.allSatisfy { Double($0) != nil }
            if (factor.forcedCategorical || !isNumeric) && levels.count < 2 {
                throw LongitudinalError.oneLevel(file: file, column: factor.column, level: levels.first ?? "")
            }
        }
        let design = try DesignMatrix(formula: formula, metadata: metadata, rows: rows, file: file)
        var z = DenseMatrix(rows: rows.count, columns: 1 + randomEffects.count, repeating: 1)
        for (j, name) in randomEffects.enumerated() {
            for (i, row) in rows.enumerated() {
                let text = columns[name]!.values[row]!
                guard let value = Double(text) else {
                    throw LongitudinalError.notNumeric(file: file, column: name, sample: metadata.ids[row], value: text)
                }
                z[i, j + 1] = value
            }
        }
        var rowsOfGroup = [String: [Int]]()
        for (i, row) in rows.enumerated() { rowsOfGroup[columns[groupColumn]!.values[row]!, default: []].append(i) }
        guard rowsOfGroup.count >= 2 else {
            throw LongitudinalError.oneLevel(file: file, column: groupColumn, level: rowsOfGroup.keys.first ?? "")
        }
        let groups = rowsOfGroup.keys.sorted().map { rowsOfGroup[$0]! }
        let model = RestrictedLikelihood(y: y, x: design.matrix, z: z, groups: groups)
        guard y.count > design.names.count else {
            throw LongitudinalError.tooFewRows(file: file, rows: y.count, parameters: design.names.count)
        }
        let (psi, converged) = try optimum(model)
        guard let evaluation = model.evaluate(psi, derivatives: true), let hessian = evaluation.hessian,
            let covariance = invertGeneral((-1) * hessian)
        else { throw LongitudinalError.singularDesign(file: file) }
        let p = design.names.count
        let scale = evaluation.scale
        var terms = (0..<p).map {
            MixedModelTerm.fixed(design.names[$0], coefficient: evaluation.beta[$0], standardError: covariance[$0, $0].squareRoot())
        }
        let names = [groupColumn] + randomEffects
        for (j, (a, b)) in model.covarianceElements.enumerated() {
            let name = a == b ? "\(names[a]) Var" : "\(names[b]) x \(names[a]) Cov"
            terms.append(.variance(name, coefficient: scale * psi[a, b], standardError: (scale * covariance[p + j, p + j]).squareRoot()))
        }
        let sizes = groups.map(\.count)
        return MixedModelResult(
            dependentVariable: formula.response, formula: formulaText, groupColumn: groupColumn, terms: terms,
            observations: y.count, groupCount: groups.count,
            groupSizes: (sizes.min()!, sizes.max()!, Double(y.count) / Double(groups.count)),
            scale: scale, logLikelihood: evaluation.logLikelihood, randomCovariance: (scale * psi).values, converged: converged,
            singularity: singularity(psi, hessian: hessian), droppedRows: metadata.ids.count - rows.count)
    }

    /// Ψ at the REML optimum and whether Newton's method converged there.
    static func optimum(_ model: RestrictedLikelihood) throws -> (DenseMatrix, Bool) {
        let q = model.randomCount
        let elements = model.covarianceElements
        func psi(fromFactor packed: [Double]) -> DenseMatrix {
            var l = DenseMatrix(rows: q, columns: q)
            for (k, (a, b)) in elements.enumerated() { l[a, b] = packed[k] }
            return l * l.transposed
        }
        let start = elements.map { $0.0 == $0.1 ? 1.0 : 0.0 }
        let factor = NelderMead().minimize(startingAt: start) { packed in
            model.evaluate(psi(fromFactor: packed)).map { -$0.logLikelihood } ?? .infinity
        }
        var current = psi(fromFactor: factor)
        var converged = false
        for _ in 0..<100 {
            guard let evaluation = model.evaluate(current, derivatives: true), let hessian = evaluation.hessian else { break }
            let p = model.fixedCount
            let m = elements.count
            // Hessian of the β-profiled likelihood: the Schur complement of the β block.
            var hbb = DenseMatrix(rows: p, columns: p)
            var hbt = DenseMatrix(rows: p, columns: m)
            var htt = DenseMatrix(rows: m, columns: m)
            for i in 0..<p { for l in 0..<p { hbb[i, l] = hessian[i, l] } }
            for i in 0..<p { for j in 0..<m { hbt[i, j] = hessian[i, p + j] } }
            for j in 0..<m { for k in 0..<m { htt[j, k] = hessian[p + j, p + k] } }
            guard let hbbInverse = invertGeneral(hbb) else { break }
            let profiled = htt + (-1) * (hbt.transposed * hbbInverse * hbt)
            guard Cholesky((-1) * profiled) != nil, let inverse = invertGeneral(profiled) else { break }
            let step = (0..<m).map { j in -(0..<m).reduce(0) { $0 + inverse[j, $1] * evaluation.gradient[$1] } }
            var size = 1.0
            var accepted = false
            while size > 1e-12 {
                var trial = current
                for (k, (a, b)) in elements.enumerated() {
                    trial[a, b] += size * step[k]
                    if a != b { trial[b, a] = trial[a, b] }
                }
                if q == 1 ? trial[0, 0] >= 0 : Cholesky(trial) != nil,
                    let value = model.evaluate(trial),
                    value.logLikelihood >= evaluation.logLikelihood - 1e-12 * abs(evaluation.logLikelihood)
                {
                    current = trial
                    accepted = true
                    break
                }
                size /= 2
            }
            let largest = elements.map { abs(current[$0.0, $0.1]) }.max() ?? 0
            // Q is a difference of sums, exact to ~1e-13 relative: steps below 1e-10 are rounding noise.
            if !accepted || (step.map(abs).max() ?? 0) * size <= 1e-10 * (1 + largest) {
                converged = accepted || (evaluation.gradient.map(abs).max() ?? 0) < 1e-6 * (1 + abs(evaluation.logLikelihood))
                break
            }
        }
        return (current, converged)
    }

    /// Why Ψ is singular at the optimum (a variance at zero, a correlation of ±1, a Hessian that is
    /// not negative definite), or `nil`.
    static func singularity(_ psi: DenseMatrix, hessian: DenseMatrix) -> String? {
        let q = psi.rows
        for a in 0..<q where psi[a, a] <= 1e-8 * max(1, (0..<q).map { psi[$0, $0] }.max()!) {
            return q == 1 ? nil : "a random-effect variance is zero"
        }
        if q > 1 {
            for a in 0..<q {
                for b in 0..<a where abs(psi[a, b]) / (psi[a, a] * psi[b, b]).squareRoot() > 1 - 1e-6 {
                    return "the random effects are perfectly correlated"
                }
            }
            if Cholesky((-1) * hessian) == nil { return "the Hessian is not negative definite" }
        }
        return nil
    }
}
