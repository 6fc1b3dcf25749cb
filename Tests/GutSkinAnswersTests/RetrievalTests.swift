import Foundation
import Testing

@testable import GutSkinAnswers

/// The FTS5 index, synonyms and spelling correction.
@Suite struct RetrievalTests {
    let index: StatementIndex

    init() throws { index = try StatementIndex(knowledge: .standard) }

    @Test func sqliteHasFTS5WithPorterStemming() throws {
        // "itching" must find "itch" only through the Porter stemmer.
        let single = Knowledge(statements: [
            KnowledgeStatement(id: "x", kind: .definition, topic: "t", text: "skin itching", grade: nil, citations: ["hmp-2012"])
        ])
        #expect(try StatementIndex(knowledge: single).search("itch").map(\.id) == ["x"])
    }

    @Test(arguments: [("exzema", "eczema"), ("probiotcs", "probiotics"), ("butyate", "butyrate"), ("dysbiosis", "dysbiosis")])
    func correctsMisspellings(_ typed: String, _ corrected: String) {
        #expect(index.searchWords(typed).specific.contains(corrected))
    }

    @Test func synonymsExpandBothWays() {
        #expect(index.searchWords("eczema").specific.contains("atopic"))
        #expect(index.searchWords("atopic dermatitis").specific.contains("eczema"))
        #expect(index.searchWords("pimples").specific.contains("acne"))
        #expect(
            index.searchWords("gut flora").specific.contains("microbiome") || index.searchWords("gut flora").general.contains("microbiome"))
        #expect(index.searchWords("scfa").specific.contains("short"))
    }

    @Test func generalWordsAloneFindNothing() throws {
        #expect(try index.search("is it bad for my body").isEmpty)
        // Gut and skin together ask about the axis itself.
        #expect(try index.search("how does the gut affect the skin").first?.id == "axis-gut-skin")
    }

    @Test func spellingDistanceCountsTranspositionsOnce() {
        #expect(SpellingCorrector.distance("exzema", "eczema", limit: 2) == 1)
        #expect(SpellingCorrector.distance("butyarte", "butyrate", limit: 2) == 1)
        #expect(SpellingCorrector.distance("abc", "xyz", limit: 2) == 3)
    }
}
