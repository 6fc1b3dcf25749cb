import Foundation
import GutSkinCore
import GutSkinKernels

/// Analysis of compositions of microbiomes with bias correction (ANCOM-BC), as scikit-bio 0.7.4's
/// `skbio.stats.composition.ancombc(table, metadata, formula, max_iter=100, tol=1e-5,
/// alpha=0.05, p_adjust="holm")` computes it. Lin & Peddada 2020, Nat Commun 11:3514,
/// doi:10.1038/s41467-020-17041-7.
///
/// For sample j and feature i with count oᵢⱼ (plus the pseudocount), yᵢⱼ = log oᵢⱼ is modelled as
///
///   yᵢⱼ = θⱼ + xⱼᵀ βᵢ + εᵢⱼ,
///
/// where θⱼ is the sample's (log) sampling fraction and xⱼ its design row. The steps:
/// 1. β̃ᵢ = X⁺ yᵢ (least squares through the pseudo-inverse, `LeastSquaresOperator`).
/// 2. Residuals rᵢⱼ = yᵢⱼ − xⱼᵀ β̃ᵢ; θ̂ⱼ = meanᵢ rᵢⱼ; eᵢⱼ = rᵢⱼ − θ̂ⱼ.
/// 3. Sandwich variances Var(β̃ᵢₖ) = Σⱼ eᵢⱼ² Hⱼₖ², H = (X⁺)ᵀ.
/// 4. For each coefficient k, the bias δₖ by EM (`ANCOMBCBias`); β̂ᵢₖ = β̃ᵢₖ − δₖ.
/// 5. SEᵢₖ = √Var(β̃ᵢₖ), Wᵢₖ = β̂ᵢₖ / SEᵢₖ, p = 2(1 − Φ(|W|)), q adjusted per coefficient over
///    features, passed = q ≤ α.
///
/// As in scikit-bio (and unlike R's `ancombc`), the variance of δ̂ is not added to SE in ANCOM-BC
/// (it is in ANCOM-BC2), and there are no prevalence or depth filters inside: callers filter first
/// and report what they removed.
public struct ANCOMBC: Sendable {
    /// Added to every count before the logarithm. scikit-bio's `ancombc` refuses zeros and asks
    /// the caller to add one (its documentation uses `table + 1`); 0 here means "no pseudocount"
    /// and zeros are then an error, as in scikit-bio.
    public var pseudocount: Double = 1
    /// EM iterations at most (`max_iter`).
    public var maximumIterations: Int = 100
    /// EM convergence tolerance (`tol`).
    public var tolerance: Double = 1e-5
    /// Significance level (`alpha`); `passed` is q ≤ alpha.
    public var alpha: Double = 0.05
    /// Multiple-testing correction over features, per coefficient (`p_adjust`, default Holm).
    public var pValueAdjustment: PValueAdjustment = .holm

    public init(
        pseudocount: Double = 1, maximumIterations: Int = 100, tolerance: Double = 1e-5, alpha: Double = 0.05,
        pValueAdjustment: PValueAdjustment = .holm
    ) {
        self.pseudocount = pseudocount
        self.maximumIterations = maximumIterations
        self.tolerance = tolerance
        self.alpha = alpha
        self.pValueAdjustment = pValueAdjustment
    }

    /// Fits the model to every feature of `table` (samples in the design's order).
    public func fit(_ table: FeatureTable, design: ANCOMBCDesign) throws(ANCOMBCError) -> ANCOMBCResult {
        guard alpha > 0 && alpha < 1 else { throw .badOption("alpha must lie strictly between 0 and 1, got \(alpha)") }
        guard pseudocount >= 0 && pseudocount.isFinite else {
            throw .badOption("the pseudocount must be a non-negative number, got \(pseudocount)")
        }
        guard maximumIterations >= 0 else { throw .badOption("the maximum number of EM iterations must not be negative") }
        guard table.sampleCount == design.sampleCount else {
            throw .sampleCountMismatch(table: table.sampleCount, design: design.sampleCount)
        }
        let n = table.sampleCount
        let f = table.featureCount
        let p = design.coefficientCount
        guard f > 0 else { throw .noFeatures }
        guard n > p else { throw .tooFewSamples(samples: n, coefficients: p) }

        // Log-transformed data, samples × features (row-major).
        var data = [Double](repeating: pseudocount, count: n * f)
        for sample in 0..<n {
            for entry in table.entryRange(ofSample: sample) {
                data[sample * f + Int(table.featureIndices[entry])] += table.values[entry]
            }
        }
        for index in data.indices {
            guard data[index] > 0 else {
                throw .nonPositiveValue(sample: table.sampleIDs[index / f], feature: table.featureIDs[index % f])
            }
            data[index] = log(data[index])
        }

        let solver = try LeastSquaresOperator(design: design.matrix, rows: n, columns: p)
        let pinv = solver.pseudoInverse
        // β̃ = X⁺ Y  (p × f).
        var beta = [Double](repeating: 0, count: p * f)
        for k in 0..<p {
            for sample in 0..<n {
                let weight = pinv[k * n + sample]
                let row = sample * f
                for feature in 0..<f { beta[k * f + feature] += weight * data[row + feature] }
            }
        }
        // Residuals, centred per sample (θ̂), squared.
        var rowResidual = [Double](repeating: 0, count: f)
        for sample in 0..<n {
            for feature in 0..<f {
                var fitted = 0.0
                for k in 0..<p { fitted += design.matrix[sample * p + k] * beta[k * f + feature] }
                rowResidual[feature] = data[sample * f + feature] - fitted
            }
            let theta = NumPySum.mean(rowResidual)
            for feature in 0..<f {
                let centred = rowResidual[feature] - theta
                data[sample * f + feature] = centred * centred
            }
        }
        // Var(β̃ᵢₖ) = Σⱼ e²ᵢⱼ (X⁺)ₖⱼ²  (features × coefficients, stored per coefficient).
        var variance = [[Double]](repeating: [Double](repeating: 0, count: f), count: p)
        for k in 0..<p {
            for sample in 0..<n {
                let h = pinv[k * n + sample]
                let h2 = h * h
                let row = sample * f
                for feature in 0..<f { variance[k][feature] += data[row + feature] * h2 }
            }
        }

        var coefficients = [ANCOMBCResult.Coefficient]()
        for k in 0..<p {
            let raw = Array(beta[(k * f)..<((k + 1) * f)])
            let bias = ANCOMBCBias(coefficients: raw, variances: variance[k], tolerance: tolerance, maximumIterations: maximumIterations)
            let estimate = raw.map { $0 - bias.emEstimate }
            let standardError = variance[k].map { $0.squareRoot() }
            let w = zip(estimate, standardError).map { $0 / $1 }
            let pValues = w.map { 2 * Distributions.normalSF(abs($0)) }  // 2·norm.sf(|W|), SciPy's path
            let qValues = pValueAdjustment.adjust(pValues)
            coefficients.append(
                ANCOMBCResult.Coefficient(
                    name: design.coefficientNames[k], bias: bias, estimate: estimate, standardError: standardError,
                    w: w, pValue: pValues, qValue: qValues, passed: qValues.map { $0 <= alpha }))
        }
        return ANCOMBCResult(featureIDs: table.featureIDs, coefficients: coefficients)
    }
}
