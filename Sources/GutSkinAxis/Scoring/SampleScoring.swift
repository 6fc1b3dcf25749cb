import GutSkinCore
import GutSkinKernels

/// The scoring pipeline for samples of a table: rarefy each to the reference depth (seeded, the
/// same draws `gutskin rarefy` makes), collapse to genera, compute Faith's PD when a tree covers
/// the features, and score against the reference. A sample shallower than the depth (or not
/// counts, e.g. a MetaPhlAn profile) is scored as it is, and says so.
public struct SampleScoring: Sendable {
    public let scorer: SampleScorer
    public let tree: PhylogeneticTree?

    public init(scorer: SampleScorer, tree: PhylogeneticTree?) {
        self.scorer = scorer
        self.tree = tree
    }

    /// Scores the given samples of `table` (all when nil), in their order, in parallel.
    /// `excludeSameSample` leaves a sample's own reference entry (and subject) out, for scoring
    /// the reference's own samples.
    public func score(table: FeatureTable, samples: [Int]? = nil, threads: Int? = nil) -> (scores: [SampleScores], faithSkipped: String?) {
        let selected = samples.map { table.selectingSamples($0) } ?? table
        let depth = scorer.reference.depth
        let countsOnly = selected.isIntegral && !selected.values.contains { $0 < 0 }
        let rarefied = countsOnly ? try? Rarefaction(selected, depth: depth, seed: scorer.reference.seed).table : nil
        let deep = rarefied.map { Dictionary(uniqueKeysWithValues: $0.sampleIDs.enumerated().map { ($1, $0) }) } ?? [:]

        let annotationRarefied = rarefied.map { FeatureAnnotation(table: $0) }
        let annotationRaw = deep.count < selected.sampleCount ? FeatureAnnotation(table: selected) : nil
        var faithSkipped: String?
        func faithValues(_ table: FeatureTable?) -> [Double]? {
            guard let tree, let table else { return nil }
            do {
                return try FaithPD(tree: tree, featureIDs: table.featureIDs).values(for: table, threads: threads)
            } catch {
                faithSkipped = error.description
                return nil
            }
        }
        let faithRarefied = faithValues(rarefied)
        let faithRaw = annotationRaw != nil ? faithValues(selected) : nil
        let originalTotals = selected.sampleTotals
        let subjects = Dictionary(scorer.reference.samples.map { ($0.id, $0.subject) }, uniquingKeysWith: { first, _ in first })

        let scores = Parallel.map(count: selected.sampleCount, threads: threads) { sample -> SampleScores in
            let id = selected.sampleIDs[sample]
            // A sample that is itself in the reference is compared only with other subjects.
            let exclusion = subjects[id].map { SampleScorer.Exclusion(subject: $0, sample: id) }
            if let row = deep[id], let rarefied, let annotationRarefied {
                return scorer.score(
                    SampleProfile(table: rarefied, sample: row, rarefied: true), annotation: annotationRarefied,
                    faithPD: faithRarefied?[row], excluding: exclusion, originalReads: originalTotals[sample])
            }
            return scorer.score(
                SampleProfile(table: selected, sample: sample, rarefied: false), annotation: annotationRaw!,
                faithPD: faithRaw?[sample], excluding: exclusion, originalReads: originalTotals[sample])
        }
        return (scores, faithSkipped)
    }
}
