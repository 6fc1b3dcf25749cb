import Foundation
import GutSkinCore
import GutSkinDiary
import GutSkinRendering
import Testing

/// The page carries the caution, one calendar and one line per symptom, the ranked table, and only
/// association wording.
@Suite struct DiaryPageTests {
    @Test func pageHasTheCautionPlotsAndRankedTable() {
        var simulation = DiarySimulation()
        simulation.days = 45
        simulation.symptoms = ["itch", "stool"]
        simulation.planted = [.init(item: "milk", symptom: "itch", lag: 1, size: 3)]
        var generator = SeededRandomNumberGenerator(seed: 8)
        let diary = simulation.diary(using: &generator)
        var options = DiaryAnalysisOptions()
        options.permutations = 999
        options.lags = [1]
        let result = DiaryAnalysis.run(diary, options: options)
        let html = DiaryPage.html(result, diary: diary)
        #expect(html.contains(DiaryPage.caution.replacingOccurrences(of: "'", with: "&#39;")))
        #expect(html.components(separatedBy: "<title>Calendar of daily").count - 1 == 2)
        #expect(html.components(separatedBy: "<title>Daily ").count - 1 == 2)
        #expect(html.contains("<th class=\"number\">q</th>"))
        #expect(html.contains("On the day after dairy your itch score was"))
        #expect(!html.contains("<script") && !html.contains("src=\"http") && !html.contains("href=\"http"))
        for word in ["diagnosed", "you are allergic", "causes your", "we recommend", "buy "] { #expect(!html.lowercased().contains(word)) }
    }

    @Test func sentencesSayChanceInPlainWords() {
        #expect(DiarySentence.chance(0.005) == "about 1 time in 200")
        #expect(DiarySentence.chance(0.0001) == "about 1 time in 10,000")
        #expect(DiarySentence.chance(0.04) == "about 1 time in 25")
        #expect(DiarySentence.chance(0.6) == "about as often as not")
        let top = DiaryAnalysisResult.Candidate(
            exposure: "dairy", source: "tag", symptom: "itch", lag: 1, effect: 1.84, ciLow: 0.9, ciHigh: 2.7, pValue: 0.0001,
            qValue: 0.004, nExposed: 20, nUnexposed: 40, tooFew: false, moreExposedDaysNeeded: 0, moreUnexposedDaysNeeded: 0,
            items: ["milk"])
        #expect(
            DiarySentence.candidate(top, tests: 32, permutations: 9999)
                == "On the day after dairy your itch score was 1.8 points higher on average (95% interval 0.9 to 2.7); a difference "
                + "this large would come up by chance at most 1 time in 10,000, and it still stands out after allowing for all 32 "
                + "comparisons (q = 0.004).")
    }
}
