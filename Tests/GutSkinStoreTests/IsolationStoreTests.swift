import Foundation
import Testing

@testable import GutSkinStore

/// Per-account isolation and one-time claim codes, on each engine.
@Suite(.timeLimit(.minutes(10))) struct IsolationStoreTests {
    @Test(arguments: StoreEngine.allCases)
    func anotherAccountsIDsFindNothingAndChangeNothing(engine: StoreEngine) async throws {
        try await withFreshStore(engine) { store, _ in
            let owner = Seed.account("org@example.org", .organisation)
            let intruder = Seed.account("eve@example.org", .organisation)
            for account in [owner, intruder] { try await store.createAccount(account) }
            let token = AccessToken(accountID: owner.id, tokenHash: "owner-token", kind: .api, createdAt: Seed.t0)
            try await store.createToken(token)
            let subject = Subject(ownerID: owner.id, name: "subject", createdAt: Seed.t0)
            try await store.createSubject(subject)
            let upload = try await Seed.upload(store, owner: owner.id, subject: subject.id)
            let job = try #require(try await Seed.runNextJob(store, samples: [upload.sample]))
            let report = try #require(try await store.reports(visibleTo: owner.id).first)
            let event = Event(ownerID: owner.id, date: Seed.t0, text: "event", createdAt: Seed.t0)
            try await store.addEvent(event)

            // Reads answer nil or empty for the intruder …
            #expect(try await store.subject(id: subject.id, ownerID: intruder.id) == nil)
            #expect(try await store.subjects(ownerID: intruder.id).isEmpty)
            #expect(try await store.file(id: upload.file.id, ownerID: intruder.id) == nil)
            #expect(try await store.files(ownerID: intruder.id).isEmpty)
            #expect(try await store.sample(id: upload.sample.id, visibleTo: intruder.id) == nil)
            #expect(try await store.samples(visibleTo: intruder.id).isEmpty)
            #expect(try await store.job(id: job.id, ownerID: intruder.id) == nil)
            #expect(try await store.jobs(ownerID: intruder.id).isEmpty)
            #expect(try await store.report(id: report.id, visibleTo: intruder.id) == nil)
            #expect(try await store.reports(visibleTo: intruder.id).isEmpty)
            #expect(try await store.events(ownerID: intruder.id).isEmpty)
            #expect(try await store.apiTokens(accountID: intruder.id).isEmpty)
            #expect(try await store.export(accountID: intruder.id)?.files.isEmpty == true)

            // … writes do nothing …
            #expect(try await !store.deleteToken(id: token.id, accountID: intruder.id))
            #expect(try await !store.deleteEvent(id: event.id, ownerID: intruder.id))
            #expect(try await !store.setClaimCode(subjectID: subject.id, ownerID: intruder.id, codeHash: "mine now"))
            #expect(try await store.claimSubject(codeHash: "mine now", accountID: intruder.id) == nil)

            // … and the owner still sees everything.
            #expect(try await store.token(hash: "owner-token", now: Seed.t0) == token)
            #expect(try await store.events(ownerID: owner.id) == [event])
            #expect(try await store.subject(id: subject.id, ownerID: owner.id) == subject)
            #expect(try await store.file(id: upload.file.id, ownerID: owner.id) == upload.file)
            #expect(try await store.sample(id: upload.sample.id, visibleTo: owner.id) == upload.sample)
            #expect(try await store.job(id: job.id, ownerID: owner.id)?.reportIDs == [report.id])
            let full = try #require(try await store.report(id: report.id, visibleTo: owner.id))
            #expect(full.html == "<html>S1</html>" && ReportSummary(full) == report)
        }
    }

    @Test(arguments: StoreEngine.allCases)
    func aClaimCodeWorksOnceAndShowsTheSubjectsReportsToTheClaimer(engine: StoreEngine) async throws {
        try await withFreshStore(engine) { store, _ in
            let organisation = Seed.account("org@example.org", .organisation)
            let person = Seed.account("ada@example.org")
            let other = Seed.account("bob@example.org")
            for account in [organisation, person, other] { try await store.createAccount(account) }
            let subject = Subject(ownerID: organisation.id, name: "subject 7", createdAt: Seed.t0)
            let unrelated = Subject(ownerID: organisation.id, name: "subject 8", createdAt: Seed.t0)
            try await store.createSubject(subject)
            try await store.createSubject(unrelated)
            let mine = try await Seed.upload(store, owner: organisation.id, subject: subject.id, name: "S7")
            let notMine = try await Seed.upload(store, owner: organisation.id, subject: unrelated.id, name: "S8", at: 1)
            try await Seed.runNextJob(store, samples: [mine.sample, notMine.sample], at: 2)
            try await Seed.runNextJob(store, samples: [mine.sample, notMine.sample], at: 3)
            #expect(try await store.reports(visibleTo: person.id).isEmpty)

            #expect(try await store.setClaimCode(subjectID: subject.id, ownerID: organisation.id, codeHash: "old"))
            #expect(try await store.setClaimCode(subjectID: subject.id, ownerID: organisation.id, codeHash: "new"))
            #expect(try await store.claimSubject(codeHash: "old", accountID: person.id) == nil)  // replaced
            let claimed = try #require(try await store.claimSubject(codeHash: "new", accountID: person.id))
            #expect(claimed.id == subject.id && claimed.claimedBy == person.id && claimed.claimCodeHash == nil)
            #expect(try await store.claimSubject(codeHash: "new", accountID: other.id) == nil)  // one time
            #expect(try await store.subject(id: subject.id, ownerID: organisation.id)?.claimedBy == person.id)
            #expect(try await !store.setClaimCode(subjectID: subject.id, ownerID: organisation.id, codeHash: "again"))

            #expect(try await store.samples(visibleTo: person.id) == [mine.sample])
            let reports = try await store.reports(visibleTo: person.id)
            #expect(reports.map(\.sampleID) == [mine.sample.id])
            #expect(try await store.report(id: reports[0].id, visibleTo: person.id) != nil)
            #expect(try await store.samples(visibleTo: other.id).isEmpty)
            #expect(try await store.reports(visibleTo: organisation.id).count == 2)
            #expect(try await store.job(id: mine.job.id, ownerID: person.id) == nil)  // jobs stay the organisation's
        }
    }

    @Test(arguments: StoreEngine.allCases)
    func reportsAreListedByDateWithTheirSummaries(engine: StoreEngine) async throws {
        try await withFreshStore(engine) { store, _ in
            let person = Seed.account("ada@example.org")
            try await store.createAccount(person)
            let late = try await Seed.upload(store, owner: person.id, name: "late", at: 500)
            let early = try await Seed.upload(store, owner: person.id, name: "early", at: 100)
            try await Seed.runNextJob(store, samples: [late.sample, early.sample], at: 200)  // the earlier job first
            try await Seed.runNextJob(store, samples: [late.sample, early.sample], at: 900)
            let reports = try await store.reports(visibleTo: person.id)
            #expect(reports.map(\.sampleID) == [early.sample.id, late.sample.id])
            #expect(reports.map(\.createdAt) == [Seed.at(200), Seed.at(900)])
            #expect(reports.allSatisfy { $0.summaryJSON == #"{"gmhi":1.5}"# && $0.referenceNames == ["gut-default", "skin-default"] })
        }
    }
}
