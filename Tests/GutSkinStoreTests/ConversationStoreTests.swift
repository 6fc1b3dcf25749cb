import Foundation
import Testing

@testable import GutSkinStore

/// Conversations with `gutskin ask`, on each engine: kept per account, never another account's,
/// in the export, and gone with the account.
@Suite(.timeLimit(.minutes(10))) struct ConversationStoreTests {
    static func turn(_ question: String, at seconds: TimeInterval) -> StoredConversation.Turn {
        .init(
            question: question, resolvedQuestion: question, kind: "answer", statements: ["term-butyrate"],
            answerText: "Butyrate is a short-chain fatty acid.\n- line two", askedAt: Seed.at(seconds))
    }

    @Test(arguments: StoreEngine.allCases)
    func conversationsAreKeptPerAccountAndUpdatedOnlyByTheirOwner(engine: StoreEngine) async throws {
        try await withFreshStore(engine) { store, _ in
            let ada = Seed.account("ada@example.org")
            let bob = Seed.account("bob@example.org")
            try await store.createAccount(ada)
            try await store.createAccount(bob)
            let report = UUID()
            var conversation = StoredConversation(
                ownerID: ada.id, reportID: report, turns: [Self.turn("why is my butyrate low", at: 1)], createdAt: Seed.at(1),
                updatedAt: Seed.at(1))
            #expect(try await store.saveConversation(conversation))
            #expect(try await store.conversation(id: conversation.id, ownerID: ada.id) == conversation)
            #expect(try await store.conversation(id: conversation.id, ownerID: bob.id) == nil, "another account's id reads as unknown")
            #expect(try await store.conversation(id: UUID(), ownerID: ada.id) == nil)

            conversation.turns.append(Self.turn("and on my skin?", at: 2))
            conversation.updatedAt = Seed.at(2)
            #expect(try await store.saveConversation(conversation))
            let stored = try await store.conversation(id: conversation.id, ownerID: ada.id)
            #expect(stored?.turns.map(\.question) == ["why is my butyrate low", "and on my skin?"])
            #expect(stored?.turns.last?.answerText.contains("\n") == true && stored?.reportID == report)

            // Bob cannot write into Ada's conversation by reusing its id.
            var hijack = conversation
            hijack.ownerID = bob.id
            hijack.turns = [Self.turn("overwritten", at: 3)]
            #expect(try await store.saveConversation(hijack) == false)
            #expect(try await store.conversation(id: conversation.id, ownerID: ada.id)?.turns.count == 2)
            #expect(try await store.conversations(ownerID: bob.id).isEmpty)
            #expect(try await store.conversations(ownerID: ada.id).map(\.id) == [conversation.id])
        }
    }

    @Test(arguments: StoreEngine.allCases)
    func conversationsAreExportedAndDeletedWithTheAccount(engine: StoreEngine) async throws {
        try await withFreshStore(engine) { store, _ in
            let ada = Seed.account("ada@example.org")
            let bob = Seed.account("bob@example.org")
            try await store.createAccount(ada)
            try await store.createAccount(bob)
            let first = StoredConversation(
                ownerID: ada.id, reportID: nil, turns: [Self.turn("what is dysbiosis", at: 1)], createdAt: Seed.at(1), updatedAt: Seed.at(1)
            )
            let second = StoredConversation(
                ownerID: ada.id, reportID: nil, turns: [Self.turn("what is sibo", at: 5)], createdAt: Seed.at(5), updatedAt: Seed.at(5))
            let bobs = StoredConversation(
                ownerID: bob.id, reportID: nil, turns: [Self.turn("what is gaba", at: 2)], createdAt: Seed.at(2), updatedAt: Seed.at(2))
            for conversation in [second, first, bobs] { #expect(try await store.saveConversation(conversation)) }

            let export = try #require(try await store.export(accountID: ada.id))
            #expect(export.conversations == [first, second], "the account's own conversations, oldest first")

            _ = try await store.deleteAccount(id: ada.id)
            #expect(try await store.conversation(id: first.id, ownerID: ada.id) == nil)
            #expect(try await store.conversations(ownerID: ada.id).isEmpty)
            #expect(try await store.conversations(ownerID: bob.id) == [bobs], "another account's conversations stay")
        }
    }
}
