import Foundation
import GutSkinCore
import GutSkinKernels
import GutSkinMultivariate

/// Settings of a cohort gut–skin analysis (`gutskin axis`).
public struct CohortSettings: Sendable {
    public var depth: Int
    public var seed: UInt64 = 0
    public var permutations: Int = 999
    public var threads: Int?
    /// Comparisons with fewer people than this in a group are reported as "too few".
    public var minimumGroupSize: Int = 5
    /// Genera present in fewer than this fraction of the tested people are not tested for a condition.
    public var differentialPrevalence: Double = 0.1
    /// Genera present in fewer than this fraction of the paired people are left out of gut × skin links.
    public var linkPrevalence: Double = 0.25
    /// Monte Carlo instances of the ALDEx2-style method.
    public var aldexInstances: Int = 128
    /// PCoA axes given to Procrustes (QIIME 2's procrustes-analysis default).
    public var procrustesDimensions: Int = 5
    public var scorers: [any CohortScorer] = [DysbiosisScorer(), ReferenceScoreScorer()]

    public init(depth: Int) { self.depth = depth }
}

/// A diet or lifestyle column named with `--covariate`: numeric (Spearman) or categorical.
public struct CohortCovariate: Sendable {
    public let name: String
    public let isNumeric: Bool
    /// Per sample id, its value (nil: missing).
    public let values: [String: String]

    public init(name: String, isNumeric: Bool, values: [String: String]) {
        self.name = name
        self.isNumeric = isNumeric
        self.values = values
    }
}

/// Everything `gutskin axis` computes.
public struct CohortAnalysisResult: Sendable {
    public let design: CohortDesign
    public let settings: CohortSettings
    public let covariates: [String]
    public let profiles: [SiteProfile]
    public var alphaTests: [GroupTestRow] = []
    public var scoreTests: [GroupTestRow] = []
    public var betaTests: [BetaTestRow] = []
    public var differential: [DifferentialRow] = []
    public var skippedDifferential: [SkippedTest] = []
    public var linkAlpha: [LinkAlphaRow] = []
    public var linkBeta: [LinkBetaRow] = []
    public var linkGenera: [LinkGenusRow] = []
    /// Gut × skin site pairs without enough paired people, with why.
    public var linkNotes: [String] = []
    public var covariateTests: [CovariateRow] = []
    public var notes: [String] = []
    /// The rarefied table of the chosen samples (written as rarefied.biom for reproduction).
    public var rarefied: FeatureTable?
    /// PCoA coordinates (first two axes) and proportions explained per site and metric, for plots.
    public var ordinations: [String: (x: [Double], y: [Double], explained: (Double, Double))] = [:]
}

/// The whole cohort analysis: per-site measures, per-condition comparisons, gut–skin links and
/// the diet panel. Seeded: the same inputs, seed and settings give the same numbers on any
/// number of threads.
public enum CohortAnalysis {
    public typealias Progress = @Sendable (_ stage: String, _ fraction: Double) -> Void

