import Testing

@testable import GutSkinAxis

@Suite struct BibliographyTests {
    /// A citation that gives neither a DOI nor a reason for having none.
    static func lacksDOIAndReason(_ citation: Citation) -> Bool {
        citation.doi == nil && (citation.noDOIReason ?? "").trimmingCharacters(in: .whitespaces).isEmpty
    }

    @Test func keysAreUnique() {
        let keys = (Bibliography.all + Bibliography.software).map(\.key)
        #expect(Set(keys).count == keys.count)
    }

    @Test func everyCitedKeyExists() {
        let cited =
            TraitTable.standard.assignments.map(\.citation) + LiteratureAssociation.standard.flatMap(\.citations)
            + EvidenceStatements.all.flatMap(\.citations) + SkinPHResult(readings: [5])!.citations
        for key in Set(cited) {
            #expect(Bibliography.citation(key) != nil, "missing citation \(key)")
        }
    }

    /// Every entry has a DOI or says why not; the check itself catches an entry that does neither.
    @Test func everyEntryHasADOIOrSaysWhyNot() {
        for citation in Bibliography.all + Bibliography.software {
            #expect(!Self.lacksDOIAndReason(citation), "\(citation.key) has no DOI and no noDOIReason")
            #expect(citation.doi == nil || citation.noDOIReason == nil, "\(citation.key) has a DOI and a reason for none")
        }
        #expect(Self.lacksDOIAndReason(Citation(key: "x", reference: "X. Y (2000).", doi: nil)))
        #expect(Self.lacksDOIAndReason(Citation(key: "x", reference: "X. Y (2000).", doi: nil, noDOIReason: " ")))
        #expect(!Self.lacksDOIAndReason(Citation(key: "x", reference: "X. Y (2000).", doi: nil, noDOIReason: "a book")))
    }

    @Test func referencesNameAYearAndDOIsHaveNoPrefix() {
        for citation in Bibliography.all {
            #expect(citation.reference.hasSuffix(")."), "\(citation.key) should end with (year).")
            if let doi = citation.doi { #expect(doi.hasPrefix("10."), "\(citation.key)") }
        }
    }

    /// Parts that evidence-for-answers.md could not verify are marked or left out, and the DOIs it
    /// verified are given (by hand from ../shared/knowledge/evidence-for-answers.md, section A).
    @Test func unverifiedPartsAreMarked() throws {
        let devillard = try #require(Bibliography.citation("devillard-2007"))
        #expect(devillard.doi == nil && !devillard.reference.contains("189:2566") && devillard.reference.contains("not verified"))
        #expect(try #require(Bibliography.citation("salsinha-2018")).reference.contains("authors not verified"))
        #expect(try #require(Bibliography.citation("yan-2018")).reference.contains("author list not verified"))
        let edslev = try #require(Bibliography.citation("edslev-2020"))
        #expect(edslev.doi == nil && edslev.noDOIReason == "DOI not verified" && edslev.reference.contains("review"))
        #expect(Bibliography.citation("smith-2007")?.doi == "10.1093/ajcn/86.1.107")
        #expect(Bibliography.citation("parodi-2008")?.doi == "10.1016/j.cgh.2008.02.054")
        #expect(Bibliography.citation("egeberg-2017")?.doi == "10.1111/bjd.14930")
        #expect(Bibliography.citation("juhl-2018-mr")?.doi == "10.3390/nu10081041")
        #expect(Bibliography.citation("makrgeorgou-2018")?.doi == "10.1002/14651858.CD006135.pub3")
        // Sources that evidence-for-answers.md could not find or verify are gone.
        #expect(Bibliography.citation("huang-2017") == nil && Bibliography.citation("baxter-2019") == nil)
    }
}
