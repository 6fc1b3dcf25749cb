import GutSkinCore
import GutSkinKernels

/// One individual's change between the two states: the later sample, who, the value and the group.
public struct PairRecord: Sendable, Equatable {
    public let sampleID: String
    public let subject: String
    public let value: Double
    /// The group label; "None" without a group column, as q2-longitudinal writes it.
    public let group: String
}

/// A between-group test of one pair of groups (Mann–Whitney U), with its BH-adjusted p-value.
public struct GroupPairTest: Sendable, Equatable {
    public let groupA: String, groupB: String
    public let statistic: Double, pValue: Double, fdrPValue: Double
}

/// A within-group test that the changes are centred on zero (Wilcoxon signed-rank), BH-adjusted across groups.
public struct PairedChangeTest: Sendable, Equatable {
    public let group: String
    public let statistic: Double, pValue: Double, fdrPValue: Double
}

/// The result of `pairwise-differences` / `pairwise-distances`.
public struct PairwiseComparison: Sendable {
    /// What the value of a pair is: the metric's change (after − before) or the distance between the two samples.
    public enum Measure: Sendable {
        case difference
        case distance(DistanceLookup)
    }

    public let pairs: [PairRecord]
    /// Each group's values, in order of first appearance of the group.
    public let groupValues: [(name: String, values: [Double])]
    /// Kruskal–Wallis H (parametric: one-way ANOVA F) across groups (only with a group column).
    public let kruskalWallis: TestResult?
    /// Mann–Whitney U between every two groups, sorted by group names (only with a group column).
    public let groupTests: [GroupPairTest]
    /// Wilcoxon signed-rank per group (differences only), sorted by group name.
    public let pairedTests: [PairedChangeTest]
    /// Individuals left out and why.
    public let notes: [String]
    /// Whether the tests are q2-longitudinal's parametric ones (one-sample t, Student's t, one-way ANOVA).
    public let parametric: Bool

    /// Runs q2-longitudinal's `pairwise_differences` / `pairwise_distances` (non-parametric):
    /// pairs per group (`SamplePairing`); differences after − before (pairs with a missing value
    /// dropped) or distances d(before, after) (pairs missing from the matrix dropped);
    /// `scipy.stats.kruskal` across groups; `mannwhitneyu(a, b, alternative="two-sided")` for every
    /// two groups; `wilcoxon(differences)` per group; each family BH-adjusted (`multipletests(fdr_bh)`).
    /// Reference: Bokulich et al. 2018, doi:10.1128/mSystems.00219-18.
    public static func run(
        samples: LongitudinalSamples, measure: Measure, first: String, second: String,
        handling: ReplicateHandling, seed: UInt64 = 0, parametric: Bool = false
    ) throws(LongitudinalError) -> PairwiseComparison {
        let state1 = try samples.states.state(first, file: samples.file)
        let state2 = try samples.states.state(second, file: samples.file)
        guard state1 != state2 else { throw .sameStates(state: first) }
        let present = Set(samples.states.values.compactMap { $0 })
        for state in [state1, state2] where !present.contains(state) {
            throw .stateAbsent(file: samples.file, column: samples.states.name, state: state.description)
        }
        let groupNames = samples.groupColumn == nil ? ["all subjects"] : samples.groupNames
        for group in groupNames where samples.groupColumn != nil {
            let states = Set(samples.groups.indices.filter { samples.groups[$0] == group }.compactMap { samples.states.values[$0] })
            for state in [state1, state2] where !states.contains(state) {
                throw .stateAbsentInGroup(file: samples.file, column: samples.states.name, state: state.description, group: group)
            }
        }
        var pairing = SamplePairing(samples: samples, handling: handling, seed: seed)
        var records = [PairRecord]()
        var groupValues = [(name: String, values: [Double])]()
        var notes = [String]()
        for group in groupNames {
            let rows =
                samples.groupColumn == nil
                ? Array(samples.sampleIDs.indices) : samples.groups.indices.filter { samples.groups[$0] == group }
            let (pairs, pairNotes) = try pairing.pairs(rows: rows, first: state1, second: state2)
            notes += pairNotes
            var values = [Double]()
            for pair in pairs {
                let value: Double
                let labelRow: Int
                switch measure {
                case .difference:
                    value = samples.metric.values[pair.after] - samples.metric.values[pair.before]
                    labelRow = pair.before
                case .distance(let matrix):
                    guard let distance = matrix.distance(samples.sampleIDs[pair.before], samples.sampleIDs[pair.after]) else { continue }
                    value = distance
                    labelRow = pair.after
                }
                guard !value.isNaN else { continue }
                values.append(value)
                records.append(
                    PairRecord(
                        sampleID: samples.sampleIDs[pair.after], subject: pair.individual, value: value,
                        group: samples.groupColumn == nil ? "None" : samples.groups[labelRow] ?? "None"))
            }
            groupValues.append((group, values))
        }
        let grouped = samples.groupColumn != nil
        var isDifference = false
        if case .difference = measure { isDifference = true }
        return PairwiseComparison(
            pairs: records, groupValues: groupValues,
            kruskalWallis: !grouped
                ? nil
                : parametric
                    ? ParametricTests.oneWay(groupValues.map(\.values))
                    : (try? GutSkinKernels.kruskalWallis(groupValues.map(\.values))) ?? TestResult(statistic: .nan, pValue: .nan),
            groupTests: grouped ? Self.groupTests(groupValues, parametric: parametric) : [],
            pairedTests: isDifference ? Self.pairedTests(groupValues, parametric: parametric) : [],
            notes: notes, parametric: parametric)
    }

