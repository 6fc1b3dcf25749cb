/// The design matrix of an ANCOM-BC model: an intercept, one treatment-coded categorical factor
/// and optional numeric covariates — the column layout Patsy gives scikit-bio for a formula such
/// as `group + age` (`Intercept`, `group[T.level]` for each non-reference level in sorted order,
/// then the numeric covariates in the order given).
public struct ANCOMBCDesign: Sendable, Equatable {
    /// Column names as scikit-bio reports them in its `Covariate` index.
    public let coefficientNames: [String]
    /// Samples × coefficients, row-major.
    public let matrix: [Double]
    public let sampleCount: Int
    public var coefficientCount: Int { coefficientNames.count }
    /// The factor's reference level and the other levels (one coefficient each), sorted.
    public let referenceLevel: String
    public let comparedLevels: [String]

    /// Builds the design for `factor` (one level per sample) with `reference` as the baseline.
    ///
    /// - Parameters:
    ///   - factorName: the name used in coefficient names (`factorName[T.level]`).
    ///   - levels: each sample's level.
    ///   - reference: the baseline level; defaults to the first level in sorted order (Patsy's choice).
    ///   - covariates: numeric covariates, each a name and one value per sample (finite).
    public init(
        factorName: String, levels: [String], reference: String? = nil,
        covariates: [(name: String, values: [Double])] = []
    ) throws(ANCOMBCError) {
        let distinct = Set(levels).sorted()
        guard distinct.count >= 2 else { throw .needsTwoGroups(factor: factorName, found: distinct) }
        let baseline = reference ?? distinct[0]
        guard distinct.contains(baseline) else {
            throw .unknownReference(factor: factorName, reference: baseline, levels: distinct)
        }
        for covariate in covariates {
            guard covariate.values.count == levels.count else {
                throw .covariateLength(name: covariate.name, count: covariate.values.count, samples: levels.count)
            }
            if let bad = covariate.values.firstIndex(where: { !$0.isFinite }) {
                throw .nonFiniteCovariate(name: covariate.name, sample: bad)
            }
        }
        let compared = distinct.filter { $0 != baseline }
        let names = ["Intercept"] + compared.map { "\(factorName)[T.\($0)]" } + covariates.map(\.name)
        let width = names.count
        var matrix = [Double](repeating: 0, count: levels.count * width)
        let columnOfLevel = Dictionary(uniqueKeysWithValues: compared.enumerated().map { ($1, $0 + 1) })
        for (sample, level) in levels.enumerated() {
            matrix[sample * width] = 1
            if let column = columnOfLevel[level] { matrix[sample * width + column] = 1 }
            for (offset, covariate) in covariates.enumerated() {
                matrix[sample * width + 1 + compared.count + offset] = covariate.values[sample]
            }
        }
        self.coefficientNames = names
        self.matrix = matrix
        self.sampleCount = levels.count
        self.referenceLevel = baseline
        self.comparedLevels = compared
    }
}
