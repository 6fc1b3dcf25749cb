import Testing
@testable import GutSkinAxis

@Suite struct BibliographyTests {
    @Test func keysAreUnique() {
        let keys = Bibliography.all.map(\.key)
        #expect(Set(keys).count == keys.count)
    }

    @Test func everyCitedKeyExists() {
        let cited = TraitTable.standard.assignments.map(\.citation) + LiteratureAssociation.standard.map(\.citation)
        for key in Set(cited) {
            #expect(Bibliography.citation(key) != nil, "missing citation \(key)")
        }
    }

    @Test func referencesNameAYearAndDOIsHaveNoPrefix() {
        for citation in Bibliography.all {
            #expect(citation.reference.hasSuffix(").") , "\(citation.key) should end with (year).")
            if let doi = citation.doi { #expect(doi.hasPrefix("10."), "\(citation.key)") }
        }
    }
}
