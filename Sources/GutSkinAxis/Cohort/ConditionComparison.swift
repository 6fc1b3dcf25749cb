import Foundation
import GutSkinCore
import GutSkinKernels
import GutSkinMultivariate

/// The cases of one condition against the controls (people with none of the named conditions)
/// at one site: alpha diversity and scores by Mann–Whitney, distances by PERMANOVA, PERMDISP and
/// (with covariates) adonis, genera by ANCOM-BC and the ALDEx2-style method. Each call reuses
/// gutskin's kernels exactly as the single commands run them.
enum ConditionComparison {
    static let caseLabel = "case", controlLabel = "control"

    static func compare(
        condition: String, at profile: SiteProfile, covariates: [CohortCovariate], settings: CohortSettings,
        into result: inout CohortAnalysisResult
    ) throws {
        let site = profile.site.value
        let (cases, controls) = profile.groups(for: condition)
        let minimum = settings.minimumGroupSize
        let enough = cases.count >= minimum && controls.count >= minimum

        for (metric, values) in profile.alpha {
            result.alphaTests.append(
                GroupTestRow.compare(
                    condition: condition, site: site, measure: metric.rawValue,
                    cases: cases.map { values[$0] }, controls: controls.map { values[$0] }, minimum: minimum))
        }
        for score in profile.scores {
            result.scoreTests.append(
                GroupTestRow.compare(
                    condition: condition, site: site, measure: score.name,
                    cases: cases.map { score.values[$0] }, controls: controls.map { score.values[$0] }, minimum: minimum))
        }

        // Distances.
        let tested = cases + controls
        let labels = cases.map { _ in caseLabel } + controls.map { _ in controlLabel }
        for (metric, matrix) in profile.distances {
            func row(_ test: String, _ statistic: Double, _ rSquared: Double, _ p: Double?, note: String = "") -> BetaTestRow {
                BetaTestRow(
                    condition: condition, site: site, metric: metric.rawValue, test: test, caseCount: cases.count,
                    controlCount: controls.count, statistic: statistic, rSquared: rSquared, pValue: p ?? .nan, note: note)
            }
            let tests = ["PERMANOVA", "PERMDISP"] + (covariates.isEmpty ? [] : ["adonis"])
            guard enough else {
                for test in tests { result.betaTests.append(row(test, .nan, .nan, nil, note: tooFewNote(minimum: minimum))) }
                continue
            }
            let subset = try matrix.filtered(to: tested.map { profile.subjects[$0] })
            do {
                let permanovaResult = try permanova(
                    subset, grouping: labels, permutations: settings.permutations, seed: settings.seed, threads: settings.threads)
                result.betaTests.append(
                    row("PERMANOVA", permanovaResult.testStatistic, permanovaRSquared(subset, labels: labels), permanovaResult.pValue))
            } catch {
                result.betaTests.append(row("PERMANOVA", .nan, .nan, nil, note: "not testable: \(error)"))
            }
            do {
                let dispersion = try PERMDISP(
                    subset, grouping: labels, test: .median, permutations: settings.permutations, seed: settings.seed,
                    threads: settings.threads)
                result.betaTests.append(row("PERMDISP", dispersion.statistic, .nan, dispersion.pValue))
            } catch {
                result.betaTests.append(row("PERMDISP", .nan, .nan, nil, note: "not testable: \(error)"))
            }
            if !covariates.isEmpty {
                result.betaTests.append(
                    adonisRow(
                        condition: condition, site: site, metric: metric.rawValue, subset: subset, tested: tested, labels: labels,
                        profile: profile, covariates: covariates, settings: settings))
            }
        }

        // Genera.
        guard let genera = profile.genera else { return }
        /// A comparison without genera: listed for the page and as a row with a note in differential-genera.tsv.
        func skip(_ method: String, _ reason: String) {
            result.skippedDifferential.append(
                SkippedTest(
                    condition: condition, site: site, method: method, caseCount: cases.count, controlCount: controls.count, reason: reason))
            var row = DifferentialRow(
                condition: condition, site: site, method: method, genus: "", caseCount: cases.count, controlCount: controls.count,
                logFoldChange: .nan, statistic: .nan, pValue: .nan, qValue: .nan)
            row.note = reason
            result.differential.append(row)
        }
        guard enough else {
            for method in ["ANCOM-BC", "ALDEx2"] { skip(method, tooFewNote(minimum: minimum)) }
            return
        }
        let groupTable = try SampleFilter(minimumPrevalence: settings.differentialPrevalence)
            .apply(to: genera.selectingSamples(tested), metadata: nil).table
        let names = groupTable.featureIDs.map(GenusLabel.short)
        do {
            let design = try ANCOMBCDesign(factorName: "condition", levels: labels, reference: controlLabel)
            let fit = try ANCOMBC(pseudocount: 1, alpha: 0.05, pValueAdjustment: .bh).fit(groupTable, design: design)
            if let coefficient = fit.coefficients.dropFirst().first {
                for index in names.indices {
                    result.differential.append(
                        DifferentialRow(
                            condition: condition, site: site, method: "ANCOM-BC", genus: names[index], caseCount: cases.count,
                            controlCount: controls.count, logFoldChange: coefficient.estimate[index], statistic: coefficient.w[index],
                            pValue: coefficient.pValue[index], qValue: coefficient.qValue[index]))
                }
            }
        } catch {
            skip("ANCOM-BC", "failed: \(error)")
        }
        do {
            let aldex = try ALDEx2.run(
                counts: groupTable.denseRows, groups: labels.map { $0 == controlLabel ? 0 : 1 },
                options: .init(monteCarloInstances: settings.aldexInstances, seed: settings.seed, threads: settings.threads))
            for (index, feature) in aldex.enumerated() {
                result.differential.append(
                    DifferentialRow(
                        condition: condition, site: site, method: "ALDEx2", genus: names[index], caseCount: cases.count,
                        controlCount: controls.count, logFoldChange: feature.estimate, statistic: feature.effect,
                        pValue: feature.welchP, qValue: feature.welchQ))
            }
        } catch {
            skip("ALDEx2", "failed: \(error)")
        }
    }