    public static func run(
        table: FeatureTable, design: CohortDesign, tree: PhylogeneticTree?, covariates: [CohortCovariate],
        settings: CohortSettings, progress: Progress? = nil
    ) throws -> CohortAnalysisResult {
        var notes = [String]()
        // Rarefy the chosen samples (each draw is seeded by --seed and the sample id).
        let tableIndex = Dictionary(uniqueKeysWithValues: table.sampleIDs.enumerated().map { ($1, $0) })
        let chosenIDs = design.chosen.flatMap { $0.map(\.sample) }
        let rarefied = try Rarefaction(
            table.selectingSamples(chosenIDs.compactMap { tableIndex[$0] }), depth: settings.depth, seed: settings.seed
        ).table
        let rarefiedIndex = Dictionary(uniqueKeysWithValues: rarefied.sampleIDs.enumerated().map { ($1, $0) })
        var sheared: PhylogeneticTree?
        if let tree {
            sheared = try tree.sheared(toTips: rarefied.featureIDs)
        }
        if rarefied.featureTaxonomy == nil {
            notes.append("the table has no taxonomy: genus-level tests, trait shares and genus links are left out")
        }

        // Per site: alpha, beta, genera, scores.
        var profiles = [SiteProfile]()
        var ordinations = [String: (x: [Double], y: [Double], explained: (Double, Double))]()
        let stageCount = Double(design.sites.count * (1 + max(design.conditions.count, 1)) + 2)
        var stagesDone = 0.0
        func advance(_ stage: String) {
            stagesDone += 1
            progress?(stage, min(stagesDone / stageCount, 1))
        }
        for (position, site) in design.sites.enumerated() {
            let entries = design.chosen[position]
            let siteTable = rarefied.selectingSamples(entries.compactMap { rarefiedIndex[$0.sample] })
            let subjects = entries.map(\.subject)
            var alphaMetrics: [AlphaMetric] = [.shannon, .observedFeatures]
            if sheared != nil { alphaMetrics.append(.faithPD) }
            var alpha = [(metric: AlphaMetric, values: [Double])]()
            var distances = [(metric: BetaMetric, matrix: DistanceMatrix)]()
            var genera: FeatureTable?
            if siteTable.sampleCount > 0 {
                let diversity = try AlphaDiversity(
                    table: siteTable, metrics: alphaMetrics, tree: sheared, threads: settings.threads, undefinedAsNaN: true)
                alpha = alphaMetrics.map { ($0, diversity.column($0) ?? []) }
                var betaMetrics: [BetaMetric] = [.braycurtis]
                if sheared != nil { betaMetrics += [.unweightedUniFrac, .weightedUnnormalizedUniFrac] }
                if siteTable.sampleCount >= 2 {
                    for metric in betaMetrics {
                        let kernel = try metric.kernel(table: siteTable, tree: sheared)
                        let values = kernel.distances(for: .all(siteTable.sampleCount), threads: settings.threads, progress: nil)
                        distances.append((metric, try DistanceMatrix(ids: subjects, condensed: values)))
                    }
                }
                if siteTable.featureTaxonomy != nil { genera = try siteTable.collapsed(to: .genus) }
            }
            var profile = SiteProfile(
                site: site, subjects: subjects, sampleIDs: entries.map(\.sample), status: design.status[position],
                table: siteTable, genera: genera, alpha: alpha, distances: distances)
            profile.scores = settings.scorers.flatMap { $0.scores(for: profile) }
            for (metric, matrix) in distances where matrix.count >= 3 {
                if let ordination = try? PrincipalCoordinates(matrix, dimensions: 2) {
                    ordinations["\(site.value)|\(metric.rawValue)"] = (
                        (0..<matrix.count).map { ordination.coordinate(sample: $0, axis: 0) },
                        (0..<matrix.count).map { ordination.coordinate(sample: $0, axis: 1) },
                        (ordination.proportionExplained.first ?? .nan, ordination.proportionExplained.dropFirst().first ?? .nan)
                    )
                }
            }
            profiles.append(profile)
            advance("diversity at \(site.value)")
        }

        var result = CohortAnalysisResult(
            design: design, settings: settings, covariates: covariates.map(\.name), profiles: profiles)
        result.ordinations = ordinations
        result.notes = notes
        result.rarefied = rarefied

        // Per condition and site.
        for condition in design.conditions {
            for profile in profiles {
                try ConditionComparison.compare(
                    condition: condition, at: profile, covariates: covariates, settings: settings, into: &result)
                advance("\(condition) at \(profile.site.value)")
            }
        }
        adjustInPlace(&result.alphaTests, p: \.pValue, q: \.qValue)
        adjustInPlace(&result.scoreTests, p: \.pValue, q: \.qValue)
        adjustInPlace(&result.betaTests, p: \.pValue, q: \.qValue, family: \.test)  // PERMANOVA, PERMDISP, adonis apart

        // Gut–skin links.
        try GutSkinLinks.link(profiles: profiles, settings: settings, into: &result)
        advance("gut–skin links")

        // Diet and lifestyle.
        CovariatePanel.test(profiles: profiles, covariates: covariates, settings: settings, into: &result)
        advance("diet and lifestyle")
        return result
    }
}
