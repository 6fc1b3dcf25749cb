import Foundation
import Testing

@testable import GutSkinStore

/// Text that looks like SQL, markup or a path is stored and read back verbatim (bound, never pasted
/// into SQL); on each engine.
@Suite(.timeLimit(.minutes(10))) struct HostileTextStoreTests {
    static let hostile = [
        "'; DROP TABLE samples; --", "<script>alert('x')</script>", "../../etc/passwd", "Robert\"); DELETE FROM accounts;--",
        "naïve 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ✓", "$1 $2 ? :name @p",
    ]

    @Test(arguments: StoreEngine.allCases)
    func hostileTextRoundTripsVerbatimInEveryTextField(engine: StoreEngine) async throws {
        try await withFreshStore(engine) { store, _ in
            for (index, text) in Self.hostile.enumerated() {
                let account = Account(
                    email: "user\(index)+\(text)@example.org", passwordHash: text, kind: .organisation, createdAt: Seed.t0)
                try await store.createAccount(account)
                #expect(try await store.account(email: account.email) == account)
                let subject = Subject(ownerID: account.id, name: text, claimCodeHash: text, createdAt: Seed.t0)
                try await store.createSubject(subject)
                #expect(try await store.subjects(ownerID: account.id) == [subject])
                let file = StoredFile(
                    ownerID: account.id, kind: .questionnaire, originalName: text, storagePath: "uploads/\(index)", size: 1,
                    sha256: "00", createdAt: Seed.t0)
                try await store.insertFile(file)
                #expect(try await store.file(id: file.id, ownerID: account.id) == file)
                let sample = Sample(
                    ownerID: account.id, subjectID: subject.id, name: text, site: .skin, tableFileID: file.id, skinSampleID: text,
                    createdAt: Seed.t0)
                try await store.insertSamples([sample])
                #expect(try await store.samples(visibleTo: account.id) == [sample])
                let event = Event(ownerID: account.id, date: Seed.t0, text: text, createdAt: Seed.t0)
                try await store.addEvent(event)
                #expect(try await store.events(ownerID: account.id) == [event])
                #expect(try await store.recordAttempt(key: text, now: Seed.t0, window: 60) == 1)
            }
            #expect(try await store.claimSubject(codeHash: "' OR '1'='1", accountID: UUID()) == nil)
        }
    }
}

extension HostileTextStoreTests {
    @Test(arguments: StoreEngine.allCases)
    func textWithANULCharacterIsATypedErrorAndStoresNothing(engine: StoreEngine) async throws {
        try await withFreshStore(engine) { store, _ in
            let person = Seed.account("ada@example.org")
            try await store.createAccount(person)
            let event = Event(ownerID: person.id, date: Seed.t0, text: "before\u{0}after", createdAt: Seed.t0)
            await #expect(throws: StoreError.unstorableText) { try await store.addEvent(event) }
            #expect(try await store.events(ownerID: person.id).isEmpty)
            await #expect(throws: StoreError.unstorableText) {
                try await store.insertFile(Seed.file(owner: person.id, name: "table\u{0}.biom"))
            }
            #expect(try await store.files(ownerID: person.id).isEmpty)
        }
    }
}
