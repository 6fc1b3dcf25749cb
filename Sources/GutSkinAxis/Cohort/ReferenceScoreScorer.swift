import GutSkinCore

/// The per-person report's scores for every person of a cohort site — dysbiosis against the
/// healthy reference (Lloyd-Price et al. 2019), the MD index, metabolic-potential and
/// inflammation-related shares for gut sites; Staphylococcus, Cutibacterium and Corynebacterium
/// shares and distance from typical skin for skin sites — computed by the same `SampleScorer`
/// as `gutskin report`. Unlike the report, the profiles are the cohort's, rarefied to the cohort's
/// `--depth` (shares and Bray–Curtis of shares compare across depths; diversity does not, so it
/// is left to the cohort's own alpha metrics), and no reference sample is left out (cohort
/// people are not in the reference).
public struct ReferenceScoreScorer: CohortScorer {
    public let gut: GutSkinReference?
    public let skin: GutSkinReference?

    /// Scores against the given references (default: the built-in HMP gut and sebaceous-skin ones).
    public init(
        gut: GutSkinReference? = try? DefaultReferences.reference(named: "gut"),
        skin: GutSkinReference? = try? DefaultReferences.reference(named: "skin-sebaceous")
    ) {
        self.gut = gut
        self.skin = skin
    }

    public func scores(for site: SiteProfile) -> [ScoreColumn] {
        let isGut = site.site.role == .gut
        guard let reference = isGut ? gut : skin, site.table.featureTaxonomy != nil else { return [] }
        let scorer = SampleScorer(reference: reference)
        let annotation = FeatureAnnotation(table: site.table)
        let scored = (0..<site.table.sampleCount).map { sample in
            scorer.score(SampleProfile(table: site.table, sample: sample, rarefied: true), annotation: annotation)
        }
        return ScoreKind.scores(at: reference.site).filter { $0.section != .diversity }.map { kind in
            ScoreColumn(
                name: kind.rawValue,
                description: "\(kind.title) (\(kind.unit)), as in the per-person report, against \(reference.name)",
                values: scored.map { $0.value(kind) })
        }
    }
}
