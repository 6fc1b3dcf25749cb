import GutSkinKernels

/// Diet and lifestyle columns (`--covariate`) against gut measures: alpha diversity and the
/// butyrate-producer share, one value per person (their chosen gut sample). Numeric columns:
/// Spearman; categorical: Mann–Whitney for two levels, Kruskal–Wallis for more, using levels
/// with at least the minimum group size.
enum CovariatePanel {
    static func test(
        profiles: [SiteProfile], covariates: [CohortCovariate], settings: CohortSettings, into result: inout CohortAnalysisResult
    ) {
        let minimum = settings.minimumGroupSize
        for profile in profiles where profile.site.role == .gut {
            var outcomes = profile.alpha.map { (name: $0.metric.rawValue, values: $0.values) }
            if let butyrate = profile.scores.first(where: { $0.name == ScoreKind.butyrateProducers.rawValue }) {
                outcomes.append((butyrate.name, butyrate.values))
            }
            for covariate in covariates {
                for outcome in outcomes {
                    var numbers = [(Double, Double)]()
                    var levels = [String: [Double]]()
                    for (person, sample) in profile.sampleIDs.enumerated() {
                        guard let value = covariate.values[sample], !outcome.values[person].isNaN else { continue }
                        if covariate.isNumeric {
                            if let number = Double(value) { numbers.append((number, outcome.values[person])) }
                        } else {
                            levels[value, default: []].append(outcome.values[person])
                        }
                    }
                    func row(_ test: String, _ n: Int, _ groups: String, _ statistic: Double, _ p: Double, _ note: String) -> CovariateRow {
                        CovariateRow(
                            covariate: covariate.name, site: profile.site.value, outcome: outcome.name, test: test, count: n,
                            groups: groups, statistic: statistic, pValue: p, note: note)
                    }
                    if covariate.isNumeric {
                        guard numbers.count >= minimum else {
                            result.covariateTests.append(
                                row("Spearman", numbers.count, "", .nan, .nan, "too few (fewer than \(minimum) people)"))
                            continue
                        }
                        let test = try? spearman(numbers.map(\.0), numbers.map(\.1))
                        var spearmanRow = row(
                            "Spearman", numbers.count, "", test?.statistic ?? .nan, test?.pValue ?? .nan, test == nil ? "not testable" : "")
                        spearmanRow.effect = test?.statistic ?? .nan
                        spearmanRow.effectName = "rho"
                        result.covariateTests.append(spearmanRow)
                    } else {
                        let sortedLevels = levels.keys.sorted()
                        let groups = sortedLevels.map { "\($0) \(levels[$0]!.count)" }.joined(separator: "; ")
                        let usable = sortedLevels.filter { levels[$0]!.count >= minimum }
                        let n = usable.reduce(0) { $0 + levels[$1]!.count }
                        let medians = sortedLevels.map { "\($0) \(tsvNumber(nanMedian(levels[$0]!)))" }.joined(separator: "; ")
                        if usable.count < 2 {
                            var tooFew = row("Kruskal–Wallis", n, groups, .nan, .nan, tooFewNote(minimum: minimum))
                            tooFew.medians = medians
                            result.covariateTests.append(tooFew)
                        } else if usable.count == 2 {
                            let test = try? mannWhitneyU(levels[usable[0]]!, levels[usable[1]]!)
                            var twoLevels = row(
                                "Mann–Whitney (\(usable[0]) vs \(usable[1]))", n, groups, test?.statistic ?? .nan, test?.pValue ?? .nan,
                                usable.count < sortedLevels.count ? "levels with fewer than \(minimum) people left out" : "")
                            twoLevels.medians = medians
                            twoLevels.effect = EffectSize.rankBiserial(levels[usable[0]]!, levels[usable[1]]!)
                            twoLevels.effectName = "rank-biserial r (positive: \(usable[1]) higher)"
                            result.covariateTests.append(twoLevels)
                        } else {
                            let test = try? kruskalWallis(usable.map { levels[$0]! })
                            var manyLevels = row(
                                "Kruskal–Wallis", n, groups, test?.statistic ?? .nan, test?.pValue ?? .nan,
                                usable.count < sortedLevels.count ? "levels with fewer than \(minimum) people left out" : "")
                            manyLevels.medians = medians
                            manyLevels.effect = (test?.statistic ?? .nan) / Double(n - 1)
                            manyLevels.effectName = "epsilon squared"
                            result.covariateTests.append(manyLevels)
                        }
                    }
                }
            }
        }
        adjustInPlace(&result.covariateTests, p: \.pValue, q: \.qValue)
    }
}
