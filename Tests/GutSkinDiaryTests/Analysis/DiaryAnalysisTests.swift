import Foundation
import GutSkinCore
import GutSkinDiary
import GutSkinRendering
import Testing

/// The analysis's contract: the same result for any thread count, "too few" without p-values and
/// with the days still needed, candidates sorted by q then effect, the documented JSON keys.
@Suite struct DiaryAnalysisTests {
    static func plantedDiary(days: Int = 60, seed: UInt64 = 5) -> Diary {
        var simulation = DiarySimulation()
        simulation.days = days
        simulation.items = ["milk", "bread", "apple", "coffee"]
        simulation.symptoms = ["itch", "redness"]
        simulation.planted = [.init(item: "milk", symptom: "itch", lag: 1, size: 2)]
        var generator = SeededRandomNumberGenerator(seed: seed)
        return simulation.diary(using: &generator)
    }

    static func options(threads: Int, permutations: Int = 1999) -> DiaryAnalysisOptions {
        var options = DiaryAnalysisOptions()
        options.permutations = permutations
        options.seed = 11
        options.threads = threads
        return options
    }

    @Test func sameResultForAnyThreadCount() {
        let diary = Self.plantedDiary()
        let one = DiaryAnalysis.run(diary, options: Self.options(threads: 1))
        let three = DiaryAnalysis.run(diary, options: Self.options(threads: 3))
        #expect(one == three)
        var otherSeed = Self.options(threads: 1)
        otherSeed.seed = 12
        #expect(DiaryAnalysis.run(diary, options: otherSeed).candidates.map(\.pValue) != one.candidates.map(\.pValue))
    }

    @Test func findsThePlantedEffectAndSortsByQThenEffect() throws {
        let result = DiaryAnalysis.run(Self.plantedDiary(), options: Self.options(threads: 2))
        let top = try #require(result.candidates.first)
        #expect(top.exposure == "dairy" && top.symptom == "itch" && top.lag == 1)
        #expect(top.effect > 1 && top.effect < 3)
        #expect((top.ciLow ?? 9) < top.effect && top.effect < (top.ciHigh ?? -9))
        #expect((top.qValue ?? 1) < 0.05)
        let tested = result.candidates.filter { $0.qValue != nil }
        for (a, b) in zip(tested, tested.dropFirst()) {
            #expect(a.qValue! < b.qValue! || (a.qValue! == b.qValue! && abs(a.effect) >= abs(b.effect)))
        }
        // Mean difference checked by hand from the daily series: days after milk vs the other days.
        let series = DailySeries(diary: Self.plantedDiary(), vocabulary: .standard)
        let itch = Detrending.highPass(series.symptoms[0])
        let milk = series.exposures.first { $0.name == "dairy" }!.present
        let after = (1..<60).filter { milk[$0 - 1] }.map { itch[$0] }
        let others = (1..<60).filter { !milk[$0 - 1] }.map { itch[$0] }
        let expected = after.reduce(0, +) / Double(after.count) - others.reduce(0, +) / Double(others.count)
        #expect(abs(top.effect - expected) < 1e-12)
        #expect(top.nExposed == after.count && top.nUnexposed == others.count)
    }

