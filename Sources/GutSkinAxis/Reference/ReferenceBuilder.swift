import GutSkinCore
import GutSkinKernels
import GutSkinMultivariate

/// Builds a `GutSkinReference` from the healthy samples of a table: rarefies them, computes
/// every score of the site for each (distance-based scores leaving out the sample's own
/// subject), takes quantiles, and ordinates their genus profiles for the map.
public struct ReferenceBuilder: Sendable {
    public var name: String
    public var site: BodySite
    public var siteDetail: String
    public var depth: Int
    public var seed: UInt64 = 1
    public var platform: String
    public var threads: Int? = nil

    public init(name: String, site: BodySite, siteDetail: String, depth: Int, seed: UInt64 = 1, platform: String) {
        self.name = name
        self.site = site
        self.siteDetail = siteDetail
        self.depth = depth
        self.seed = seed
        self.platform = platform
    }

    /// Builds the reference from `table`'s samples (already selected), with their subjects when
    /// known, Faith's PD when a tree is given, and the usual visit-to-visit change of every score
    /// when `visits` says each sample's visit.
    public func build(
        table: FeatureTable, subjects: [String: String]?, tree: PhylogeneticTree?,
        provenance: GutSkinReference.Provenance, visits: ReferenceVisits? = nil
    ) throws -> GutSkinReference {
        // Genus profiles are what a reference compares; without genus names there are none.
        guard table.featureTaxonomy != nil else { throw ReferenceError.noTaxonomy }
        let rarefaction = try Rarefaction(table, depth: depth, seed: seed)
        let rarefied = rarefaction.table
        guard rarefied.sampleCount >= 3 else { throw ReferenceError.tooFewSamples(rarefied.sampleCount, depth: depth) }
        let annotation = FeatureAnnotation(table: rarefied)
        let faith = try tree.map { try FaithPD(tree: $0, featureIDs: rarefied.featureIDs).values(for: rarefied, threads: threads) }

        // Genus profiles, genera sorted by name so the file reads well and diffs cleanly.
        let order = annotation.genusLabels.indices.sorted { annotation.genusLabels[$0] < annotation.genusLabels[$1] }
        var rank = [Int](repeating: 0, count: order.count)
        for (position, genus) in order.enumerated() { rank[genus] = position }
        let profiles: [[Int]] = (0..<rarefied.sampleCount).map { sample in
            var counts = [Int: Int]()
            for entry in rarefied.entryRange(ofSample: sample) {
                counts[rank[Int(annotation.genusOfFeature[Int(rarefied.featureIndices[entry])])], default: 0] += Int(rarefied.values[entry])
            }
            return counts.keys.sorted().flatMap { [$0, counts[$0]!] }
        }
        var lineageOfGenus = [String](repeating: "", count: annotation.genusLabels.count)
        for feature in (0..<rarefied.featureCount).reversed() {
            let ranks = rarefied.featureTaxonomy?[feature].ranks.prefix(TaxonomicRank.genus.level) ?? []
            lineageOfGenus[Int(annotation.genusOfFeature[feature])] = ranks.joined(separator: "; ")
        }
        let samples = rarefied.sampleIDs.map { GutSkinReference.Sample(id: $0, subject: subjects?[$0]) }
        var provenance = provenance
        provenance.droppedBelowDepth = rarefaction.droppedSamples.count
        var reference = GutSkinReference(
            name: name, site: site, siteDetail: siteDetail, depth: depth, seed: seed,
            taxonomy: TaxonomyStyle.describe(table), platform: platform, provenance: provenance, samples: samples,
            genera: order.map { annotation.genusLabels[$0] }, genusLineages: order.map { lineageOfGenus[$0] }, profiles: profiles,
            scores: [],
            map: ReferenceMap(distance: "", eigenvalues: [], proportionExplained: [], coordinates: [], centredDiagonal: []))
        reference.map = try Self.map(of: reference, threads: threads)

        let scorer = SampleScorer(reference: reference)
        let scored = Parallel.map(count: rarefied.sampleCount, threads: threads) { sample in
            scorer.score(
                SampleProfile(table: rarefied, sample: sample, rarefied: true), annotation: annotation,
                faithPD: faith?[sample], excluding: .init(subject: samples[sample].subject, sample: samples[sample].id))
        }
        for score in ScoreKind.scores(at: site) {
            if score == .faithPD && tree == nil { continue }
            let values = scored.map { $0.value(score) }
            let defined = values.filter { !$0.isNaN }
            guard let quantiles = Quantiles(of: defined) else { continue }
            reference.scores.append(
                .init(
                    score: score, definedCount: defined.count, undefinedCount: values.count - defined.count, quantiles: quantiles))
        }
        if let visits, let subjects {
            reference.usualChange = visits.usualChange(
                samples: samples.map(\.id), subjects: subjects, scores: reference.scores.map(\.score)
            ) { sample, score in scored[sample].value(score) }
        }
        return reference
    }

