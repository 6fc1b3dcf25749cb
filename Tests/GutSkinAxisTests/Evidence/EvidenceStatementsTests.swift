import Testing

@testable import GutSkinAxis

/// One list of every statement a person reads, for the report, the cohort page and question answering.
@Suite struct EvidenceStatementsTests {
    @Test func everyAssociationAndTraitRowIsAStatementWithAUniqueID() throws {
        let all = EvidenceStatements.all
        #expect(all.count == LiteratureAssociation.standard.count + TraitTable.standard.assignments.count)
        #expect(Set(all.map(\.id)).count == all.count)
        #expect(all.allSatisfy { !$0.text.isEmpty && !$0.citations.isEmpty })
        let dairy = try #require(EvidenceStatements.statement("dairy-acne"))
        #expect(dairy.kind == .literature && dairy.topic == "dairy" && dairy.grade == .low)
        #expect(dairy.citations == ["juhl-2018", "aghasi-2019", "juhl-2018-mr"])
        let akkermansia = try #require(EvidenceStatements.statement("trait-mucin_degradation-akkermansia"))
        #expect(akkermansia.kind == .trait && akkermansia.citations == ["derrien-2004"] && akkermansia.contrary == nil)
        #expect(akkermansia.text.hasPrefix("Akkermansia is counted among mucin degraders: "))
        #expect(
            EvidenceStatements.statement("trait-gaba-bacteroides")?.text.hasPrefix("Bacteroides is counted among GABA producers") == true)
    }
}
