import Foundation
import GutSkinStore
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import ServiceLifecycle
import TestSupport
import Testing

@testable import GutSkinService

/// What runs beside the requests: webhook deliveries (signed, retried), retention of originals, and
/// the workers' graceful shutdown, which finishes the job that is running.
@Suite struct BackgroundWorkTests {
    /// What a webhook receiver got.
    actor Received {
        var deliveries = [(body: String, signature: String, delivery: String)]()
        var failNext = 0
        func add(_ body: String, _ signature: String, _ delivery: String) -> Bool {
            deliveries.append((body, signature, delivery))
            if failNext > 0 {
                failNext -= 1
                return false
            }
            return true
        }
        func setFailNext(_ count: Int) { failNext = count }
    }

    @Test func jobEndIsPostedToTheWebhookSignedAndRetried() async throws {
        guard SharedData.builtInReferences() else { return }
        let received = Received()
        let router = Router()
        router.post("hook") { request, _ -> Response in
            let body = String(buffer: try await request.body.collect(upTo: 1 << 20))
            let accepted = await received.add(
                body, request.headers[HTTPField.Name("X-Gutskin-Signature")!] ?? "",
                request.headers[HTTPField.Name("X-Gutskin-Delivery")!] ?? "")
            return Response(status: accepted ? .ok : .internalServerError)
        }
        let receiver = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        let harness = try await ServiceHarness(allowPrivateWebhooks: true)  // the receiver is on loopback
        try await receiver.test(.live) { hook in
            let port = try #require(hook.port)
            try await harness.test { client in
                let organisation = try await APIUser.make(client, kind: "organisation")
                let settings = try await client.execute(
                    uri: "/api/v1/accounts/me/settings", method: .put, headers: organisation.auth,
                    body: JSON.body(["webhook_url": "http://127.0.0.1:\(port)/hook"]))
                #expect(settings.status == .ok)
                let secret = try #require(try JSON.object(settings.body)["webhook_secret"] as? String)
                let upload = try Multipart.demoPerson(folder: harness.environment.storage.stagingFolder)
                let accepted = try JSON.object(
                    try await client.execute(
                        uri: "/api/v1/samples", method: .post, headers: upload.headers(organisation.auth),
                        body: ByteBuffer(bytes: upload.body)
                    ).body)
                let jobID = try #require(accepted["job_id"] as? String)
                #expect(await harness.runJobs() == 1)

                let sender = WebhookSender(environment: harness.environment, logger: harness.logger)
                await received.setFailNext(1)
                #expect(await sender.sendDue() == 1)  // answered 500: kept for a retry
                #expect(await sender.sendDue() == 0, "not due again before its backoff")
                harness.clock.advance(by: 31)
                #expect(await sender.sendDue() == 1)
                harness.clock.advance(by: 3600)
                #expect(await sender.sendDue() == 0, "delivered once, never again")

                let deliveries = await received.deliveries
                #expect(deliveries.count == 2)
                let last = try #require(deliveries.last)
                #expect(deliveries.first?.delivery == last.delivery, "a retry carries the same delivery id")
                let event = try JSON.object(ByteBuffer(string: last.body))
                #expect(event["type"] as? String == "job.finished")
                #expect(event["job_id"] as? String == jobID)
                #expect(event["status"] as? String == "done")
                #expect((event["report_ids"] as? [String])?.count == 1)
                // The documented check: HMAC-SHA256(secret, "<t>.<body>") in hex.
                let fields = Dictionary(
                    uniqueKeysWithValues: last.signature.split(separator: ",").map {
                        $0.split(separator: "=", maxSplits: 1).map(String.init)
                    }
                    .map { ($0[0], $0[1]) })
                let timestamp = try #require(fields["t"].flatMap(Int.init))
                #expect(WebhookEvents.signature(body: last.body, secret: secret, timestamp: timestamp) == last.signature)
                #expect(WebhookEvents.signature(body: last.body + " ", secret: secret, timestamp: timestamp) != last.signature)
                #expect(fields["v1"]?.count == 64)
            }
        }
    }

    @Test func originalsPastRetentionAreDeletedAndReportsKept() async throws {
        guard SharedData.builtInReferences() else { return }
        let harness = try await ServiceHarness()
        try await harness.test { client in
            let organisation = try await APIUser.make(client, kind: "organisation")
            let settings = try await client.execute(
                uri: "/api/v1/accounts/me/settings", method: .put, headers: organisation.auth, body: JSON.body(["retention_days": 2]))
            #expect(settings.status == .ok)
            let upload = try Multipart.demoPerson(folder: harness.environment.storage.stagingFolder)
            _ = try await client.execute(
                uri: "/api/v1/samples", method: .post, headers: upload.headers(organisation.auth), body: ByteBuffer(bytes: upload.body))
            #expect(await harness.runJobs() == 1)
            let files = try await harness.environment.store.files(ownerID: organisation.id)
            #expect(files.count == 3)
            let sender = WebhookSender(environment: harness.environment, logger: harness.logger)
            harness.clock.advance(by: 86_400)
            await sender.sweep()
            #expect(try await harness.environment.store.files(ownerID: organisation.id).count == 3, "one day: kept")
            harness.clock.advance(by: 2 * 86_400)
            await sender.sweep()
            #expect(try await harness.environment.store.files(ownerID: organisation.id).isEmpty)
            for file in files {
                let url = try #require(harness.environment.storage.url(forStored: file.storagePath))
                #expect(!FileManager.default.fileExists(atPath: url.path), "\(file.storagePath) still on disk")
            }
            let reports = try JSON.object(try await client.execute(uri: "/api/v1/reports", method: .get, headers: organisation.auth).body)
            #expect((reports["reports"] as? [Any])?.count == 1, "reports are kept")
        }
    }

