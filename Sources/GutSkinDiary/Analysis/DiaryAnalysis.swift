import GutSkinKernels

/// The n-of-1 analysis of a diary: every exposure × symptom × lag compared with a block permutation
/// test on the detrended symptom, Benjamini–Hochberg q-values across all tests run, HAC intervals,
/// multivariable models of the leading candidates, overlapping exposures, phase comparisons and,
/// when a challenge schedule is given, its randomisation test. docs/diary.md explains each choice.
public enum DiaryAnalysis {
    public static func run(
        _ diary: Diary, options: DiaryAnalysisOptions = DiaryAnalysisOptions(),
        challenge: ChallengeSchedule? = nil,
        progress: (@Sendable (Double) -> Void)? = nil
    ) -> DiaryAnalysisResult {
        let series = DailySeries(diary: diary, vocabulary: options.vocabulary)
        let n = series.dayCount
        let lags = Array(Set(options.lags.filter { $0 >= 0 && $0 < n })).sorted()
        let detrended = series.symptoms.map { Detrending.highPass($0, period: options.trendPeriod) }

        // Populations: days whose lagged day was logged; families: exposed days per exposure and lag.
        let populations: [[Int32]] = lags.map { lag in
            (lag..<max(lag, n)).filter { series.logged[$0 - lag] }.map { Int32($0) }
        }
        var families: [PermutationScan.Family] = []
        var familyKeys: [(exposure: Int, lag: Int)] = []
        for (e, exposure) in series.exposures.enumerated() {
            let days = (0..<n).filter { exposure.present[$0] && series.logged[$0] }.map { Int32($0) }
            families.append(.init(days: days, offsets: lags, populations: Array(lags.indices)))
            for lag in lags { familyKeys.append((e, lag)) }
        }
        let scan = PermutationScan(symptoms: detrended, populations: populations, families: families, minimumDays: options.minimumDays)
        let outcomes = scan.run(
            permutations: options.permutations, blockLength: options.blockLength, seed: options.seed,
            threads: options.threads, progress: progress)

        var candidates: [DiaryAnalysisResult.Candidate] = []
        for (f, key) in familyKeys.enumerated() {
            let exposure = series.exposures[key.exposure]
            for symptom in series.symptomNames.indices {
                let outcome = outcomes[f][symptom]  // f: the comparison (exposure, lag)
                guard outcome.exposedCount + outcome.unexposedCount > 0 else { continue }
                let tooFew = outcome.exposedCount < options.minimumDays || outcome.unexposedCount < options.minimumDays
                var interval: (low: Double, high: Double)?
                if !tooFew, let fit = regression(symptom: detrended[symptom], terms: [(exposure.present, key.lag)], logged: series.logged) {
                    interval = fit.interval(1)
                }
                candidates.append(
                    .init(
                        exposure: exposure.name, source: exposure.source, symptom: series.symptomNames[symptom], lag: key.lag,
                        effect: outcome.effect, ciLow: interval?.low, ciHigh: interval?.high, pValue: outcome.pValue, qValue: nil,
                        nExposed: outcome.exposedCount, nUnexposed: outcome.unexposedCount, tooFew: tooFew,
                        moreExposedDaysNeeded: max(0, options.minimumDays - outcome.exposedCount),
                        moreUnexposedDaysNeeded: max(0, options.minimumDays - outcome.unexposedCount), items: exposure.items))
            }
        }
        let qValues = PValueAdjustment.bh.adjust(candidates.map { $0.pValue ?? .nan })
        for index in candidates.indices where !qValues[index].isNaN { candidates[index].qValue = qValues[index] }
        candidates.sort(by: rankedBefore)

        let testsRun = candidates.filter { $0.pValue != nil }.count
        let adjusted = adjustedModels(candidates, series: series, detrended: detrended, options: options)
        let coExposures = CoExposureSummary.pairs(of: candidates, series: series)
        let phases = PhaseAnalysis.compare(diary, series: series, options: options)
        let challengeResult = challenge.map { ChallengeTest.run($0, series: series, seed: options.seed) }
        var result = DiaryAnalysisResult(
            candidates: candidates, adjusted: adjusted, coExposures: coExposures, phases: phases, challenge: challengeResult,
            days: n, firstDay: diary.dateRange?.lowerBound, lastDay: diary.dateRange?.upperBound,
            symptoms: series.symptomNames, exposures: series.exposures.map(\.name), testsRun: testsRun,
            permutations: options.permutations, seed: options.seed, blockLength: options.blockLength,
            trendPeriodDays: options.trendPeriod, notes: [])
        result.notes = DiaryNotes.make(result, options: options)
        return result
    }

