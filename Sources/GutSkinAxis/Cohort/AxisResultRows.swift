import Foundation
import GutSkinKernels

/// A row of one of the analysis's result tables, written as one TSV line.
public protocol TabularRow: Sendable {
    static var header: [String] { get }
    var cells: [String] { get }
}

/// A value as the TSVs write it: shortest round-trip decimal, empty for NaN (as pandas writes it).
public func tsvNumber(_ value: Double) -> String {
    guard !value.isNaN else { return "" }
    if value.isInfinite { return value > 0 ? "inf" : "-inf" }
    return "\(value)"
}

/// The note of a comparison with fewer people per group than the analysis allows.
func tooFewNote(minimum: Int) -> String { "too few (fewer than \(minimum) per group)" }

/// A measure (alpha metric or score) compared between the cases of a condition and the controls
/// at one site by Mann–Whitney U (SciPy 1.17's `mannwhitneyu`, two-sided, method auto).
public struct GroupTestRow: TabularRow {
    public let condition: String, site: String, measure: String
    public let caseCount: Int, controlCount: Int
    public let caseMedian: Double, controlMedian: Double
    /// U of the cases.
    public let statistic: Double
    /// Rank-biserial r, positive when cases tend to be higher.
    public let effect: Double
    public internal(set) var pValue: Double
    public internal(set) var qValue: Double = .nan
    public let note: String

    public static let header = [
        "condition", "site", "measure", "n_case", "n_control", "median_case", "median_control", "U", "rank_biserial", "p_value", "q_value",
        "note",
    ]
    public var cells: [String] {
        [
            condition, site, measure, "\(caseCount)", "\(controlCount)", tsvNumber(caseMedian), tsvNumber(controlMedian),
            tsvNumber(statistic), tsvNumber(effect), tsvNumber(pValue), tsvNumber(qValue), note,
        ]
    }

    static func compare(condition: String, site: String, measure: String, cases: [Double], controls: [Double], minimum: Int) -> GroupTestRow
    {
        let x = cases.filter { !$0.isNaN }
        let y = controls.filter { !$0.isNaN }
        let enough = x.count >= minimum && y.count >= minimum
        var statistic = Double.nan
        var p = Double.nan
        var effect = Double.nan
        var note = ""
        if enough, let result = try? mannWhitneyU(x, y) {
            statistic = result.statistic
            p = result.pValue
            effect = EffectSize.rankBiserial(y, x)
        } else if !enough {
            note = tooFewNote(minimum: minimum)
        } else {
            note = "not testable"
        }
        return GroupTestRow(
            condition: condition, site: site, measure: measure, caseCount: x.count, controlCount: y.count,
            caseMedian: nanMedian(x), controlMedian: nanMedian(y), statistic: statistic, effect: effect, pValue: p, note: note)
    }
}

/// A distance-based test of a condition at one site: PERMANOVA, PERMDISP, or the condition's term
/// of an adonis model after the covariates.
public struct BetaTestRow: TabularRow {
    public let condition: String, site: String, metric: String, test: String
    public let caseCount: Int, controlCount: Int
    public let statistic: Double
    /// R² of the condition (PERMANOVA from SS, adonis from its table); NaN for PERMDISP.
    public let rSquared: Double
    public internal(set) var pValue: Double
    public internal(set) var qValue: Double = .nan
    public let note: String

    public static let header = [
        "condition", "site", "metric", "test", "n_case", "n_control", "statistic", "r_squared", "p_value", "q_value", "note",
    ]
    public var cells: [String] {
        [
            condition, site, metric, test, "\(caseCount)", "\(controlCount)", tsvNumber(statistic), tsvNumber(rSquared),
            tsvNumber(pValue), tsvNumber(qValue), note,
        ]
    }
}

/// One genus tested for a condition at a site by ANCOM-BC or the ALDEx2-style method.
public struct DifferentialRow: TabularRow {
    public let condition: String, site: String, method: String, genus: String
    public let caseCount: Int, controlCount: Int
    /// ANCOM-BC: bias-corrected natural-log fold change; ALDEx2: median base-2 CLR difference.
    public let logFoldChange: Double
    /// ANCOM-BC: W; ALDEx2: effect size.
    public let statistic: Double
    public let pValue: Double
    public let qValue: Double
    /// Why a comparison has no genera (too few people, or the method failed); the row then has no genus.
    public var note: String = ""

    /// The base of `log_fold_change`: `e` for ANCOM-BC (natural log), `2` for the ALDEx2-style method.
    public var logBase: String { method == "ALDEx2" ? "2" : "e" }