    /// A report maker that takes its time, so a shutdown can arrive while a job runs.
    struct SlowReportMaker: ReportMaking {
        func makeReport(_ input: ReportInput, gutskinVersion: String) throws -> MadeReport {
            Thread.sleep(forTimeInterval: 1.5)
            return try PersonReportMaker().makeReport(input, gutskinVersion: gutskinVersion)
        }
    }

    @Test func gracefulShutdownFinishesTheRunningJob() async throws {
        guard SharedData.builtInReferences() else { return }
        let harness = try await ServiceHarness(reportMaker: SlowReportMaker())
        let (user, jobID) = try await harness.test { client in
            let user = try await APIUser.make(client)
            let upload = try Multipart.demoPerson(folder: harness.environment.storage.stagingFolder)
            let accepted = try JSON.object(
                try await client.execute(
                    uri: "/api/v1/samples", method: .post, headers: upload.headers(user.auth), body: ByteBuffer(bytes: upload.body)
                )
                .body)
            return (user, try #require(accepted["job_id"] as? String).flatMap { UUID(uuidString: $0) })
        }
        let id = try #require(jobID)
        let worker = JobWorker(environment: harness.environment, workers: 2, logger: harness.logger)
        let group = ServiceGroup(configuration: .init(services: [worker], logger: harness.logger))
        try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            // Wait until a worker holds the job, then ask for a graceful shutdown.
            var status = Job.Status.queued
            for _ in 0..<100 where status == .queued {
                try await Task.sleep(for: .milliseconds(50))
                status = try await harness.environment.store.job(id: id, ownerID: user.id)?.status ?? .queued
            }
            #expect(status == .running)
            await group.triggerGracefulShutdown()
            try await tasks.waitForAll()
        }
        let job = try #require(try await harness.environment.store.job(id: id, ownerID: user.id))
        #expect(job.status == .done, "the running job finished before the workers stopped")
        #expect(job.attempts == 1)
        #expect(job.reportIDs.count == 1)
    }
}

/// A worker that dies mid-job (a server killed with -9) loses nothing: once its lease runs out the
/// job is claimed again and completes exactly once, and the dead claim can no longer complete it.
@Suite struct JobRecoveryTests {
    @Test func jobOfADeadWorkerRunsAgainAfterItsLeaseAndCompletesOnce() async throws {
        guard SharedData.builtInReferences() else { return }
        let harness = try await ServiceHarness()
        let store = harness.environment.store
        let (user, jobID) = try await harness.test { client in
            let user = try await APIUser.make(client)
            let upload = try Multipart.demoPerson(folder: harness.environment.storage.stagingFolder)
            let accepted = try JSON.object(
                try await client.execute(
                    uri: "/api/v1/samples", method: .post, headers: upload.headers(user.auth), body: ByteBuffer(bytes: upload.body)
                ).body)
            return (user, UUID(uuidString: try #require(accepted["job_id"] as? String)))
        }
        let id = try #require(jobID)
        // The dead worker: claimed the job, then vanished.
        let dead = try #require(try await store.claimNextJob(now: harness.clock.now, lease: JobWorker.lease))
        #expect(dead.id == id)
        #expect(await harness.runJobs() == 0, "a live lease is not taken over")
        harness.clock.advance(by: JobWorker.lease + 1)
        #expect(await harness.runJobs() == 1, "the expired lease is claimed again")
        let job = try #require(try await store.job(id: id, ownerID: user.id))
        #expect(job.status == .done)
        #expect(job.attempts == 2)
        #expect(job.reportIDs.count == 1)
        let deadClaim = try #require(dead.claimToken)
        #expect(try await store.completeJob(id: id, claimToken: deadClaim, reports: [], now: harness.clock.now) == false)
        #expect(try await store.reports(visibleTo: user.id).count == 1, "exactly one report")
    }

    @Test func jobWhoseOriginalIsGoneFailsWithAMessage() async throws {
        guard SharedData.builtInReferences() else { return }
        let harness = try await ServiceHarness()
        try await harness.test { client in
            let user = try await APIUser.make(client)
            let upload = try Multipart.demoPerson(folder: harness.environment.storage.stagingFolder)
            let accepted = try JSON.object(
                try await client.execute(
                    uri: "/api/v1/samples", method: .post, headers: upload.headers(user.auth), body: ByteBuffer(bytes: upload.body)
                ).body)
            let jobID = try #require(accepted["job_id"] as? String)
            let files = try await harness.environment.store.files(ownerID: user.id)
            harness.environment.storage.delete(storedPaths: files.map(\.storagePath))
            #expect(await harness.runJobs() == 1)
            let job = try JSON.object(try await client.execute(uri: "/api/v1/jobs/\(jobID)", method: .get, headers: user.auth).body)
            #expect(job["status"] as? String == "failed")
            #expect(job["attempts"] as? Int == 1, "an input problem is not retried")
            let error = try #require(job["error"] as? String)
            #expect(error.contains("no longer kept"))
            #expect(!error.contains(harness.environment.storage.root.path))
        }
    }
}