    /// PCoA (two axes) of the reference samples' genus-level Bray–Curtis dissimilarities, each
    /// axis signed so its largest coordinate is positive (LAPACK's signs are arbitrary).
    static func map(of reference: GutSkinReference, threads: Int?) throws -> ReferenceMap {
        let scorer = SampleScorer(reference: reference)
        let n = reference.samples.count
        let rows = Parallel.map(count: n, threads: threads) { sample in scorer.distances(fromReferenceSample: sample) }
        var condensed = [Double]()
        condensed.reserveCapacity(n * (n - 1) / 2)
        for i in 0..<n { for j in (i + 1)..<n { condensed.append(rows[i][j]) } }
        let matrix = try DistanceMatrix(ids: reference.samples.map(\.id), condensed: condensed)
        guard condensed.contains(where: { $0 > 0 }) else { throw ReferenceError.identicalProfiles }
        let ordination = try PrincipalCoordinates(matrix, dimensions: 2)
        var coordinates = (0..<n).map { sample in (0..<ordination.axisCount).map { ordination.coordinate(sample: sample, axis: $0) } }
        for axis in 0..<ordination.axisCount {
            let largest = coordinates.map { $0[axis] }.max { abs($0) < abs($1) } ?? 0
            if largest < 0 { for sample in 0..<n { coordinates[sample][axis].negate() } }
        }
        // g_i = mean_j d_ij² − ½ mean_jk d_jk² (the diagonal of −½ J D² J).
        let rowMeans = rows.map { row in row.reduce(0) { $0 + $1 * $1 } / Double(n) }
        let grandMean = rowMeans.reduce(0, +) / Double(n)
        return ReferenceMap(
            distance: "Bray–Curtis dissimilarity of genus profiles", eigenvalues: ordination.eigenvalues,
            proportionExplained: ordination.proportionExplained, coordinates: coordinates,
            centredDiagonal: rowMeans.map { $0 - grandMean / 2 })
    }
}

/// Why a reference could not be built or read.
public enum ReferenceError: Error, CustomStringConvertible, Equatable {
    case tooFewSamples(Int, depth: Int)
    case noSamplesSelected
    case noTaxonomy
    case identicalProfiles
    case unreadable(file: String, reason: String)
    case unsupportedVersion(file: String, version: Int)
    /// The HMP data the built-in references are built from is not where gutskin looked.
    case builtInDataMissing(searched: String)
    case builtInUnbuildable(reason: String)

    public var description: String {
        switch self {
        case .tooFewSamples(let count, let depth):
            "only \(count) selected sample\(count == 1 ? "" : "s") reach \(depth) reads; a reference needs at least 3 (a lower depth or a wider selection)"
        case .noSamplesSelected:
            "no samples match the selection (check it against the metadata)"
        case .noTaxonomy:
            "the table has no taxonomy; a reference compares genus profiles (give a table with taxonomy, e.g. BIOM with observation metadata or a TSV with a taxonomy column)"
        case .identicalProfiles:
            "every selected sample has the same genus profile, so there is nothing to compare a person with (is the taxonomy all 'Unassigned'?)"
        case .unreadable(let file, let reason):
            "\(file): not a gutskin reference: \(reason)"
        case .unsupportedVersion(let file, let version):
            "\(file): reference format version \(version) is newer than this gutskin reads (\(GutSkinReference.currentFormatVersion)); update gutskin or rebuild the reference"
        case .builtInDataMissing(let searched):
            "the built-in references are built from the HMP V3–V5 data (\(DefaultReferences.dataFiles.table), \(DefaultReferences.dataFiles.mapping), \(DefaultReferences.dataFiles.tree)), not found in \(searched): set GUTSKIN_DATA to the folder holding them, or give a reference file (--reference)"
        case .builtInUnbuildable(let reason):
            "the built-in references could not be built from the HMP data: \(reason)"
        }
    }
}
