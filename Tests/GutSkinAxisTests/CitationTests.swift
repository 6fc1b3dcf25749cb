import Foundation
import Testing

@testable import GutSkinAxis

/// Citations given in parts, and the bibliography `gutskin --citations` is drawn from.
@Suite struct CitationTests {
    @Test func partsMakeTheSameReferenceAsBefore() throws {
        // The two entries the report cited before they were given in parts: their reference text
        // (written into every report's JSON) is unchanged, by hand from the earlier source.
        #expect(
            Bibliography.citation("rezaie-2017")?.reference
                == "Rezaie A, Buresi M, Lembo A, et al. Hydrogen and methane-based breath testing in gastrointestinal disorders: the North American Consensus. Am J Gastroenterol 112:775–784 (2017)."
        )
        #expect(
            Bibliography.citation("faith-1992")?.reference
                == "Faith DP. Conservation evaluation and phylogenetic diversity. Biol Conserv 61:1–10 (1992).")
    }

    @Test func authorYearStyle() throws {
        let faith = try #require(Bibliography.citation("faith-1992"))
        #expect(
            faith.authorYear
                == "Faith DP (1992) Conservation evaluation and phylogenetic diversity. Biol Conserv 61:1–10. doi:10.1016/0006-3207(92)91201-3"
        )
        let mantel = try #require(Bibliography.citation("mantel-1967"))
        #expect(mantel.reference == "Mantel N. Cancer Res 27:209–220 (1967).")
        #expect(mantel.authorYear == "Mantel N (1967) Cancer Res 27:209–220")
    }

    @Test func jsonKeepsKeyReferenceAndDOI() throws {
        let faith = try #require(Bibliography.citation("faith-1992"))
        let json = String(decoding: try JSONEncoder().encode(faith), as: UTF8.self)
        #expect(json.contains("\"key\"") && json.contains("\"reference\"") && json.contains("\"doi\"") && !json.contains("parts"))
        let back = try JSONDecoder().decode(Citation.self, from: Data(json.utf8))
        #expect(back.reference == faith.reference && back.doi == faith.doi && back.key == faith.key)
    }

    @Test func softwareIsFoundByKey() {
        #expect(Bibliography.citation("scikit-bio") != nil)
        #expect(Bibliography.citation("vegan") != nil)
    }
}
