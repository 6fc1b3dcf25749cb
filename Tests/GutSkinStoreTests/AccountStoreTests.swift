import Foundation
import Testing

@testable import GutSkinStore

/// Accounts and tokens, on each engine.
@Suite(.timeLimit(.minutes(10))) struct AccountStoreTests {
    @Test(arguments: StoreEngine.allCases)
    func accountsAreFoundByLowercasedEmailAndID(engine: StoreEngine) async throws {
        try await withFreshStore(engine) { store, _ in
            let account = Account(
                email: "Ada@Example.ORG", passwordHash: "$2b$12$x", kind: .organisation, createdAt: Seed.t0,
                retentionDays: 30, webhookURL: "https://hooks.example.org/gutskin", webhookSecret: "s3cret")
            #expect(account.email == "ada@example.org")
            try await store.createAccount(account)
            #expect(try await store.account(email: "ADA@example.org") == account)
            #expect(try await store.account(id: account.id) == account)
            #expect(try await store.account(email: "bob@example.org") == nil)
            #expect(try await store.account(id: UUID()) == nil)
        }
    }

    @Test(arguments: StoreEngine.allCases)
    func duplicateEmailIsATypedError(engine: StoreEngine) async throws {
        try await withFreshStore(engine) { store, _ in
            try await store.createAccount(Seed.account("ada@example.org"))
            await #expect(throws: StoreError.duplicateEmail) {
                try await store.createAccount(Seed.account("ADA@example.org", .organisation))
            }
            #expect(try await store.account(email: "ada@example.org")?.kind == .person)
        }
    }

    @Test(arguments: StoreEngine.allCases)
    func accountSettingsAreUpdatedOnlyForAnExistingAccount(engine: StoreEngine) async throws {
        try await withFreshStore(engine) { store, _ in
            let account = Seed.account("org@example.org", .organisation)
            try await store.createAccount(account)
            #expect(
                try await store.updateAccountSettings(
                    accountID: account.id, retentionDays: 7, webhookURL: "https://h.example/x", webhookSecret: "k"))
            let updated = try #require(try await store.account(id: account.id))
            #expect(updated.retentionDays == 7 && updated.webhookURL == "https://h.example/x" && updated.webhookSecret == "k")
            #expect(try await !store.updateAccountSettings(accountID: UUID(), retentionDays: 1, webhookURL: nil, webhookSecret: nil))
        }
    }

    @Test(arguments: StoreEngine.allCases)
    func tokensAreFoundByHashUntilTheyExpireOrAreRevoked(engine: StoreEngine) async throws {
        try await withFreshStore(engine) { store, _ in
            let account = Seed.account("ada@example.org")
            try await store.createAccount(account)
            let session = AccessToken(
                accountID: account.id, tokenHash: "aa11", kind: .session, createdAt: Seed.t0, expiresAt: Seed.at(3600))
            let api = AccessToken(accountID: account.id, tokenHash: "bb22", kind: .api, label: "lab robot", createdAt: Seed.at(1))
            try await store.createToken(session)
            try await store.createToken(api)

            #expect(try await store.token(hash: "aa11", now: Seed.at(10)) == session)
            #expect(try await store.token(hash: "aa11", now: Seed.at(3600)) == nil)  // expired at that moment
            #expect(try await store.token(hash: "bb22", now: Seed.at(1_000_000)) == api)  // API tokens do not expire
            #expect(try await store.token(hash: "cc33", now: Seed.at(10)) == nil)
            #expect(try await store.apiTokens(accountID: account.id) == [api])

            #expect(try await store.deleteExpiredTokens(now: Seed.at(3600)) == 1)
            #expect(try await store.deleteToken(id: api.id, accountID: account.id))
            #expect(try await store.token(hash: "bb22", now: Seed.at(10)) == nil)
            #expect(try await store.apiTokens(accountID: account.id).isEmpty)
        }
    }

    @Test(arguments: StoreEngine.allCases)
    func accountDeletionRemovesEveryRowItOwnsAndNothingElse(engine: StoreEngine) async throws {
        try await withFreshStore(engine) { store, _ in
            let organisation = Seed.account("org@example.org", .organisation)
            let person = Seed.account("ada@example.org")
            let bystander = Seed.account("bob@example.org")
            for account in [organisation, person, bystander] { try await store.createAccount(account) }
            try await store.createToken(AccessToken(accountID: organisation.id, tokenHash: "org-token", kind: .api, createdAt: Seed.t0))
            let subject = Subject(ownerID: organisation.id, name: "subject 1", claimCodeHash: "code", createdAt: Seed.t0)
            try await store.createSubject(subject)
            #expect(try await store.claimSubject(codeHash: "code", accountID: person.id) != nil)
            let upload = try await Seed.upload(store, owner: organisation.id, subject: subject.id)
            let second = Seed.file(owner: organisation.id, name: "questionnaire.json", at: 5)
            try await store.insertFile(second)
            try await Seed.runNextJob(store, samples: [upload.sample])
            try await store.enqueueDelivery(
                WebhookDelivery(ownerID: organisation.id, jobID: upload.job.id, body: "{}", nextAttemptAt: Seed.t0))
            try await store.addEvent(Event(ownerID: organisation.id, date: Seed.t0, text: "antibiotics", createdAt: Seed.t0))
            let bystanderUpload = try await Seed.upload(store, owner: bystander.id, at: 10)
            try await Seed.runNextJob(store, samples: [bystanderUpload.sample], at: 10)
            #expect(try await store.reports(visibleTo: person.id).count == 1)  // through the claimed subject

            let paths = try await store.deleteAccount(id: organisation.id)
            #expect(paths == [upload.file.storagePath, second.storagePath])
            #expect(try await store.account(id: organisation.id) == nil)
            #expect(try await store.export(accountID: organisation.id) == nil)
            #expect(try await store.token(hash: "org-token", now: Seed.t0) == nil)
            #expect(try await store.subjects(ownerID: organisation.id).isEmpty)
            #expect(try await store.files(ownerID: organisation.id).isEmpty)
            #expect(try await store.samples(visibleTo: organisation.id).isEmpty)
            #expect(try await store.jobs(ownerID: organisation.id).isEmpty)
            #expect(try await store.events(ownerID: organisation.id).isEmpty)
            #expect(try await store.reports(visibleTo: person.id).isEmpty)
            #expect(try await store.samples(visibleTo: person.id).isEmpty)
            #expect(try await store.claimDueDeliveries(now: Seed.at(100), limit: 10, lease: 60).isEmpty)
            #expect(try await store.jobCounts() == [.done: 1])  // the bystander's
            #expect(try await store.deleteAccount(id: organisation.id) == [])

            // The others are untouched.
            #expect(try await store.account(id: person.id) != nil)
            #expect(try await store.reports(visibleTo: bystander.id).count == 1)
            #expect(try await store.files(ownerID: bystander.id) == [bystanderUpload.file])
        }
    }

    @Test(arguments: StoreEngine.allCases)
    func deletingTheClaimerLeavesTheSubjectUnclaimed(engine: StoreEngine) async throws {
        try await withFreshStore(engine) { store, _ in
            let organisation = Seed.account("org@example.org", .organisation)
            let person = Seed.account("ada@example.org")
            for account in [organisation, person] { try await store.createAccount(account) }
            let subject = Subject(ownerID: organisation.id, name: "s", claimCodeHash: "code", createdAt: Seed.t0)
            try await store.createSubject(subject)
            #expect(try await store.claimSubject(codeHash: "code", accountID: person.id)?.claimedBy == person.id)
            #expect(try await store.deleteAccount(id: person.id) == [])
            let kept = try #require(try await store.subject(id: subject.id, ownerID: organisation.id))
            #expect(kept.claimedBy == nil)
        }
    }

    @Test(arguments: StoreEngine.allCases)
    func exportHoldsEverythingTheAccountOwnsOrClaimed(engine: StoreEngine) async throws {
        try await withFreshStore(engine) { store, _ in
            let organisation = Seed.account("org@example.org", .organisation)
            let person = Seed.account("ada@example.org")
            for account in [organisation, person] { try await store.createAccount(account) }
            let subject = Subject(ownerID: organisation.id, name: "s", claimCodeHash: "code", createdAt: Seed.t0)
            try await store.createSubject(subject)
            _ = try await store.claimSubject(codeHash: "code", accountID: person.id)
            let token = AccessToken(accountID: person.id, tokenHash: "t", kind: .api, createdAt: Seed.t0)
            try await store.createToken(token)
            try await store.createToken(AccessToken(accountID: person.id, tokenHash: "s", kind: .session, createdAt: Seed.t0))
            let own = try await Seed.upload(store, owner: person.id, name: "mine", at: 1)
            let claimed = try await Seed.upload(store, owner: organisation.id, subject: subject.id, name: "theirs", at: 2)
            try await Seed.runNextJob(store, samples: [own.sample, claimed.sample], at: 3)
            try await Seed.runNextJob(store, samples: [own.sample, claimed.sample], at: 4)
            let event = Event(ownerID: person.id, date: Seed.at(-86_400), text: "started kefir", createdAt: Seed.t0)
            try await store.addEvent(event)

            let export = try #require(try await store.export(accountID: person.id))
            #expect(export.account == person)
            #expect(export.apiTokens == [token])
            #expect(export.subjects.isEmpty)
            #expect(export.files == [own.file])
            #expect(export.samples.map(\.name) == ["mine", "theirs"])
            #expect(export.jobs.map(\.id) == [own.job.id])
            #expect(export.jobs.first?.reportIDs.count == 1)
            #expect(export.reports.map(\.sampleID) == [own.sample.id, claimed.sample.id])
            #expect(export.events == [event])
        }
    }
}
