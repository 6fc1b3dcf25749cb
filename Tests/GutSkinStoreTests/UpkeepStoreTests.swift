import Foundation
import Testing

@testable import GutSkinStore

/// Retention, rate limits, events, migrations and opening; on each engine.
@Suite(.timeLimit(.minutes(10))) struct UpkeepStoreTests {
    @Test(arguments: StoreEngine.allCases)
    func filesOlderThanTheirOwnersRetentionAreDeleted(engine: StoreEngine) async throws {
        try await withFreshStore(engine) { store, _ in
            let day: TimeInterval = 86_400
            let organisation = Account(
                email: "org@example.org", passwordHash: "x", kind: .organisation, createdAt: Seed.t0, retentionDays: 30)
            let person = Seed.account("ada@example.org")
            for account in [organisation, person] { try await store.createAccount(account) }
            let old = Seed.file(owner: organisation.id, name: "old.biom", at: -40 * day)
            let recent = Seed.file(owner: organisation.id, name: "recent.biom", at: -10 * day)
            let personal = Seed.file(owner: person.id, name: "mine.biom", at: -400 * day)
            for file in [old, recent, personal] { try await store.insertFile(file) }
            let sample = Seed.sample(owner: organisation.id, file: old.id)
            try await store.insertSamples([sample])

            #expect(try await store.deleteExpiredFiles(now: Seed.t0) == [old.storagePath])
            #expect(try await store.files(ownerID: organisation.id) == [recent])
            #expect(try await store.files(ownerID: person.id) == [personal])  // no retention set
            #expect(try await store.sample(id: sample.id, visibleTo: organisation.id)?.tableFileID == old.id)
            #expect(try await store.deleteExpiredFiles(now: Seed.t0) == [])
        }
    }

    @Test(arguments: StoreEngine.allCases)
    func attemptsAreCountedWithinTheWindow(engine: StoreEngine) async throws {
        try await withFreshStore(engine) { store, database in
            #expect(try await store.recordAttempt(key: "sign-in:ada@example.org", now: Seed.at(0), window: 60) == 1)
            #expect(try await store.recordAttempt(key: "sign-in:ada@example.org", now: Seed.at(10), window: 60) == 2)
            #expect(try await store.recordAttempt(key: "sign-in:127.0.0.1", now: Seed.at(10), window: 60) == 1)
            let other = try await database.open()  // another server sees the same count
            #expect(try await other.recordAttempt(key: "sign-in:ada@example.org", now: Seed.at(59), window: 60) == 3)
            await other.close()
            // At 65 s the attempt at 0 s has left the window; those at 10, 59 and 65 s count.
            #expect(try await store.recordAttempt(key: "sign-in:ada@example.org", now: Seed.at(65), window: 60) == 3)
            #expect(try await store.recordAttempt(key: "sign-in:ada@example.org", now: Seed.at(200), window: 60) == 1)
            try await store.clearAttempts(key: "sign-in:ada@example.org")
            #expect(try await store.recordAttempt(key: "sign-in:ada@example.org", now: Seed.at(201), window: 60) == 1)
            #expect(try await store.recordAttempt(key: "sign-in:127.0.0.1", now: Seed.at(11), window: 60) == 2)
        }
    }

    @Test(arguments: StoreEngine.allCases)
    func eventsAreAddedListedByDateAndDeleted(engine: StoreEngine) async throws {
        try await withFreshStore(engine) { store, _ in
            let person = Seed.account("ada@example.org")
            try await store.createAccount(person)
            let later = Event(
                ownerID: person.id, date: Seed.at(86_400 * 3), text: "<script>alert(1)</script>'; DROP TABLE events; --", createdAt: Seed.t0
            )
            let earlier = Event(ownerID: person.id, date: Seed.at(86_400), text: "antibiotics (amoxicillin)", createdAt: Seed.at(5))
            try await store.addEvent(later)
            try await store.addEvent(earlier)
            #expect(try await store.events(ownerID: person.id) == [earlier, later])  // text kept verbatim
            #expect(try await store.deleteEvent(id: earlier.id, ownerID: person.id))
            #expect(try await !store.deleteEvent(id: earlier.id, ownerID: person.id))
            #expect(try await store.events(ownerID: person.id) == [later])
        }
    }

    @Test(arguments: StoreEngine.allCases)
    func twoServersMigratingAFreshDatabaseAtOnceBothOpenIt(engine: StoreEngine) async throws {
        guard let database = FreshDatabase(engine) else { return }
        do {
            try await Self.openTwiceAtOnce(database)
        } catch {
            try? await database.remove()
            throw error
        }
        try await database.remove()
    }

    private static func openTwiceAtOnce(_ database: FreshDatabase) async throws {
        async let first = database.open()
        async let second = database.open()
        let (a, b) = try await (first, second)
        let person = Seed.account("ada@example.org")
        try await a.createAccount(person)
        #expect(try await b.account(email: "ada@example.org") == person)
        if let sqlite = a as? SQLiteStore { #expect(try await sqlite.journalMode() == "wal") }
        await a.close()
        await b.close()
        let reopened = try await database.open()  // a third open finds every migration applied
        #expect(try await reopened.account(id: person.id) == person)
        await reopened.close()
    }

    @Test func anUnknownDatabaseSchemeIsATypedError() async throws {
        await #expect(throws: StoreError.unsupportedURL(scheme: "mysql")) {
            _ = try await ServiceStoreFactory.open(url: "mysql://root@127.0.0.1/gutskin", logger: StoreEngine.logger)
        }
        #expect(StoreError.unsupportedURL(scheme: "mysql").description.contains("sqlite:<path>"))
        await #expect(throws: StoreError.self) { _ = try await ServiceStoreFactory.open(url: "sqlite:", logger: StoreEngine.logger) }
    }

    @Test func anUnreachablePostgreSQLServerFailsToOpenWithAMessage() async throws {
        // Port 1 on loopback: nothing listens there; the open gives up (after connect_timeout) with a
        // message instead of hanging. How long that takes is not asserted: timing belongs in benchmarks.
        await #expect {
            _ = try await ServiceStoreFactory.open(
                url: "postgres://gutskin@127.0.0.1:1/gutskin_test?connect_timeout=3", logger: StoreEngine.logger)
        } throws: { error in
            guard case .openFailed(let message) = error as? StoreError else { return false }
            return !message.isEmpty
        }
    }
}