    @Test func tooFewDaysGiveNoPValueAndSayWhatIsNeeded() throws {
        var entries: [DiaryEntry] = []
        let start = DiaryDate(year: 2026, month: 3, day: 1)
        for day in 0..<20 {
            if day % 5 == 0 { entries.append(.init(date: start.adding(days: day), kind: .food, item: "vodka")) }
            entries.append(.init(date: start.adding(days: day), kind: .symptom, item: "redness", value: Double(day % 4)))
        }
        let result = DiaryAnalysis.run(Diary(entries: entries), options: Self.options(threads: 1, permutations: 99))
        let wine = try #require(result.candidates.first { $0.exposure == "alcohol" && $0.lag == 0 })
        #expect(wine.tooFew && wine.pValue == nil && wine.qValue == nil)
        #expect(wine.nExposed == 4 && wine.moreExposedDaysNeeded == 3 && wine.moreUnexposedDaysNeeded == 0)
        #expect(result.testsRun == 0)
        #expect(result.notes[0].hasPrefix("Too few days to test anything yet"))
        #expect(
            DiarySentence.candidate(wine, tests: 0)
                == "Too few days to compare redness with alcohol yet: it needs 3 more days with alcohol.")
    }

    @Test func jsonHasTheDocumentedKeys() throws {
        let result = DiaryAnalysis.run(Self.plantedDiary(), options: Self.options(threads: 1, permutations: 199))
        let object = try JSONSerialization.jsonObject(with: JSONEncoder().encode(result)) as! [String: Any]
        for key in ["candidates", "days", "notes", "adjusted", "co_exposures", "phases", "tests_run", "seed"] {
            #expect(object[key] != nil, "missing \(key)")
        }
        let first = (object["candidates"] as! [[String: Any]])[0]
        for key in [
            "exposure", "symptom", "lag", "effect", "ci_low", "ci_high", "p_value", "q_value", "n_exposed", "n_unexposed", "too_few",
        ] {
            #expect(first[key] != nil, "candidate missing \(key)")
        }
        let decoded = try JSONDecoder().decode(DiaryAnalysisResult.self, from: JSONEncoder().encode(result))
        #expect(decoded == result)
    }

    @Test func coExposuresAreReportedAndAdjustedModelsSeparateThem() {
        // Pizza (dairy + gluten + refined carbohydrates) most days, plus cheese alone on some: dairy and
        // the pizza tags overlap; itch follows dairy only.
        var entries: [DiaryEntry] = []
        var generator = SeededRandomNumberGenerator(seed: 3)
        let start = DiaryDate(year: 2026, month: 1, day: 1)
        var dairy = [Bool]()
        for day in 0..<90 {
            let pizza = Double.random(in: 0..<1, using: &generator) < 0.35
            let cheese = !pizza && Double.random(in: 0..<1, using: &generator) < 0.2
            let toast = !pizza && Double.random(in: 0..<1, using: &generator) < 0.15
            if pizza { entries.append(.init(date: start.adding(days: day), kind: .food, item: "pizza")) }
            if cheese { entries.append(.init(date: start.adding(days: day), kind: .food, item: "cheese")) }
            if toast { entries.append(.init(date: start.adding(days: day), kind: .food, item: "toast")) }
            dairy.append(pizza || cheese)
            let itch = 3 + (day > 0 && dairy[day - 1] ? 2.5 : 0) + Double.random(in: -1...1, using: &generator)
            entries.append(.init(date: start.adding(days: day), kind: .symptom, item: "itch", value: itch.rounded()))
        }
        var options = Self.options(threads: 2, permutations: 999)
        options.lags = [1]
        let result = DiaryAnalysis.run(Diary(entries: entries), options: options)
        #expect(result.coExposures.contains { Set([$0.first, $0.second]) == ["dairy", "refined carbohydrates / gluten"] })
        let model = result.adjusted.first { $0.symptom == "itch" }
        let dairyTerm = model?.terms.first { $0.exposure == "dairy" }
        let carbTerm = model?.terms.first { $0.exposure.contains("gluten") }
        #expect(dairyTerm.map { $0.ciLow > 0 } == true)
        #expect(carbTerm.map { $0.ciLow < 0 && $0.ciHigh > 0 } ?? true)
    }

    @Test func blockPermutationsAreThreadIndependentReorderings() {
        let permutation = BlockPermutation(dayCount: 23, blockLength: 7, seed: 9)
        let order = permutation.order(4)
        #expect(order.sorted() == Array(0..<23))
        #expect(order == BlockPermutation(dayCount: 23, blockLength: 7, seed: 9).order(4))
        #expect(order != permutation.order(5))
        // Within a block, consecutive days stay consecutive (around the circle).
        var kept = 0
        for p in 1..<23 where order[p] == (order[p - 1] + 1) % 23 { kept += 1 }
        #expect(kept >= 23 - 2 * 4)
    }
}

/// The scan's fast path (consecutive lags, one contiguous run per day) and its general path
/// (other lags) give the same statistics and p-values, on a diary with unlogged symptom days.
@Suite struct PermutationScanPathTests {
    @Test func consecutiveAndScatteredLagsAgree() {
        var entries = DiaryAnalysisTests.plantedDiary(days: 70, seed: 21).entries
        entries.removeAll { $0.kind == .symptom && $0.date.dayNumber % 6 == 0 }  // gaps: not every day logged
        let diary = Diary(entries: entries)
        var consecutive = DiaryAnalysisOptions()
        consecutive.lags = [0, 1, 2, 3]
        consecutive.permutations = 499
        consecutive.threads = 2
        var scattered = consecutive
        scattered.lags = [0, 2, 3]
        let all = DiaryAnalysis.run(diary, options: consecutive).candidates
        let some = DiaryAnalysis.run(diary, options: scattered).candidates
        #expect(some.count == all.count / 4 * 3)
        for candidate in some {
            let twin = all.first { $0.exposure == candidate.exposure && $0.symptom == candidate.symptom && $0.lag == candidate.lag }
            #expect(twin?.effect == candidate.effect && twin?.pValue == candidate.pValue)
            #expect(twin?.nExposed == candidate.nExposed && twin?.nUnexposed == candidate.nUnexposed)
        }
    }
}
