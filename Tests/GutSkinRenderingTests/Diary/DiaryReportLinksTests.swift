import Foundation
import GutSkinCore
import GutSkinDiary
import GutSkinRendering
import Testing

/// The mapping from diary tags to report parts: the pairs the issue names, tags that exist in the
/// built-in vocabulary, anchors the report page has, and candidates grouped and ranked per part.
@Suite struct DiaryReportLinksTests {
    static func candidate(
        _ exposure: String, source: String = "tag", q: Double?, effect: Double = 1, tooFew: Bool = false
    ) -> DiaryAnalysisResult.Candidate {
        DiaryAnalysisResult.Candidate(
            exposure: exposure, source: source, symptom: "itch", lag: 1, effect: effect, ciLow: tooFew ? nil : effect - 1,
            ciHigh: tooFew ? nil : effect + 1, pValue: tooFew ? nil : q, qValue: tooFew ? nil : q, nExposed: 10, nUnexposed: 20,
            tooFew: tooFew, moreExposedDaysNeeded: tooFew ? 3 : 0, moreUnexposedDaysNeeded: 0, items: [])
    }

    @Test func mappingHoldsTheNamedPairsWithKnownTagsAndReportAnchors() {
        let byTag = Dictionary(
            DiaryReportLinks.sections.flatMap { section in section.tags.map { ($0, section.id) } }, uniquingKeysWith: { first, _ in first })
        #expect(byTag["dairy"] == "acne")
        #expect(byTag["sugary foods"] == "acne")
        #expect(byTag["refined carbohydrates"] == "acne")
        #expect(byTag["high-fibre foods"] == "short-chain-fatty-acids")
        #expect(byTag["fermented foods"] == "short-chain-fatty-acids")
        #expect(byTag["probiotic"] == "short-chain-fatty-acids")
        #expect(byTag["fragranced product"] == "skin-barrier")
        #expect(byTag["new cleanser or moisturiser"] == "skin-barrier")
        #expect(byTag["alcohol"] == nil)
        let known = Set(TagVocabulary.standard.keywords.map(\.tag))
        for section in DiaryReportLinks.sections {
            for tag in section.tags { #expect(known.contains(DiaryReportLinks.normalised(tag)), "\(tag) is a built-in tag") }
            let anchor = section.anchor
            #expect(ReportPage.sectionIDs.contains(anchor) || anchor.hasPrefix("score-gut-"), "\(anchor) is a report anchor")
        }
    }

    @Test func candidatesAreGroupedPerReportPartRankedAndTooFewLeftOut() {
        let candidates = [
            Self.candidate("alcohol", q: 0.001),
            Self.candidate("dairy", q: 0.2, effect: 0.5),
            Self.candidate("refined carbohydrates / gluten", q: 0.01, effect: 2),
            Self.candidate("sugary foods", q: nil, tooFew: true),
            Self.candidate("kefir", source: "item", q: 0.04),
            Self.candidate("fragranced product", q: 0.5, effect: -0.3),
            Self.candidate("high fibre foods", q: 0.3, effect: -1),
        ]
        let grouped = DiaryReportLinks.candidates(candidates)
        #expect(grouped.map(\.section.id) == ["acne", "short-chain-fatty-acids", "skin-barrier"])
        // Kefir is an item the vocabulary tags dairy and fermented: it goes beside both parts.
        #expect(grouped[0].candidates.map(\.exposure) == ["refined carbohydrates / gluten", "kefir", "dairy"], "by q, too few left out")
        #expect(grouped[1].candidates.map(\.exposure) == ["kefir", "high fibre foods"], "the vocabulary's spelling of high-fibre")
        #expect(grouped[2].candidates.map(\.exposure) == ["fragranced product"])
        #expect(DiaryReportLinks.candidates([Self.candidate("alcohol", q: 0.01), Self.candidate("dairy", q: nil, tooFew: true)]).isEmpty)
        let many = (0..<9).map { Self.candidate("dairy", q: Double($0) / 100) }
        #expect(DiaryReportLinks.candidates(many).first?.candidates.count == DiaryReportLinks.perSection)
    }

    @Test func reportSectionShowsThePlantedDairyCandidateBesideTheAcneNotes() {
        var simulation = DiarySimulation()
        simulation.days = 60
        simulation.symptoms = ["itch"]
        simulation.planted = [.init(item: "milk", symptom: "itch", lag: 1, size: 3)]
        var generator = SeededRandomNumberGenerator(seed: 8)
        let diary = simulation.diary(using: &generator)
        var options = DiaryAnalysisOptions()
        options.permutations = 999
        options.lags = [1]
        let result = DiaryAnalysis.run(diary, options: options)
        let html = DiaryReportLinks.html(result)
        #expect(html.hasPrefix("<section id=\"diary\"><h2>From your diary</h2>"))
        #expect(html.contains("<h3>Foods and acne-related notes</h3>"))
        #expect(html.contains("<a href=\"#questionnaire\">"))
        #expect(html.contains("On the day after dairy your itch score was"))
        #expect(html.contains("not diagnoses, allergies or causes"))
        var nothing = result
        let mapped = Set(DiaryReportLinks.sections.flatMap(\.tags).map(DiaryReportLinks.normalised))
        nothing.candidates = nothing.candidates.filter { DiaryReportLinks.tags(of: $0).isDisjoint(with: mapped) }
        #expect(nothing.candidates.count < result.candidates.count, "the diary had related candidates to remove")
        #expect(DiaryReportLinks.html(nothing).isEmpty, "no section when nothing relates to the report")
    }
}
