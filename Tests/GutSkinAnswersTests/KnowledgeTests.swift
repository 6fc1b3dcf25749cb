import GutSkinAxis
import Testing

@testable import GutSkinAnswers

/// The knowledge answers draw on: every citation a Bibliography key, ids unique, wording safe.
@Suite struct KnowledgeTests {
    let knowledge = Knowledge.standard

    @Test func everyCitationIsABibliographyKey() {
        for statement in knowledge.statements {
            #expect(!statement.citations.isEmpty, "\(statement.id) cites nothing")
            for key in statement.citations {
                #expect(Bibliography.citation(key) != nil, "\(statement.id) cites '\(key)', which is not in Bibliography")
            }
        }
    }

    @Test func idsAreUnique() {
        let ids = knowledge.statements.map(\.id)
        #expect(Set(ids).count == ids.count)
    }

    @Test func includesEveryEvidenceStatementUnchanged() {
        for evidence in EvidenceStatements.all {
            let statement = knowledge.statement(evidence.id)
            #expect(statement?.text == evidence.text && statement?.grade == evidence.grade, "\(evidence.id)")
        }
    }

    @Test func everyReportScoreIsDefined() {
        for kind in ScoreKind.allCases {
            #expect(knowledge.statement("score-\(kind.rawValue)")?.score == kind.rawValue, "\(kind.rawValue)")
        }
        for id in ["score-gmhi", "score-skin_ph", "score-breath_test"] { #expect(knowledge.statement(id) != nil, "\(id)") }
    }

    @Test func findingsAreGradedAndDefinitionsAreNot() {
        for statement in knowledge.statements {
            #expect((statement.grade == nil) == (statement.kind == .definition), "\(statement.id)")
        }
    }

    /// The project's words rule: associations, never diagnoses, causes or product advice.
    @Test(arguments: ["you have", "is diagnosed", "you should take", "we recommend", "buy ", "cures", " causes acne"])
    func noStatementUsesBannedWording(_ phrase: String) {
        for statement in knowledge.statements {
            #expect(!statement.text.lowercased().contains(phrase), "\(statement.id) says '\(phrase)'")
        }
    }
}
