import GutSkinAxis

/// The analysis's notes in plain words: what stands out, or that nothing does yet and how many
/// more days would tell; what travels together; the limits of phases; the caution.
enum DiaryNotes {
    static func make(_ result: DiaryAnalysisResult, options: DiaryAnalysisOptions) -> [String] {
        var notes: [String] = []
        let standing = result.standingOut(threshold: options.qThreshold)
        if result.symptoms.isEmpty {
            notes.append(
                "No symptoms are logged yet: add symptom rows (itch, redness, breakouts, dryness, bloating, 0–10) to compare days.")
        } else if result.exposures.isEmpty {
            notes.append("No foods or products are logged yet: add food and product rows to compare days with and without them.")
        } else if result.testsRun == 0 {
            let needs = result.candidates.map { max($0.moreExposedDaysNeeded, $0.moreUnexposedDaysNeeded) }.min() ?? options.minimumDays
            notes.append(
                "Too few days to test anything yet: each comparison needs at least \(options.minimumDays) days with and "
                    + "\(options.minimumDays) without an exposure; the closest needs \(needs) more.")
        } else if standing.isEmpty {
            notes.append(
                "Nothing stands out yet: none of the \(result.testsRun) comparisons has q < \(HTMLText.number(options.qThreshold)). "
                    + "More days logged (with and without each food) make real effects easier to see.")
        } else {
            notes.append(
                "\(standing.count) of \(result.testsRun) comparisons \(standing.count == 1 ? "stands" : "stand") out "
                    + "at q < \(HTMLText.number(options.qThreshold))."
            )
        }
        if options.permutations > 0 && result.testsRun > 0 {
            let smallest = 1 / Double(options.permutations + 1)
            if smallest > options.qThreshold / Double(result.testsRun) {
                let needed = Int((Double(result.testsRun) / options.qThreshold).rounded(.up))
                notes.append(
                    "With \(options.permutations) permutations the smallest possible p (\(HTMLText.number(smallest, decimals: 5))) "
                        + "is too coarse for a single association to stand out among \(result.testsRun) comparisons; "
                        + "use at least \(needed) permutations (--permutations), or fewer lags.")
            }
        }
        let tooFew = result.candidates.filter(\.tooFew).count
        if tooFew > 0 { notes.append("\(tooFew) comparisons had too few days for a p-value; each lists how many more days it needs.") }
        if options.permutations > 0 && result.testsRun > 0 {
            notes.append(
                "p-values from \(options.permutations) block permutations (blocks of \(options.blockLength) days) of the symptom "
                    + "after removing drift slower than \(HTMLText.number(options.trendPeriod)) days; q-values by Benjamini–Hochberg "
                    + "over all \(result.testsRun) tests.")
        }
        for pair in result.coExposures.prefix(5) {
            notes.append(
                "\(pair.first) and \(pair.second) travel together (\(pair.daysBoth) shared days, overlap "
                    + "\(HTMLText.percent(pair.overlap))): an association with one may belong to the other; see the adjusted models.")
        }
        if !result.phases.isEmpty {
            notes.append(
                "Phase comparisons (elimination vs reintroduction) cannot separate the item from anything else that changed over "
                    + "the same weeks; a randomised challenge (gutskin diary challenge) can.")
        }
        notes.append(
            "These are associations in one person's diary, not allergies or causes. A suspected food allergy (hives, swelling, "
                + "breathing trouble) needs a clinician; do not cut out whole food groups without advice.")
        return notes
    }
}
