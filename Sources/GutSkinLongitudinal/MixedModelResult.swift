import GutSkinKernels

/// One row of the mixed model's table, as statsmodels' `MixedLMResults.summary()`: fixed effects
/// with Coef., Std.Err., z, P>|z| and the 95% interval; random-effect variances and covariances
/// (`subject Var`, `subject x week Cov`, `week Var`) with Coef. and Std.Err. only (NaN elsewhere).
public struct MixedModelTerm: Sendable, Equatable {
    public let name: String
    public let coefficient: Double
    public let standardError: Double
    public let z: Double
    public let pValue: Double
    public let lower: Double
    public let upper: Double

    /// The normal 0.975 quantile (`scipy.stats.norm.ppf(0.975)`).
    static let normalQuantile = 1.959963984540054

    static func fixed(_ name: String, coefficient: Double, standardError: Double) -> MixedModelTerm {
        let z = coefficient / standardError
        return MixedModelTerm(
            name: name, coefficient: coefficient, standardError: standardError, z: z,
            pValue: 2 * Distributions.normalCDF(-abs(z)),
            lower: coefficient - normalQuantile * standardError, upper: coefficient + normalQuantile * standardError)
    }

    static func variance(_ name: String, coefficient: Double, standardError: Double) -> MixedModelTerm {
        MixedModelTerm(name: name, coefficient: coefficient, standardError: standardError, z: .nan, pValue: .nan, lower: .nan, upper: .nan)
    }
}

/// A fitted linear mixed-effects model: the table and statsmodels' fit summary.
public struct MixedModelResult: Sendable {
    public let dependentVariable: String
    public let formula: String
    public let groupColumn: String
    public let terms: [MixedModelTerm]
    public let observations: Int
    public let groupCount: Int
    public let groupSizes: (min: Int, max: Int, mean: Double)
    /// σ², the residual variance.
    public let scale: Double
    /// The REML log-likelihood (statsmodels' `llf`); the REML criterion is −2 times it.
    public let logLikelihood: Double
    /// The random-effects covariance σ²Ψ (statsmodels' `cov_re`), row-major.
    public let randomCovariance: [Double]
    public let converged: Bool
    /// Why the random-effects covariance is singular (on the boundary), or `nil`.
    public let singularity: String?
    /// Rows left out for a missing value in a model column.
    public let droppedRows: Int

    public var remlCriterion: Double { -2 * logLikelihood }

    /// statsmodels' summary block, as q2-longitudinal writes it (`model_summary.tsv`), full precision.
    public var summaryRows: [(String, String)] {
        func number(_ value: Double) -> String { LongitudinalTables.number(value) }
        return [
            ("Model:", "MixedLM"), ("Dependent Variable:", dependentVariable), ("No. Observations:", String(observations)),
            ("No. Groups:", String(groupCount)), ("Min. group size:", String(groupSizes.min)),
            ("Max. group size:", String(groupSizes.max)), ("Mean group size:", number(groupSizes.mean)),
            ("Method:", "REML"), ("Scale:", number(scale)), ("Log-Likelihood:", number(logLikelihood)),
            ("REML criterion:", number(remlCriterion)), ("Converged:", converged ? "Yes" : "No"),
            ("Group Var:", number(randomCovariance.first ?? .nan)), ("Formula:", formula), ("Groups:", groupColumn),
            ("Rows dropped (missing values):", String(droppedRows)),
        ]
    }
}
