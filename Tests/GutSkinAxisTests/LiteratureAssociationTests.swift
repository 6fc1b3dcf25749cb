import Testing
@testable import GutSkinAxis

@Suite struct LiteratureAssociationTests {
    @Test func statementsStateAssociationsOnly() {
        let banned = ["cures", "treats", "diagnos", "buy", "recommend", "causes", "prevents"]
        for association in LiteratureAssociation.standard {
            let text = association.statement.lowercased()
            #expect(text.contains("associated"), "\(association.id)")
            for word in banned { #expect(!text.contains(word), "\(association.id) contains \(word)") }
        }
    }

    @Test func identifiersAreUniqueAndStrengthsAreGiven() {
        let ids = LiteratureAssociation.standard.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(LiteratureAssociation.standard.allSatisfy { !$0.strength.isEmpty })
    }
}