    /// Lower q first (untested last), then the larger effect.
    static func rankedBefore(_ a: DiaryAnalysisResult.Candidate, _ b: DiaryAnalysisResult.Candidate) -> Bool {
        let qa = a.qValue ?? .infinity
        let qb = b.qValue ?? .infinity
        if qa != qb { return qa < qb }
        if abs(a.effect) != abs(b.effect) { return abs(a.effect) > abs(b.effect) }
        return (a.exposure, a.symptom, a.lag) < (b.exposure, b.symptom, b.lag)
    }

    /// HAC regression of a symptom on a constant and lagged exposures, over days with the symptom
    /// logged and every lagged day logged.
    static func regression(symptom: [Double], terms: [(present: [Bool], lag: Int)], logged: [Bool]) -> NeweyWestRegression? {
        var y: [Double] = []
        var x: [[Double]] = []
        for t in symptom.indices where !symptom[t].isNaN {
            guard terms.allSatisfy({ t - $0.lag >= 0 && logged[t - $0.lag] }) else { continue }
            y.append(symptom[t])
            x.append([1] + terms.map { $0.present[t - $0.lag] ? 1 : 0 })
        }
        return NeweyWestRegression(y: y, x: x)
    }

    /// Per symptom, its leading tested candidates (p < 0.05, at most `adjustedTerms` exposure–lag pairs)
    /// fitted together, so a tag that only travels with another — or an exposure's same-day shadow of
    /// its next-day effect — is not called a trigger.
    static func adjustedModels(
        _ candidates: [DiaryAnalysisResult.Candidate], series: DailySeries, detrended: [[Double]],
        options: DiaryAnalysisOptions
    ) -> [DiaryAnalysisResult.AdjustedModel] {
        var models: [DiaryAnalysisResult.AdjustedModel] = []
        for (s, symptom) in series.symptomNames.enumerated() {
            var chosen: [DiaryAnalysisResult.Candidate] = []
            for candidate in candidates where candidate.symptom == symptom && (candidate.pValue ?? 1) < 0.05 {
                guard !chosen.contains(where: { $0.exposure == candidate.exposure && $0.lag == candidate.lag }),
                    chosen.count < options.adjustedTerms
                else { continue }
                chosen.append(candidate)
            }
            while chosen.count >= 2 {
                let terms = chosen.map { candidate in
                    (series.exposures.first { $0.name == candidate.exposure }!.present, candidate.lag)
                }
                if let fit = regression(symptom: detrended[s], terms: terms, logged: series.logged) {
                    models.append(
                        .init(
                            symptom: symptom, days: fit.observations, maxLags: fit.maxLags,
                            terms: chosen.indices.map { i in
                                let interval = fit.interval(i + 1)
                                return .init(
                                    exposure: chosen[i].exposure, lag: chosen[i].lag, effect: fit.coefficients[i + 1],
                                    standardError: fit.standardErrors[i + 1], ciLow: interval.low, ciHigh: interval.high,
                                    pValue: fit.pValue(i + 1), unadjustedEffect: chosen[i].effect)
                            }))
                    break
                }
                chosen.removeLast()  // collinear exposures (the same days): drop the weakest and refit
            }
        }
        return models
    }
}
