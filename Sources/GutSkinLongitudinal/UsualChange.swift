import Foundation
import GutSkinAxis
import GutSkinCore

/// How much each report score moves between two visits in people who did nothing in particular —
/// the yardstick for a person's before/after. From a per-sample score table (e.g. `gutskin report
/// --all-samples`' summary.tsv) and metadata naming each sample's person and visit: every person
/// with samples at two or more visits contributes one change, second visit minus first (earliest
/// two visits; a person with two samples at one of them is left out: `VisitPairing`, as the
/// references pair visits). A person's change is "beyond
/// usual variation" when its size exceeds the 95th percentile of these changes' sizes (NumPy's
/// default linear percentile, Hyndman & Fan 1996 type 7, doi:10.2307/2684934).
public struct UsualChange: Sendable {
    public struct Score: Sendable, Equatable {
        public let name: String
        /// One change per person, in metadata order.
        public let changes: [Double]
        public var people: Int { changes.count }
        /// The 95th percentile of |change|: changes larger than this are beyond usual variation.
        public var bound: Double { UsualChange.percentile(changes.map(abs), 95) }
        public var medianAbsoluteChange: Double { UsualChange.percentile(changes.map(abs), 50) }
    }

    public let scores: [Score]

    public init(scores: [Score]) { self.scores = scores }

    /// Builds the distributions; scores with fewer than 2 people are left out.
    public init(table: ScoreTable, metadata: SampleMetadata, file: String, individualColumn: String, stateColumn: String) throws {
        guard let individuals = metadata.column(named: individualColumn) else {
            throw LongitudinalError.missingColumn(file: file, column: individualColumn)
        }
        guard let states = metadata.column(named: stateColumn) else {
            throw LongitudinalError.missingColumn(file: file, column: stateColumn)
        }
        var visits = [VisitPairing.Visit?]()
        for id in table.sampleIDs {
            guard let row = metadata.row(of: id), let person = individuals.values[row], let text = states.values[row] else {
                visits.append(nil)
                continue
            }
            guard let state = Double(text) else {
                throw LongitudinalError.notNumeric(file: file, column: stateColumn, sample: id, value: text)
            }
            visits.append(VisitPairing.Visit(person: person, visit: state))
        }
        let pairs = VisitPairing.pairs(visits)
        var result = [Score]()
        for (column, name) in table.scoreNames.enumerated() {
            let changes = pairs.map { table.values[$0.later][column] - table.values[$0.earlier][column] }.filter { !$0.isNaN }
            if changes.count >= 2 { result.append(Score(name: name, changes: changes)) }
        }
        scores = result
    }

    /// NumPy's `percentile(values, q)` (linear interpolation between order statistics).
    public static func percentile(_ values: [Double], _ q: Double) -> Double {
        guard !values.isEmpty else { return .nan }
        let sorted = values.sorted()
        let position = q / 100 * Double(sorted.count - 1)
        let lower = Int(position.rounded(.down))
        let upper = min(lower + 1, sorted.count - 1)
        let fraction = position - Double(lower)
        return sorted[lower] + fraction * (sorted[upper] - sorted[lower])
    }

    /// One score's before/after judged against the usual change (the judgement the report
    /// timeline and the service make too).
    public typealias Judgement = ScoreChangeJudgement

    /// Each score's yardstick: how many people, and the 95th percentile of |change|.
    public var bounds: [Bound] { scores.map { Bound(score: $0.name, people: $0.people, bound: $0.bound) } }

    public struct Bound: Sendable, Equatable {
        public let score: String
        public let people: Int
        public let bound: Double
        public init(score: String, people: Int, bound: Double) {
            self.score = score
            self.people = people
            self.bound = bound
        }
    }

    /// Judges every score the table and the bounds share, for two samples (`before`, `after`) of one person.
    public static func judge(bounds: [Bound], table: ScoreTable, before: String, after: String, file: String) throws -> [Judgement] {
        let missing = [before, after].filter { !table.sampleIDs.contains($0) }
        guard missing.isEmpty else { throw LongitudinalError.samplesMissingFromMetadata(file: file, samples: missing) }
        let b = table.sampleIDs.firstIndex(of: before)!
        let a = table.sampleIDs.firstIndex(of: after)!
        return bounds.compactMap { bound in
            guard let column = table.scoreNames.firstIndex(of: bound.score) else { return nil }
            return Judgement(
                score: bound.score, before: table.values[b][column], after: table.values[a][column], bound: bound.bound,
                people: bound.people)
        }
    }

    /// `usual-change.tsv`: score, people, median |change|, 95th percentile of |change|.
    public func tsv() -> String {
        var lines = ["score\tpeople\tmedian_abs_change\tusual_bound_95"]
        for score in scores {
            let numbers = "\(PythonFloatFormat.repr(score.medianAbsoluteChange))\t\(PythonFloatFormat.repr(score.bound))"
            lines.append("\(score.name)\t\(score.people)\t" + numbers)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Reads `usual-change.tsv` back.
    public static func bounds(tsv text: String, file: String) throws -> [Bound] {
        try text.split(separator: "\n").dropFirst().enumerated().map { index, line in
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cells.count >= 4, let people = Int(cells[1]), let bound = Double(cells[3]) else {
                throw LongitudinalError.notNumeric(file: file, column: "usual_bound_95", sample: "line \(index + 2)", value: String(line))
            }
            return Bound(score: cells[0], people: people, bound: bound)
        }
    }
}