    public static let header = [
        "condition", "site", "method", "genus", "n_case", "n_control", "log_fold_change", "log_base", "statistic", "p_value", "q_value",
        "note",
    ]
    public var cells: [String] {
        [
            condition, site, method, genus, "\(caseCount)", "\(controlCount)", tsvNumber(logFoldChange), logBase, tsvNumber(statistic),
            tsvNumber(pValue), tsvNumber(qValue), note,
        ]
    }
}

/// A differential test that was not run (too few people, or the method failed), for the report.
public struct SkippedTest: Sendable {
    public let condition: String, site: String, method: String, caseCount: Int, controlCount: Int, reason: String
}

/// Gut diversity against skin diversity of the same people (Spearman).
public struct LinkAlphaRow: TabularRow {
    public let gutSite: String, skinSite: String, metric: String
    public let count: Int
    public let rho: Double
    public internal(set) var pValue: Double
    public internal(set) var qValue: Double = .nan
    public let note: String

    public static let header = ["gut_site", "skin_site", "metric", "n", "rho", "p_value", "q_value", "note"]
    public var cells: [String] { [gutSite, skinSite, metric, "\(count)", tsvNumber(rho), tsvNumber(pValue), tsvNumber(qValue), note] }
}

/// Gut and skin distance matrices of the same people: Mantel (Pearson) or Procrustes/PROTEST.
public struct LinkBetaRow: TabularRow {
    public let gutSite: String, skinSite: String, metric: String, test: String
    public let count: Int
    public let statisticName: String
    public let statistic: Double
    /// Procrustes: scipy's disparity (m²); NaN for Mantel.
    public let disparity: Double
    public internal(set) var pValue: Double
    public internal(set) var qValue: Double = .nan
    public let note: String

    public static let header = [
        "gut_site", "skin_site", "metric", "test", "n", "statistic_name", "statistic", "disparity", "p_value", "q_value", "note",
    ]
    public var cells: [String] {
        [
            gutSite, skinSite, metric, test, "\(count)", statisticName, tsvNumber(statistic), tsvNumber(disparity),
            tsvNumber(pValue), tsvNumber(qValue), note,
        ]
    }
}

/// One gut genus against one skin genus across the same people (Spearman on CLR values).
public struct LinkGenusRow: TabularRow {
    public let gutSite: String, skinSite: String, gutGenus: String, skinGenus: String
    public let count: Int
    public let rho: Double
    public let pValue: Double
    public internal(set) var qValue: Double = .nan
    /// (#{|ρ*| ≥ |ρ|} + 1) / (permutations + 1) over permutations of the skin samples among people.
    public let permutationPValue: Double

    public static let header = [
        "gut_site", "skin_site", "gut_genus", "skin_genus", "n", "rho", "p_value", "q_value", "permutation_p_value",
    ]
    public var cells: [String] {
        [
            gutSite, skinSite, gutGenus, skinGenus, "\(count)", tsvNumber(rho), tsvNumber(pValue), tsvNumber(qValue),
            tsvNumber(permutationPValue),
        ]
    }
}

/// A diet or lifestyle column against a gut measure.
public struct CovariateRow: TabularRow {
    public let covariate: String, site: String, outcome: String, test: String
    public let count: Int
    /// Levels and their sizes for categorical columns ("yes 12; no 30").
    public let groups: String
    public let statistic: Double
    public internal(set) var pValue: Double
    public internal(set) var qValue: Double = .nan
    public let note: String
    /// Categorical: the outcome's median per level ("no 3.1; yes 3.4"); empty for numeric columns.
    public var medians: String = ""
    /// Spearman: rho; two levels: rank-biserial r (positive: the second level higher); more levels: ε² = H / (n − 1).
    public var effect: Double = .nan
    public var effectName: String = ""

    public static let header = [
        "covariate", "site", "outcome", "test", "n", "groups", "median_per_group", "statistic", "effect_size", "effect_name", "p_value",
        "q_value", "note",
    ]
    public var cells: [String] {
        [
            covariate, site, outcome, test, "\(count)", groups, medians, tsvNumber(statistic), tsvNumber(effect), effectName,
            tsvNumber(pValue), tsvNumber(qValue), note,
        ]
    }
}

/// Benjamini–Hochberg q-values written into rows (NaN p-values stay out of the family). With
/// `family`, each value of it is its own family (e.g. beta-tests.tsv: one per test type).
func adjustInPlace<Row>(_ rows: inout [Row], p: KeyPath<Row, Double>, q: WritableKeyPath<Row, Double>, family: ((Row) -> String)? = nil) {
    var families = [String: [Int]]()
    for index in rows.indices { families[family?(rows[index]) ?? "", default: []].append(index) }
    for members in families.values {
        let adjusted = PValueAdjustment.bh.adjust(members.map { rows[$0][keyPath: p] })
        for (position, index) in members.enumerated() { rows[index][keyPath: q] = adjusted[position] }
    }
}
