/// Elimination and reintroduction phases of an item (`phase` rows): each symptom's mean during
/// reintroduction minus during elimination, tested with the same block permutation test as the
/// exposures. The symptom is not detrended here — a phase lasts weeks, and removing slow drift would
/// remove the phase's effect with it — so a phase comparison cannot tell the item from a change that
/// happened over the same weeks; the randomised challenge can.
enum PhaseAnalysis {
    static func compare(_ diary: Diary, series: DailySeries, options: DiaryAnalysisOptions) -> [DiaryAnalysisResult.PhaseComparison] {
        let marks = diary.entries.filter { $0.kind == .phase && $0.phase != nil }
        let items = marks.map { TagVocabulary.normalised($0.item) }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        guard !items.isEmpty else { return [] }
        var populations: [[Int32]] = []
        var families: [PermutationScan.Family] = []
        for item in items {
            let itemMarks = marks.filter { TagVocabulary.normalised($0.item) == item }.sorted { $0.date < $1.date }
            var state = [PhaseKind?](repeating: nil, count: series.dayCount)
            for (index, mark) in itemMarks.enumerated() {
                let from = mark.date.dayNumber - series.firstDay.dayNumber
                let to = index + 1 < itemMarks.count ? itemMarks[index + 1].date.dayNumber - series.firstDay.dayNumber : series.dayCount
                guard mark.phase != .end else { continue }
                for t in max(0, from)..<min(to, series.dayCount) { state[t] = mark.phase }
            }
            let population = state.indices.filter { state[$0] != nil }.map { Int32($0) }
            populations.append(population)
            families.append(
                .init(
                    days: population.filter { state[Int($0)] == .reintroduction }, offsets: [0], populations: [populations.count - 1]))
        }
        let scan = PermutationScan(
            symptoms: series.symptoms, populations: populations, families: families, minimumDays: options.minimumDays)
        let outcomes = scan.run(
            permutations: options.permutations, blockLength: options.blockLength, seed: options.seed ^ 0x5048_4153,
            threads: options.threads)
        var result: [DiaryAnalysisResult.PhaseComparison] = []
        for (f, item) in items.enumerated() {
            for symptom in series.symptomNames.indices where outcomes[f][symptom].exposedCount + outcomes[f][symptom].unexposedCount > 0 {
                let outcome = outcomes[f][symptom]
                result.append(
                    .init(
                        item: item, symptom: series.symptomNames[symptom], effect: outcome.effect,
                        nElimination: outcome.unexposedCount, nReintroduction: outcome.exposedCount, pValue: outcome.pValue,
                        tooFew: outcome.exposedCount < options.minimumDays || outcome.unexposedCount < options.minimumDays))
            }
        }
        return result
    }
}
