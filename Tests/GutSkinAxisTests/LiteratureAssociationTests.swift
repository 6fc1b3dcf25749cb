import Testing

@testable import GutSkinAxis

@Suite struct LiteratureAssociationTests {
    /// Causal, diagnostic, curative and sales words: none may appear in anything a person reads.
    static let banned = [
        "cures", "treats", "diagnos", "buy", "recommend", "causes", "caused", "prevents", "leads to", "results in", "proves",
    ]

    /// Every statement a person reads: literature statements, trait rows, strengths and contrary results.
    @Test func statementsStateAssociationsOnly() {
        for association in LiteratureAssociation.standard {
            #expect(association.statement.lowercased().contains("associated"), "\(association.id)")
        }
        var texts = EvidenceStatements.all.flatMap { [$0.text, $0.contrary?.statement].compactMap { $0 } }
        texts += LiteratureAssociation.standard.map(\.strength)
        texts += [4.0, 5.0, 6.0].compactMap { SkinPHResult(readings: [$0])?.sentence }
        #expect(texts.count > LiteratureAssociation.standard.count + TraitTable.standard.assignments.count)
        for text in texts {
            for word in Self.banned { #expect(!text.lowercased().contains(word), "'\(text)' contains \(word)") }
        }
    }

    @Test func identifiersAreUniqueAndStrengthsAreGiven() {
        let ids = LiteratureAssociation.standard.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(LiteratureAssociation.standard.allSatisfy { !$0.strength.isEmpty })
    }

    /// A contrary result is in the sentence a person reads, not only in the data: its source is
    /// another study, or the same study's null part, and the statement says "but" or "not".
    @Test func contraryResultsAreInTheSentence() throws {
        for association in LiteratureAssociation.standard {
            guard let contrary = association.contrary else { continue }
            #expect(!contrary.statement.isEmpty, "\(association.id)")
            let statement = association.statement
            #expect(statement.contains(" but ") || statement.contains(" not "), "\(association.id) does not say its contrary result")
        }
    }

    /// The statements issue 17 names, rewritten against ../shared/knowledge/evidence-for-answers.md.
    @Test func namedStatementsCarryTheirLimitsAndContraryResults() throws {
        let rosacea = try #require(LiteratureAssociation.standard("rosacea-small-intestinal-overgrowth"))
        #expect(rosacea.grade == .veryLow && rosacea.contrary?.citation == "egeberg-2017")
        #expect(rosacea.statement.contains("49,475") && rosacea.statement.contains("knew who had been treated"))
        #expect(rosacea.contrary?.statement.contains("0.18–1.86") == true)

        let dairy = try #require(LiteratureAssociation.standard("dairy-acne"))
        #expect(dairy.grade == .low && dairy.contrary?.citation == "juhl-2018-mr" && dairy.furtherCitations == ["aghasi-2019"])
        #expect(dairy.statement.contains("20,416") && dairy.statement.contains("publication bias") && dairy.statement.contains("yogurt"))

        let treatment = try #require(LiteratureAssociation.standard("probiotics-eczema-treatment"))
        #expect(treatment.citation == "makrgeorgou-2018" && treatment.statement.contains("little or no difference"))
        let prevention = try #require(LiteratureAssociation.standard("probiotics-eczema-prevention"))
        #expect(prevention.grade == .low && prevention.contrary?.citation == "szajewska-horvath-2018")

        let range = try #require(LiteratureAssociation.standard("skin-ph-reference-range"))
        #expect(range.citation == "prakash-2017" && range.statement.contains("4.5–5.5"))
        #expect(!LiteratureAssociation.standard.contains { $0.citation == "lambers-2006" && $0.statement.contains("5.5") })

        let edslev = try #require(LiteratureAssociation.standard.first { $0.citation == "edslev-2020" })
        #expect(edslev.strength.contains("review") && edslev.statement.contains("review"))
    }

    @Test func gradesReadAsWordsAndOrderStrongestFirst() {
        #expect(EvidenceGrade.allCases.map(\.words) == ["moderate", "low", "very low", "mechanistic only", "hypothesis"])
        #expect(EvidenceGrade.moderate < .low && EvidenceGrade.mechanisticOnly < .hypothesis)
        #expect(EvidenceGrade.veryLow.rawValue == "very_low")
    }
}
