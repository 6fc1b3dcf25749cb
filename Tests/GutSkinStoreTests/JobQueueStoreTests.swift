import Foundation
import Testing

@testable import GutSkinStore

/// The job queue: claims, leases, exactly-once completion, failures; on each engine.
@Suite(.timeLimit(.minutes(10))) struct JobQueueStoreTests {
    /// 200 jobs, 4 claimers on two store instances (two "servers" on one database): every job is
    /// completed exactly once and has exactly one report.
    @Test(arguments: StoreEngine.allCases)
    func eachJobIsClaimedAndCompletedOnceUnderConcurrency(engine: StoreEngine) async throws {
        try await withFreshStore(engine) { store, database in
            let organisation = Seed.account("org@example.org", .organisation)
            try await store.createAccount(organisation)
            let file = Seed.file(owner: organisation.id)
            try await store.insertFile(file)
            var samples: [UUID: Sample] = [:]
            for index in 0..<200 {
                let sample = Seed.sample(owner: organisation.id, file: file.id, name: "S\(index)", at: Double(index))
                samples[sample.id] = sample
                try await store.insertSamples(
                    [sample], enqueuing: Job(ownerID: organisation.id, sampleIDs: [sample.id], createdAt: Seed.at(Double(index))))
            }
            let secondServer = try await database.open()
            let allSamples = samples
            let completed = try await withThrowingTaskGroup(of: [UUID].self) { group in
                for claimer in 0..<4 {
                    let server = claimer.isMultiple(of: 2) ? store : secondServer
                    group.addTask {
                        var mine: [UUID] = []
                        while let job = try await server.claimNextJob(now: Seed.at(1000), lease: 600) {
                            let token = try #require(job.claimToken)
                            let reports = job.sampleIDs.map { Seed.report(for: allSamples[$0]!, job: job.id, at: 1000) }
                            if try await server.completeJob(id: job.id, claimToken: token, reports: reports, now: Seed.at(1000)) {
                                mine.append(job.id)
                            }
                        }
                        return mine
                    }
                }
                return try await group.reduce(into: []) { $0 += $1 }
            }
            await secondServer.close()

            #expect(completed.count == 200)
            #expect(Set(completed).count == 200)
            #expect(try await store.jobCounts() == [.done: 200])
            let jobs = try await store.jobs(ownerID: organisation.id)
            #expect(jobs.allSatisfy { $0.attempts == 1 && $0.reportIDs.count == 1 && $0.claimToken == nil })
            #expect(try await store.reports(visibleTo: organisation.id).count == 200)
        }
    }

    @Test(arguments: StoreEngine.allCases)
    func anExpiredLeaseIsReclaimedAndTheStaleWorkersCompletionRefused(engine: StoreEngine) async throws {
        try await withFreshStore(engine) { store, _ in
            let person = Seed.account("ada@example.org")
            try await store.createAccount(person)
            let upload = try await Seed.upload(store, owner: person.id)

            let first = try #require(try await store.claimNextJob(now: Seed.at(0), lease: 60))
            #expect(first.id == upload.job.id && first.status == .running && first.attempts == 1)
            #expect(first.leaseExpiresAt == Seed.at(60))
            #expect(try await store.claimNextJob(now: Seed.at(59), lease: 60) == nil)  // still held

            let second = try #require(try await store.claimNextJob(now: Seed.at(60), lease: 60))
            #expect(second.id == first.id && second.attempts == 2 && second.claimToken != first.claimToken)

            let report = Seed.report(for: upload.sample, job: first.id, at: 70)
            let staleToken = try #require(first.claimToken)
            let liveToken = try #require(second.claimToken)
            #expect(try await !store.completeJob(id: first.id, claimToken: staleToken, reports: [report], now: Seed.at(70)))
            #expect(try await !store.renewLease(jobID: first.id, claimToken: staleToken, until: Seed.at(500)))
            #expect(try await store.renewLease(jobID: first.id, claimToken: liveToken, until: Seed.at(500)))
            #expect(try await store.claimNextJob(now: Seed.at(400), lease: 60) == nil)  // the renewed lease holds
            #expect(try await store.reports(visibleTo: person.id).isEmpty)  // nothing written by the refusal

            let fresh = Seed.report(for: upload.sample, job: first.id, at: 80)
            #expect(try await store.completeJob(id: first.id, claimToken: liveToken, reports: [fresh], now: Seed.at(80)))
            #expect(try await !store.completeJob(id: first.id, claimToken: liveToken, reports: [report], now: Seed.at(81)))
            let done = try #require(try await store.job(id: first.id, ownerID: person.id))
            #expect(done.status == .done && done.reportIDs == [fresh.id] && done.updatedAt == Seed.at(80))
            #expect(try await store.claimNextJob(now: Seed.at(10_000), lease: 60) == nil)
        }
    }

    @Test(arguments: StoreEngine.allCases)
    func aFailedAttemptIsRetriedOrFailsForGoodWithItsDelivery(engine: StoreEngine) async throws {
        try await withFreshStore(engine) { store, _ in
            let organisation = Seed.account("org@example.org", .organisation)
            try await store.createAccount(organisation)
            let upload = try await Seed.upload(store, owner: organisation.id)

            let first = try #require(try await store.claimNextJob(now: Seed.at(0), lease: 60))
            #expect(
                try await store.failJob(id: first.id, claimToken: first.claimToken!, error: "worker stopped", retry: true, now: Seed.at(1)))
            let requeued = try #require(try await store.job(id: upload.job.id, ownerID: organisation.id))
            #expect(requeued.status == .queued && requeued.error == "worker stopped" && requeued.claimToken == nil)

            let second = try #require(try await store.claimNextJob(now: Seed.at(2), lease: 60))
            #expect(second.attempts == 2)
            let delivery = WebhookDelivery(
                ownerID: organisation.id, jobID: second.id, body: #"{"status":"failed"}"#, nextAttemptAt: Seed.at(3))
            #expect(
                try await store.failJob(
                    id: second.id, claimToken: second.claimToken!, error: "table S1: no such sample", retry: false, delivery: delivery,
                    now: Seed.at(3)))
            #expect(try await !store.failJob(id: second.id, claimToken: second.claimToken!, error: "again", retry: true, now: Seed.at(4)))
            let failed = try #require(try await store.job(id: upload.job.id, ownerID: organisation.id))
            #expect(failed.status == .failed && failed.error == "table S1: no such sample" && failed.attempts == 2)
            #expect(try await store.claimNextJob(now: Seed.at(1000), lease: 60) == nil)
            #expect(try await store.claimDueDeliveries(now: Seed.at(3), limit: 10, lease: 30).map(\.id) == [delivery.id])
        }
    }

    @Test(arguments: StoreEngine.allCases)
    func dueWebhookDeliveriesAreClaimedOncePerLease(engine: StoreEngine) async throws {
        try await withFreshStore(engine) { store, _ in
            let organisation = Seed.account("org@example.org", .organisation)
            try await store.createAccount(organisation)
            let upload = try await Seed.upload(store, owner: organisation.id)
            let due = WebhookDelivery(ownerID: organisation.id, jobID: upload.job.id, body: "{}", nextAttemptAt: Seed.at(10))
            let later = WebhookDelivery(ownerID: organisation.id, jobID: upload.job.id, body: "{}", nextAttemptAt: Seed.at(100))
            try await store.enqueueDelivery(due)
            try await store.enqueueDelivery(later)

            let claimed = try await store.claimDueDeliveries(now: Seed.at(20), limit: 10, lease: 30)
            #expect(claimed.map(\.id) == [due.id])
            #expect(claimed.first?.attempts == 1 && claimed.first?.nextAttemptAt == Seed.at(50))
            #expect(try await store.claimDueDeliveries(now: Seed.at(21), limit: 10, lease: 30).isEmpty)  // leased

            try await store.markDelivery(id: due.id, status: .pending, nextAttemptAt: Seed.at(40))  // retry with backoff
            #expect(try await store.claimDueDeliveries(now: Seed.at(40), limit: 10, lease: 30).first?.attempts == 2)
            try await store.markDelivery(id: due.id, status: .delivered, nextAttemptAt: Seed.at(70))
            let atHundred = try await store.claimDueDeliveries(now: Seed.at(100), limit: 1, lease: 30)
            #expect(atHundred.map(\.id) == [later.id])
        }
    }
}
