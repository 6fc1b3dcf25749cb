import Foundation

/// The REML log-likelihood of a linear mixed model, with β and σ² profiled out, as statsmodels
/// 0.15's `MixedLM.loglike` (reml=True) computes it, and its gradient and Hessian in the
/// parametrisation statsmodels' `hessian` uses (the fixed effects and the lower triangle of
/// Ψ = cov_re / scale).
///
/// Model: yᵢ = Xᵢβ + Zᵢγᵢ + εᵢ, γᵢ ~ N(0, σ²Ψ), εᵢ ~ N(0, σ²I), individuals i independent.
/// Vᵢ = I + ZᵢΨZᵢᵀ, A = Σ XᵢᵀVᵢ⁻¹Xᵢ, β̂ = A⁻¹ Σ XᵢᵀVᵢ⁻¹yᵢ, Q = Σ rᵢᵀVᵢ⁻¹rᵢ, m = n − p, σ̂² = Q/m,
/// ℓ = −½ Σ log|Vᵢ| − (m/2) log Q − ½ log|A| − (m/2) log 2π + (m/2) log m − m/2.
/// References: Lindstrom & Bates 1988, doi:10.1080/01621459.1988.10478693;
/// statsmodels `mixed_linear_model.py`.
struct RestrictedLikelihood {
    let y: [Double]
    let x: DenseMatrix
    let z: DenseMatrix
    /// Row indices of each individual.
    let groups: [[Int]]

    var fixedCount: Int { x.columns }
    var randomCount: Int { z.columns }
    /// The lower-triangle elements of Ψ in statsmodels' order: (0,0), (1,0), (1,1), (2,0), …
    var covarianceElements: [(Int, Int)] {
        (0..<randomCount).flatMap { a in (0...a).map { (a, $0) } }
    }

    /// What one evaluation at Ψ yields.
    struct Evaluation {
        var logLikelihood: Double
        var beta: [Double]
        var scale: Double
        /// Gradient of the profiled ℓ with respect to Ψ's lower triangle (only when requested).
        var gradient: [Double] = []
        /// Full Hessian over (β, Ψ lower triangle), statsmodels' `hessian` (only when requested).
        var hessian: DenseMatrix? = nil
    }

    /// Each individual's sufficient statistics: ZᵀZ, ZᵀX, Zᵀy, XᵀX, Xᵀy, yᵀy.
    private struct GroupStatistics {
        var ztz: DenseMatrix, ztx: DenseMatrix, zty: DenseMatrix, xtx: DenseMatrix, xty: DenseMatrix, yty: Double
    }

    /// Per individual at Ψ: Vᵢ⁻¹ products through Vᵢ⁻¹ = I − Zᵢ K Zᵢᵀ, K = (I + ΨZᵢᵀZᵢ)⁻¹Ψ (push-through identity).
    private struct GroupSolves {
        var xwx: DenseMatrix, xwy: DenseMatrix, ywy: Double, zwz: DenseMatrix, xwz: DenseMatrix, ywz: DenseMatrix
    }

    private let statistics: [GroupStatistics]

    init(y: [Double], x: DenseMatrix, z: DenseMatrix, groups: [[Int]]) {
        self.y = y
        self.x = x
        self.z = z
        self.groups = groups
        statistics = groups.map { rows in
            var xi = DenseMatrix(rows: rows.count, columns: x.columns)
            var zi = DenseMatrix(rows: rows.count, columns: z.columns)
            var yi = DenseMatrix(rows: rows.count, columns: 1)
            for (k, row) in rows.enumerated() {
                for j in 0..<x.columns { xi[k, j] = x[row, j] }
                for j in 0..<z.columns { zi[k, j] = z[row, j] }
                yi[k, 0] = y[row]
            }
            let zt = zi.transposed
            let xt = xi.transposed
            return GroupStatistics(
                ztz: zt * zi, ztx: zt * xi, zty: zt * yi, xtx: xt * xi, xty: xt * yi, yty: (yi.transposed * yi)[0, 0])
        }
    }