    static func groupTests(_ groups: [(name: String, values: [Double])], parametric: Bool) -> [GroupPairTest] {
        var rows = [(String, String, TestResult)]()
        for a in groups.indices {
            for b in groups.indices where b > a {
                let result =
                    parametric
                    ? ParametricTests.twoSample(groups[a].values, groups[b].values)
                    : (try? mannWhitneyU(groups[a].values, groups[b].values, alternative: .twoSided))
                        ?? TestResult(statistic: .nan, pValue: .nan)
                rows.append((groups[a].name, groups[b].name, result))
            }
        }
        let adjusted = PValueAdjustment.bh.adjust(rows.map(\.2.pValue))
        let tests = zip(rows, adjusted).map { row, q in
            GroupPairTest(groupA: row.0, groupB: row.1, statistic: row.2.statistic, pValue: row.2.pValue, fdrPValue: q)
        }
        return tests.sorted { GroupOrder.less(($0.groupA, $0.groupB), ($1.groupA, $1.groupB), names: groups.map(\.name)) }
    }

    static func pairedTests(_ groups: [(name: String, values: [Double])], parametric: Bool) -> [PairedChangeTest] {
        let results = groups.map {
            parametric
                ? ParametricTests.oneSample($0.values)
                : (try? wilcoxonSignedRank(differences: $0.values)) ?? TestResult(statistic: .nan, pValue: .nan)
        }
        let adjusted = PValueAdjustment.bh.adjust(results.map(\.pValue))
        let tests = zip(groups, zip(results, adjusted)).map { group, pair in
            PairedChangeTest(group: group.name, statistic: pair.0.statistic, pValue: pair.0.pValue, fdrPValue: pair.1)
        }
        return tests.sorted { GroupOrder.less(($0.group, ""), ($1.group, ""), names: groups.map(\.name)) }
    }
}

/// pandas' `sort_index` on group labels: numerically when every label is a number, else by text.
enum GroupOrder {
    static func less(_ a: (String, String), _ b: (String, String), names: [String]) -> Bool {
        if names.allSatisfy({ Double($0) != nil }) {
            let x = (Double(a.0)!, Double(a.1) ?? 0)
            let y = (Double(b.0)!, Double(b.1) ?? 0)
            return x < y
        }
        return a < b
    }
}

/// A distance matrix with its ids indexed, for looking pairs up by sample id.
public struct DistanceLookup: Sendable {
    public let matrix: DistanceMatrix
    private let indexOfID: [String: Int]

    public init(_ matrix: DistanceMatrix) {
        self.matrix = matrix
        indexOfID = Dictionary(matrix.ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The distance between two ids, or `nil` when either is not in the matrix (skbio's MissingIDError).
    public func distance(_ a: String, _ b: String) -> Double? {
        guard let i = indexOfID[a], let j = indexOfID[b] else { return nil }
        return matrix[i, j]
    }

    /// Matrix ids the metadata lacks (q2-longitudinal's `_validate_metadata_is_superset`).
    public func idsMissing(from sampleIDs: [String]) -> [String] {
        let known = Set(sampleIDs)
        return matrix.ids.filter { !known.contains($0) }
    }
}
