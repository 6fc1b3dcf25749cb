/// A healthy reference cohort for one body site: what scoring a person against it needs and no
/// more — the rarefaction depth, quantiles of every score over the reference samples, their
/// genus profiles (for distance-based scores and the map), the taxonomy and platform it was
/// built from, and its provenance; since format version 2, how much each score moves between two
/// visits within a person (`usualChange`, when the build knew visits). Written as JSON by
/// `gutskin reference build`; version 1 files (no `usual_change`) still read.
public struct GutSkinReference: Sendable, Codable, Equatable {
    public static let formatName = "gutskin-reference"
    public static let currentFormatVersion = 2

    public var format = GutSkinReference.formatName
    public var formatVersion = GutSkinReference.currentFormatVersion
    /// A name for people, e.g. "HMP stool".
    public var name: String
    public var site: BodySite
    /// Finer site, e.g. "stool", "sebaceous (retroauricular crease)".
    public var siteDetail: String
    /// Every sample (reference and person) is rarefied to this many reads before scoring.
    public var depth: Int
    /// Seed of the rarefaction draws.
    public var seed: UInt64
    /// The taxonomy the reference's genus names come from (e.g. "Greengenes 13_8 style (k__…; g__…)").
    public var taxonomy: String
    /// Sequencing platform and marker, e.g. "16S rRNA V3–V5 amplicons (454)".
    public var platform: String
    public var provenance: Provenance
    /// Reference samples with their subjects (so a reference sample scored later can be compared
    /// only with other people's samples).
    public var samples: [Sample]
    /// Genus labels; profiles index into this list.
    public var genera: [String]
    /// Each genus's lineage down to genus (`k__Bacteria; p__…; g__…`), as the table wrote it.
    public var genusLineages: [String]
    /// Each reference sample's rarefied genus counts as flattened (genus index, count) pairs.
    public var profiles: [[Int]]
    /// Distribution of each score over the reference samples, in `ScoreKind` order.
    public var scores: [ScoreDistribution]
    /// The reference samples' principal coordinates, for placing a person among them.
    public var map: ReferenceMap
    /// Within-person visit-to-visit change of each score (nil: the build named no visits).
    public var usualChange: UsualChangeSummary? = nil

    public struct Sample: Sendable, Codable, Equatable {
        public var id: String
        public var subject: String?
    }

    public struct Provenance: Sendable, Codable, Equatable {
        /// File names (not paths) of the inputs, so the record does not depend on where they lay.
        public var table: String
        public var metadata: String?
        public var tree: String?
        /// The sample selection, as given to `--where`.
        public var selection: [String]
        public var subjectColumn: String?
        /// Samples selected before rarefaction, and those dropped for being shallower than `depth`.
        public var selectedSamples: Int
        public var droppedBelowDepth: Int
        public var builtBy: String

        public init(
            table: String, metadata: String?, tree: String?, selection: [String], subjectColumn: String?,
            selectedSamples: Int, droppedBelowDepth: Int, builtBy: String
        ) {
            self.table = table
            self.metadata = metadata
            self.tree = tree
            self.selection = selection
            self.subjectColumn = subjectColumn
            self.selectedSamples = selectedSamples
            self.droppedBelowDepth = droppedBelowDepth
            self.builtBy = builtBy
        }
    }

    /// The distribution of one score over the reference.
    public struct ScoreDistribution: Sendable, Codable, Equatable {
        public var score: ScoreKind
        /// Samples with a defined value (the quantiles are over these).
        public var definedCount: Int
        /// Samples where the score is undefined (e.g. the MD index when no listed genus is present).
        public var undefinedCount: Int
        public var quantiles: Quantiles
    }

    public func distribution(_ score: ScoreKind) -> ScoreDistribution? { scores.first { $0.score == score } }

    /// Distinct people among the samples, or nil when the reference records no subjects.
    public var subjectCount: Int? {
        let subjects = samples.compactMap(\.subject)
        return subjects.isEmpty ? nil : Set(subjects).count
    }
}
