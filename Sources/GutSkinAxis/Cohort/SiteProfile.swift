import GutSkinCore
import GutSkinKernels

/// Everything measured at one site of the cohort, one entry per person (their chosen sample):
/// the rarefied table, its genera, alpha diversity, distance matrices (ids are subject ids, so
/// matrices of two sites can be compared person by person) and per-person scores.
public struct SiteProfile: Sendable {
    public let site: CohortSite
    public let subjects: [String]
    public let sampleIDs: [String]
    public let status: [ConditionStatus]
    /// Rarefied counts, rows in `subjects` order.
    public let table: FeatureTable
    /// `table` collapsed to genus (nil when the table has no taxonomy).
    public let genera: FeatureTable?
    public let alpha: [(metric: AlphaMetric, values: [Double])]
    public let distances: [(metric: BetaMetric, matrix: DistanceMatrix)]
    public internal(set) var scores: [ScoreColumn] = []

    public var count: Int { subjects.count }

    /// Indices of the people who are cases of `condition`, and of the controls.
    public func groups(for condition: String) -> (cases: [Int], controls: [Int]) {
        var cases = [Int]()
        var controls = [Int]()
        for (index, status) in status.enumerated() {
            switch status {
            case .control: controls.append(index)
            case .cases(let names) where names.contains(condition): cases.append(index)
            default: break
            }
        }
        return (cases, controls)
    }

    public func alphaValues(_ metric: AlphaMetric) -> [Double]? { alpha.first { $0.metric == metric }?.values }
    public func matrix(_ metric: BetaMetric) -> DistanceMatrix? { distances.first { $0.metric == metric }?.matrix }
}

/// One named score per person of a site (a column of the per-person table): compared between
/// groups by Mann–Whitney like the alpha metrics. Scorers plug in through `CohortScorer`.
public struct ScoreColumn: Sendable, Equatable {
    public let name: String
    /// What the score measures, for the report and README.
    public let description: String
    public let values: [Double]

    public init(name: String, description: String, values: [Double]) {
        self.name = name
        self.description = description
        self.values = values
    }
}

/// Something that gives each person of a site named scores (the per-person report's scorer,
/// trait shares, the cohort-internal dysbiosis score).
public protocol CohortScorer: Sendable {
    func scores(for site: SiteProfile) -> [ScoreColumn]
}

/// A cohort-internal dysbiosis score (Lloyd-Price et al. 2019, doi:10.1038/s41586-019-1237-9):
/// each person's median Bray–Curtis distance to the controls at the same site (their own sample
/// left out). Higher means further from the controls' communities.
public struct DysbiosisScorer: CohortScorer {
    public init() {}
    public static let columnName = "dysbiosis"

    public func scores(for site: SiteProfile) -> [ScoreColumn] {
        guard let matrix = site.matrix(.braycurtis) else { return [] }
        let controls = site.status.indices.filter { site.status[$0] == .control }
        let values = (0..<site.count).map { person -> Double in
            nanMedian(controls.filter { $0 != person }.map { matrix[person, $0] })
        }
        return [
            ScoreColumn(
                name: Self.columnName, description: "median Bray–Curtis distance to the controls at the site (Lloyd-Price 2019)",
                values: values)
        ]
    }
}
