/// What ANCOM-BC found: for every coefficient of the design, one value per feature — the columns
/// of scikit-bio's result table (`Log(FC)`, `SE`, `W`, `pvalue`, `qvalue`, `Signif`).
public struct ANCOMBCResult: Sendable, Equatable {
    public struct Coefficient: Sendable, Equatable {
        /// `Intercept`, `factor[T.level]` or a covariate name, as scikit-bio names it.
        public let name: String
        /// The estimated sampling-fraction bias removed from this coefficient.
        public let bias: ANCOMBCBias
        /// Bias-corrected natural-log fold change (`Log(FC)`).
        public let estimate: [Double]
        public let standardError: [Double]
        /// W = estimate / standard error.
        public let w: [Double]
        public let pValue: [Double]
        public let qValue: [Double]
        /// q ≤ alpha (`Signif`).
        public let passed: [Bool]
    }

    public let featureIDs: [String]
    /// In design order: the intercept first.
    public let coefficients: [Coefficient]

    /// The coefficient with this name, or `nil`.
    public func coefficient(named name: String) -> Coefficient? { coefficients.first { $0.name == name } }
}
