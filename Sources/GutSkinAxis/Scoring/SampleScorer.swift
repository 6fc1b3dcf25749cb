import GutSkinCore
import GutSkinKernels

/// Scores samples against one reference. Built once per reference (it indexes the reference's
/// genus profiles), then used for any number of samples from any thread.
public struct SampleScorer: Sendable {
    public let reference: GutSkinReference
    /// Reference profiles as (genus, count) pairs, and each profile's total.
    private let referenceEntries: [[(genus: Int, count: Double)]]
    private let referenceTotals: [Double]
    private let genusIndexByKey: [String: Int]
    /// Each reference genus's median share over the reference samples (zeros included).
    public let genusMedianShare: [Double]

    public init(reference: GutSkinReference) {
        self.reference = reference
        referenceEntries = reference.profiles.map { flat in
            stride(from: 0, to: flat.count - 1, by: 2).map { (genus: flat[$0], count: Double(flat[$0 + 1])) }
        }
        referenceTotals = referenceEntries.map { $0.reduce(0) { $0 + $1.count } }
        var index = [String: Int]()
        for (position, label) in reference.genera.enumerated() where index[GenusName.key(label)] == nil {
            index[GenusName.key(label)] = position
        }
        genusIndexByKey = index
        var shares = [[Double]](repeating: [Double](repeating: 0, count: reference.samples.count), count: reference.genera.count)
        for (sample, entries) in referenceEntries.enumerated() {
            for (genus, count) in entries { shares[genus][sample] = count / referenceTotals[sample] }
        }
        genusMedianShare = shares.map { nanMedian($0) }
    }

    /// The reference median share of a genus given by any spelling (0 when the reference lacks it).
    public func referenceMedianShare(ofGenus label: String) -> Double {
        genusIndexByKey[GenusName.key(label)].map { genusMedianShare[$0] } ?? 0
    }

    /// Scores `profile` (whose feature indices refer to the table `annotation` describes).
    /// `faithPD` is the sample's Faith's PD when a tree was given. Reference samples named by
    /// `excluding` are left out of the distance-based scores, as Lloyd-Price et al. (2019) leave
    /// out a subject's own samples.
    public func score(
        _ profile: SampleProfile, annotation: FeatureAnnotation, faithPD: Double? = nil, excluding: Exclusion? = nil,
        originalReads: Double? = nil
    ) -> SampleScores {
        let total = profile.total
        var values = [ScoreKind: Double]()
        let counts = Array(profile.counts)
        values[.observedFeatures] = Double(counts.count)
        values[.shannonEntropy] = (try? AlphaMetric.shannonEntropy.value(counts: counts)) ?? .nan
        values[.faithPD] = faithPD ?? .nan

        // Genus profile, and trait / phylum / family shares.
        var genusCounts = [Double](repeating: 0, count: annotation.genusLabels.count)
        var proteobacteria = 0.0
        var enterobacteriaceae = 0.0
        for (feature, count) in zip(profile.featureIndices, profile.counts) {
            genusCounts[Int(annotation.genusOfFeature[Int(feature)])] += count
            if annotation.proteobacteriaFeature[Int(feature)] { proteobacteria += count }
            if annotation.enterobacteriaceaeFeature[Int(feature)] { enterobacteriaceae += count }
        }
        var genera = [(label: String, share: Double)]()
        var referenceShares = [(genus: Int, share: Double)]()
        var knownShare = 0.0
        for (genus, count) in genusCounts.enumerated() where count > 0 {
            let share = count / total
            genera.append((annotation.genusLabels[genus], share))
            if let index = genusIndexByKey[GenusName.key(annotation.genusLabels[genus])] {
                referenceShares.append((index, share))
                knownShare += share
            }
        }
        genera.sort { $0.share > $1.share || ($0.share == $1.share && $0.label < $1.label) }

        if annotation.hasTaxonomy {
            values[.bergerParkerDominance] = (try? AlphaMetric.bergerParkerD.value(counts: counts)) ?? .nan
            values[.microbialDysbiosisIndex] =
                MicrobialDysbiosisIndex.value(genera: genera.map { ($0.label, $0.share) }) ?? .nan
            for score in ScoreKind.allCases {
                guard let trait = score.trait else { continue }
                var share = 0.0
                for (genus, count) in genusCounts.enumerated() where count > 0 && annotation.genus(genus, has: trait) {
                    share += count
                }
                values[score] = share / total
            }
            values[.proteobacteria] = proteobacteria / total
            values[.enterobacteriaceae] = enterobacteriaceae / total
            for (score, genus) in [
                (ScoreKind.staphylococcus, "staphylococcus"), (.cutibacterium, "cutibacterium"), (.corynebacterium, "corynebacterium"),
            ] {
                values[score] = genera.filter { GenusName.key($0.label) == genus }.reduce(0) { $0 + $1.share }
            }
        }

        var personShare = [Double](repeating: 0, count: reference.genera.count)
        for (genus, share) in referenceShares { personShare[genus] += share }
        var distances = distances(personShare: personShare, personTotal: genera.reduce(0) { $0 + $1.share })
        for sample in distances.indices where excluding?.covers(reference.samples[sample]) == true {
            distances[sample] = .nan
        }
        let kept = distances.filter { !$0.isNaN }
        let medianDistance = nanMedian(kept)
        values[reference.site == .gut ? .dysbiosisScore : .skinAtypicality] = medianDistance

        // Same-subject samples are placed as if they were at the person's median distance; they
        // would otherwise pull the point onto the subject's own reference sample.
        let mapDistances = distances.map { $0.isNaN ? medianDistance : $0 }
        var scored = [ScoreKind: Double]()
        for score in ScoreKind.scores(at: reference.site) { scored[score] = values[score] ?? .nan }
        return SampleScores(
            sampleID: profile.id, values: scored, genusShares: genera, knownGenusShare: knownShare,
            distancesToReference: distances, mapPosition: reference.map.place(distances: mapDistances),
            reads: total, originalReads: originalReads ?? total, rarefied: profile.rarefied)
    }

    /// Reference samples left out when scoring: those of one subject, or one sample.
    public struct Exclusion: Sendable {
        public var subject: String?
        public var sample: String?

        public init(subject: String? = nil, sample: String? = nil) {
            self.subject = subject
            self.sample = sample
        }

        func covers(_ referenceSample: GutSkinReference.Sample) -> Bool {
            (subject != nil && referenceSample.subject == subject) || referenceSample.id == sample
        }
    }

    /// Bray–Curtis dissimilarity Σ|p − q| / Σ(p + q) from a profile of shares over the
    /// reference's genera (`personTotal` also counts shares in genera the reference lacks) to
    /// every reference sample: O(non-zeros of the reference).
    func distances(personShare: [Double], personTotal: Double) -> [Double] {
        referenceEntries.indices.map { sample in
            let sampleTotal = referenceTotals[sample]
            var absoluteDifference = personTotal
            for (genus, count) in referenceEntries[sample] {
                let p = personShare[genus]
                let q = count / sampleTotal
                absoluteDifference += abs(p - q) - p
            }
            return absoluteDifference / (personTotal + 1)
        }
    }

    /// Bray–Curtis dissimilarities from reference sample `sample` to every reference sample.
    func distances(fromReferenceSample sample: Int) -> [Double] {
        var share = [Double](repeating: 0, count: reference.genera.count)
        for (genus, count) in referenceEntries[sample] { share[genus] = count / referenceTotals[sample] }
        var row = distances(personShare: share, personTotal: 1)
        row[sample] = 0
        return row
    }

}