    /// R² of a one-way PERMANOVA: SS_among / SS_total.
    static func permanovaRSquared(_ matrix: DistanceMatrix, labels: [String]) -> Double {
        let n = matrix.count
        var total = 0.0
        var within = [String: Double]()
        var sizes = [String: Int]()
        for label in labels { sizes[label, default: 0] += 1 }
        for i in 0..<n {
            for j in (i + 1)..<n {
                let squared = matrix[i, j] * matrix[i, j]
                total += squared
                if labels[i] == labels[j] { within[labels[i], default: 0] += squared }
            }
        }
        let totalSS = total / Double(n)
        let withinSS = within.reduce(0.0) { $0 + $1.value / Double(sizes[$1.key] ?? 1) }
        return totalSS > 0 ? (totalSS - withinSS) / totalSS : .nan
    }

    /// The condition's term of `adonis(d ~ covariates + condition)`: adjusted for the covariates
    /// (sequential sums of squares put the condition last). People missing a covariate are left out.
    static func adonisRow(
        condition: String, site: String, metric: String, subset: DistanceMatrix, tested: [Int], labels: [String],
        profile: SiteProfile, covariates: [CohortCovariate], settings: CohortSettings
    ) -> BetaTestRow {
        var keep = [Int]()
        for (position, person) in tested.enumerated() {
            let sample = profile.sampleIDs[person]
            if covariates.allSatisfy({ covariate in
                guard let value = covariate.values[sample] else { return false }
                return !covariate.isNumeric || Double(value) != nil
            }) {
                keep.append(position)
            }
        }
        let keptLabels = keep.map { labels[$0] }
        let caseCount = keptLabels.filter { $0 == caseLabel }.count
        let controlCount = keptLabels.count - caseCount
        func row(_ statistic: Double, _ rSquared: Double, _ p: Double?, note: String) -> BetaTestRow {
            BetaTestRow(
                condition: condition, site: site, metric: metric, test: "adonis", caseCount: caseCount, controlCount: controlCount,
                statistic: statistic, rSquared: rSquared, pValue: p ?? .nan, note: note)
        }
        guard caseCount >= settings.minimumGroupSize, controlCount >= settings.minimumGroupSize else {
            return row(.nan, .nan, nil, note: tooFewNote(minimum: settings.minimumGroupSize) + " with every covariate present")
        }
        let groupName = "axis_condition"
        var variables = [String: AdonisVariable]()
        variables[groupName] = .categorical(keptLabels)
        for covariate in covariates {
            let values = keep.map { covariate.values[profile.sampleIDs[tested[$0]]] ?? "" }
            variables[covariate.name] = covariate.isNumeric ? .numeric(values.map { Double($0) ?? .nan }) : .categorical(values)
        }
        let formulaText = (covariates.map { "`\($0.name)`" } + [groupName]).joined(separator: " + ")
        do {
            let formula = try AdonisFormula(parsing: formulaText)
            let kept = try subset.filtered(to: keep.map { subset.ids[$0] })
            let fit = try adonis(
                kept, formula: formula, variables: variables, permutations: settings.permutations, seed: settings.seed,
                threads: settings.threads)
            guard let term = fit.rows.first(where: { $0.term == groupName }) else { return row(.nan, .nan, nil, note: "not testable") }
            let note = "adjusted for " + covariates.map(\.name).joined(separator: ", ")
            return row(term.pseudoF ?? .nan, term.rSquared, term.pValue, note: note)
        } catch {
            return row(.nan, .nan, nil, note: "not testable: \(error)")
        }
    }
}