    /// ℓ at Ψ (and its derivatives when `derivatives`); `nil` when some Vᵢ or A is not positive definite.
    func evaluate(_ psi: DenseMatrix, derivatives: Bool = false) -> Evaluation? {
        let p = fixedCount
        let q = randomCount
        var a = DenseMatrix(rows: p, columns: p)
        var b = DenseMatrix(rows: p, columns: 1)
        var logDetV = 0.0
        var ywy = 0.0
        var solves = [GroupSolves]()
        solves.reserveCapacity(groups.count)
        for group in statistics {
            // log|I + ZΨZᵀ| = log|I + ΨZᵀZ| (Sylvester); positive for a positive semi-definite Ψ.
            guard let (inverse, determinant) = invertWithDeterminant(.identity(q) + psi * group.ztz), determinant > 0 else { return nil }
            logDetV += log(determinant)
            let k = inverse * psi
            let kztx = k * group.ztx
            let kzty = k * group.zty
            let kztz = k * group.ztz
            let ztxT = group.ztx.transposed
            let solve = GroupSolves(
                xwx: group.xtx + (-1) * (ztxT * kztx), xwy: group.xty + (-1) * (ztxT * kzty),
                ywy: group.yty - (group.zty.transposed * kzty)[0, 0],
                zwz: group.ztz + (-1) * (group.ztz * kztz), xwz: ztxT + (-1) * (ztxT * kztz),
                ywz: group.zty.transposed + (-1) * (group.zty.transposed * kztz))
            a = a + solve.xwx
            b = b + solve.xwy
            ywy += solve.ywy
            solves.append(solve)
        }
        guard let aFactor = Cholesky(a) else { return nil }
        let beta = aFactor.solve(b)
        // Q = Σ rᵀV⁻¹r = Σ yᵀV⁻¹y − 2βᵀb + βᵀAβ = Σ yᵀV⁻¹y − βᵀb at β = A⁻¹b.
        let qf = ywy - (beta.transposed * b)[0, 0]
        guard qf > 0 else { return nil }
        let m = Double(y.count - p)
        let likelihood =
            -logDetV / 2 - m * log(qf) / 2 - aFactor.logDeterminant / 2
            - m * log(2 * Double.pi) / 2 + m * log(m) / 2 - m / 2
        var evaluation = Evaluation(logLikelihood: likelihood, beta: beta.column(0), scale: qf / m)
        if derivatives { addDerivatives(to: &evaluation, solves: solves, a: a, aInverse: aFactor.inverse, beta: beta, qf: qf, m: m) }
        return evaluation
    }

    private func addDerivatives(
        to evaluation: inout Evaluation, solves: [GroupSolves], a: DenseMatrix, aInverse: DenseMatrix, beta: DenseMatrix,
        qf: Double, m: Double
    ) {
        let p = fixedCount
        let elements = covarianceElements
        let count = elements.count
        func pairs(_ j: Int) -> [(Int, Int)] {
            let (a, b) = elements[j]
            return a == b ? [(a, a)] : [(a, b), (b, a)]
        }
        var traceWV = [Double](repeating: 0, count: count)
        var bTerms = [Double](repeating: 0, count: count)
        var xvr = [[Double]](repeating: [Double](repeating: 0, count: p), count: count)
        var xtax = [DenseMatrix](repeating: DenseMatrix(rows: p, columns: p), count: count)
        var traceWVWV = DenseMatrix(rows: count, columns: count)
        var dTerms = DenseMatrix(rows: count, columns: count)
        var fTerms = [[DenseMatrix]](repeating: [DenseMatrix](repeating: DenseMatrix(rows: p, columns: p), count: count), count: count)
        for group in solves {
            let zwz = group.zwz
            let xwz = group.xwz
            let rwz = (group.ywz + (-1) * (beta.transposed * group.xwz)).values
            for j in 0..<count {
                for (u, v) in pairs(j) {
                    traceWV[j] += zwz[v, u]
                    bTerms[j] += rwz[u] * rwz[v]
                    for i in 0..<p {
                        xvr[j][i] += xwz[i, u] * rwz[v]
                        for l in 0..<p { xtax[j][i, l] += xwz[i, u] * xwz[l, v] }
                    }
                }
                for k in 0...j {
                    var trace = 0.0
                    var d = 0.0
                    for (u, v) in pairs(j) {
                        for (s, t) in pairs(k) {
                            trace += zwz[v, s] * zwz[t, u]
                            d += 2 * rwz[s] * zwz[t, u] * rwz[v]
                            for i in 0..<p {
                                for l in 0..<p {
                                    fTerms[j][k][i, l] += xwz[i, s] * zwz[t, u] * xwz[l, v] + xwz[i, u] * zwz[v, s] * xwz[l, t]
                                }
                            }
                        }
                    }
                    traceWVWV[j, k] += trace
                    dTerms[j, k] += d
                }
            }
        }
        let ql = xtax.map { aInverse * $0 }
        var gradient = [Double](repeating: 0, count: count)
        var hessian = DenseMatrix(rows: p + count, columns: p + count)
        for i in 0..<p { for l in 0..<p { hessian[i, l] = -m / qf * a[i, l] } }
        for j in 0..<count {
            gradient[j] = -traceWV[j] / 2 + m / 2 * bTerms[j] / qf + ql[j].trace / 2
            for i in 0..<p {
                hessian[p + j, i] = -m / qf * xvr[j][i]
                hessian[i, p + j] = hessian[p + j, i]
            }
            for k in 0...j {
                var value = traceWVWV[j, k] / 2 - m / 2 * (dTerms[j, k] / qf - bTerms[j] * bTerms[k] / (qf * qf))
                value += ((ql[j] * ql[k]).trace - (aInverse * fTerms[j][k]).trace) / 2
                hessian[p + j, p + k] = value
                hessian[p + k, p + j] = value
            }
        }
        evaluation.gradient = gradient
        evaluation.hessian = hessian
    }
}
