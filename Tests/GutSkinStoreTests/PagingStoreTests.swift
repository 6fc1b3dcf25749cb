import Foundation
import Testing

@testable import GutSkinStore

/// Pages of lists and per-sample job errors, on each engine.
@Suite struct PagingStoreTests {
    /// Pages walk every visible row once in (created_at, id) order, with rows of equal times kept
    /// apart by id, a deleted cursor row still continues, and another account's rows never appear.
    @Test(arguments: StoreEngine.allCases)
    func pagesWalkEveryRowOnce(engine: StoreEngine) async throws {
        try await withFreshStore(engine) { store, _ in
            let owner = Seed.account("owner@example.org", .organisation)
            let stranger = Seed.account("stranger@example.org", .organisation)
            try await store.createAccount(owner)
            try await store.createAccount(stranger)
            let file = Seed.file(owner: owner.id)
            try await store.insertFile(file)
            // Seven samples, three of them at the same second.
            let samples = (0..<7).map { Seed.sample(owner: owner.id, file: file.id, name: "S\($0)", at: Double(min($0, 3))) }
            try await store.insertSamples(samples)
            let strangerFile = Seed.file(owner: stranger.id)
            try await store.insertFile(strangerFile)
            try await store.insertSamples([Seed.sample(owner: stranger.id, file: strangerFile.id, name: "theirs", at: 1)])

            let expected = try await store.samples(visibleTo: owner.id).map(\.id)
            #expect(expected.count == 7)
            var seen = [UUID]()
            var after: ListPage.Position?
            repeat {
                let page = try await store.samples(visibleTo: owner.id, page: ListPage(limit: 3, after: after))
                #expect(page.count <= 3)
                seen += page.map(\.id)
                after = page.count == 3 ? page.last.map { ListPage.Position(id: $0.id, createdAt: $0.createdAt) } : nil
            } while after != nil && seen.count < 20
            #expect(seen == expected)

            // The stranger, given the owner's position, still sees only their own row.
            let fromOwnersCursor = try await store.samples(
                visibleTo: stranger.id, page: ListPage(limit: 10, after: ListPage.Position(id: expected[0], createdAt: Seed.at(-10))))
            #expect(fromOwnersCursor.map(\.name) == ["theirs"])

            // A position whose row is gone continues from its time (rows of one time come in id order).
            let gone = ListPage.Position(id: UUID(), createdAt: Seed.at(2.5))
            let afterGone = try await store.samples(visibleTo: owner.id, page: ListPage(limit: 10, after: gone))
            #expect(afterGone.map(\.id) == Array(expected.suffix(4)))
            #expect(Set(afterGone.map(\.name)) == ["S3", "S4", "S5", "S6"])

            for index in 0..<3 {
                try await store.createSubject(Subject(ownerID: owner.id, name: "P\(index)", createdAt: Seed.at(Double(index))))
            }
            let subjects = try await store.subjects(ownerID: owner.id, page: ListPage(limit: 2))
            #expect(subjects.map(\.name) == ["P0", "P1"])
            let rest = try await store.subjects(
                ownerID: owner.id, page: ListPage(limit: 2, after: ListPage.Position(id: subjects[1].id, createdAt: subjects[1].createdAt)))
            #expect(rest.map(\.name) == ["P2"])
            #expect(try await store.subjects(ownerID: stranger.id, page: ListPage(limit: 5)).isEmpty)
        }
    }

    @Test(arguments: StoreEngine.allCases)
    func reportsPageInOrder(engine: StoreEngine) async throws {
        try await withFreshStore(engine) { store, _ in
            let owner = Seed.account("lab@example.org", .organisation)
            try await store.createAccount(owner)
            var samples = [Sample]()
            for index in 0..<5 {
                samples.append(try await Seed.upload(store, owner: owner.id, name: "S\(index)", at: Double(index)).sample)
            }
            for index in 0..<5 { try await Seed.runNextJob(store, samples: samples, at: Double(10 + index)) }
            let all = try await store.reports(visibleTo: owner.id).map(\.id)
            let first = try await store.reports(visibleTo: owner.id, page: ListPage(limit: 2))
            let last = try #require(first.last)
            let second = try await store.reports(
                visibleTo: owner.id, page: ListPage(limit: 10, after: ListPage.Position(id: last.id, createdAt: last.createdAt)))
            #expect((first + second).map(\.id) == all)
            #expect(all.count == 5)
        }
    }

    /// A done job keeps the errors of its samples that could not be reported; a failed one too.
    @Test(arguments: StoreEngine.allCases)
    func sampleErrorsAreKeptWithTheJob(engine: StoreEngine) async throws {
        try await withFreshStore(engine) { store, _ in
            let owner = Seed.account("batch@example.org", .organisation)
            try await store.createAccount(owner)
            let (_, good, job) = try await Seed.upload(store, owner: owner.id)
            let claimed = try #require(try await store.claimNextJob(now: Seed.at(1), lease: 60))
            let errors = [Job.SampleError(sampleID: UUID(), error: "plate.tsv: sample S9 has no reads")]
            #expect(
                try await store.completeJob(
                    id: job.id, claimToken: try #require(claimed.claimToken), reports: [Seed.report(for: good, job: job.id)],
                    sampleErrors: errors, delivery: nil, now: Seed.at(2)))
            let done = try #require(try await store.job(id: job.id, ownerID: owner.id))
            #expect(done.status == .done && done.sampleErrors == errors && done.reportIDs.count == 1)

            let second = try await Seed.upload(store, owner: owner.id, name: "S2", at: 3)
            let claimedAgain = try #require(try await store.claimNextJob(now: Seed.at(4), lease: 60))
            let allBad = [Job.SampleError(sampleID: second.sample.id, error: "no reads")]
            #expect(
                try await store.failJob(
                    id: second.job.id, claimToken: try #require(claimedAgain.claimToken), error: "no reads", sampleErrors: allBad,
                    retry: false, delivery: nil, now: Seed.at(5)))
            let failed = try #require(try await store.job(id: second.job.id, ownerID: owner.id))
            #expect(failed.status == .failed && failed.sampleErrors == allBad)
        }
    }
}
