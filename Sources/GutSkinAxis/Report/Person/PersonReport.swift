import Foundation
import GutSkinCore
import GutSkinFormats

/// One person's gut–skin report, made from a `PersonReportRequest`: the gut sample scored
/// against the gut reference, the skin sample against the closest skin reference (lowest
/// median Bray–Curtis), GMHI for MetaPhlAn profiles, the questionnaire and breath test read in.
/// The library entry point behind `gutskin report`, `gutskin demo` and the service.
public struct PersonReport: Sendable {
    public let report: GutSkinReport
    /// The references the gut and skin samples were scored against (their maps are drawn).
    public let gutReference: GutSkinReference?
    public let skinReference: GutSkinReference?
    /// What a caller may tell the person or log: which skin reference was chosen and why.
    public let notes: [String]

    public static func make(_ request: PersonReportRequest) throws(PersonReportError) -> PersonReport {
        guard request.gut != nil || request.skin != nil else { throw .noSample }
        let references: [GutSkinReference]
        // The built-in references' scorers are made once per process (the same for every sample).
        var builtInScorers: [SampleScorer]?
        if let given = request.references {
            references = given
        } else {
            do throws(ReferenceError) {
                references = try DefaultReferences.all()
                builtInScorers = try DefaultReferences.allScorers()
            } catch { throw .reference(error) }
        }
        func scorer(_ index: Int) -> SampleScorer { builtInScorers?[index] ?? SampleScorer(reference: references[index]) }
        let names = references.map(\.name)
        var builder = ReportBuilder(gut: nil, skin: nil, generatedBy: request.generatedBy)
        var notes = [String]()

        var gutReference: GutSkinReference?
        if let gut = request.gut {
            guard let index = references.firstIndex(where: { $0.site == .gut }) else { throw .missingGutReference(references: names) }
            builder.gut = try scoreSite(gut, scorer: scorer(index), tree: request.tree, warnings: &builder.warnings)
            gutReference = references[index]
        }

        var skinReference: GutSkinReference?
        if let skin = request.skin {
            let candidates = references.indices.filter { references[$0].site == .skin }
            guard !candidates.isEmpty else { throw .missingSkinReference(references: names) }
            var best: (site: ReportBuilder.ScoredSite, warnings: [String])?
            for index in candidates {
                let reference = references[index]
                var warnings = [String]()
                let scored = try scoreSite(skin, scorer: scorer(index), tree: request.tree, warnings: &warnings)
                if best == nil || scored.scores.value(.skinAtypicality) < best!.site.scores.value(.skinAtypicality) {
                    best = (scored, warnings)
                    skinReference = reference
                }
            }
            builder.skin = best?.site
            builder.warnings += best?.warnings ?? []
            if candidates.count > 1, let skinReference {
                notes.append(
                    "skin sample \(skin.sampleID): scored against \(skinReference.name) (\(skinReference.siteDetail)), the closest of \(candidates.count) skin references"
                )
            }
        }
        builder.questionnaire = request.questionnaire
        builder.breathTest = request.breathTest.map(BreathTestInterpretation.interpret)
        var report = builder.build()
        report.timeline = request.timeline
        return PersonReport(report: report, gutReference: gutReference, skinReference: skinReference, notes: notes)
    }

    /// Scores one sample of a table against one reference (after the reference's rarefaction).
    static func scoreSite(
        _ sample: PersonReportRequest.Sample, scorer: SampleScorer, tree: PhylogeneticTree?, warnings: inout [String]
    ) throws(PersonReportError) -> ReportBuilder.ScoredSite {
        let table = sample.table
        guard let index = table.sampleIDs.firstIndex(of: sample.sampleID) else {
            throw .noSuchSample(
                source: sample.source, sample: sample.sampleID, sampleCount: table.sampleCount, examples: Array(table.sampleIDs.prefix(5)))
        }
        let (scores, faithSkipped) = SampleScoring(scorer: scorer, tree: tree).score(table: table, samples: [index], threads: 1)
        if let faithSkipped { warnings.append("Faith's PD was not computed for \(sample.source): \(faithSkipped).") }
        let gmhi = sample.format == .metaphlan && scorer.reference.site == .gut ? gmhi(table: table, sample: index) : nil
        return ReportBuilder.ScoredSite(
            scores: scores[0], scorer: scorer, table: sample.source, taxonomy: TaxonomyStyle.describe(table), gmhi: gmhi)
    }

    /// GMHI from a MetaPhlAn profile's species rows (lineages joined with `|`, as MetaPhlAn names clades).
    static func gmhi(table: FeatureTable, sample: Int) -> Double {
        var abundances = [String: Double]()
        for entry in table.entryRange(ofSample: sample) {
            let feature = Int(table.featureIndices[entry])
            let name = table.featureTaxonomy?[feature].lineage.replacingOccurrences(of: "; ", with: "|") ?? table.featureIDs[feature]
            abundances[name, default: 0] += table.values[entry]
        }
        return GutMicrobiomeHealthIndex.score(speciesAbundances: abundances).index
    }
}
