import Testing

@testable import GutSkinAxis
@testable import GutSkinRendering

/// The cohort page shows, under each condition, the same graded statements the person's report does.
@Suite struct CohortPageEvidenceTests {
    @Test func conditionNamesMapToTopics() {
        #expect(LiteratureAssociation.Topic(condition: "Eczema") == .atopicDermatitis)
        #expect(LiteratureAssociation.Topic(condition: "atopic_dermatitis") == .atopicDermatitis)
        #expect(LiteratureAssociation.Topic(condition: "Acne vulgaris") == .acne)
        #expect(LiteratureAssociation.Topic(condition: "PSORIASIS") == .psoriasis)
        #expect(LiteratureAssociation.Topic(condition: "rosacea") == .rosacea)
        #expect(LiteratureAssociation.Topic(condition: "Asthma") == nil)
    }

    @Test func conditionSectionsShowGradedStatements() throws {
        let result = try AxisSmallCase.run()  // conditions Eczema and Acne
        let html = AxisReportPage.render(result, commandLine: "gutskin axis test", version: "test")
        for association in LiteratureAssociation.standard where [.acne, .atopicDermatitis].contains(association.topic) {
            #expect(html.contains(HTMLText.escape(association.statement)), "\(association.id)")
        }
        #expect(!html.contains(HTMLText.escape(try #require(LiteratureAssociation.standard("dairy-acne")).statement)))
        #expect(html.contains("evidence: very low"))
        #expect(html.contains("<a href=\"https://doi.org/10.2340/00015555-2968\">Deng Y, Wang H, Zhou J, et al. 2018</a>"))
        #expect(html.contains("<a href=\"https://doi.org/10.1111/1346-8138.14586\">Yan, et al. (author list not verified) 2018</a>"))
    }
}
