import Foundation
import GRDB
import Logging
import TestSupport
import Testing

@testable import GutSkinStore

/// Real servers (the built `gutskin` binary) under the failures issue 11 names: one killed with
/// `kill -9` in the middle of a batch of 200 jobs and started again, and two sharing one
/// PostgreSQL database. Every job must end done, with exactly one report, whatever happened.
@Suite(.serialized) struct ResilienceTests {
    static let batch = 200
    /// A job a killed server held is claimed again once its lease (JobWorker.lease, 60 s) runs out.
    static let afterRestartSeconds = 150.0

    @Test func killedMidBatchThenRestartedEveryJobIsDoneExactlyOnce() async throws {
        guard SharedData.builtInReferences() else { return }
        let folder = TemporaryFolder()
        let root = URL(fileURLWithPath: folder.path)
        let data = root.appendingPathComponent("data")
        let databasePath = root.appendingPathComponent("gutskin.sqlite").path
        let database = "sqlite:" + databasePath

        // The batch is queued first (a server with no workers), so the kill lands while jobs run.
        let intake = try await ServerProcess(database: database, dataDirectory: data, workers: 0, folder: root, name: "intake")
        let api = try await LiveAPI(base: intake.base).signedUp()
        var jobIDs = [String]()
        for index in 0..<Self.batch { jobIDs.append(try await api.uploadTinySample("kill-\(index)")) }
        intake.stop()

        let doomed = try await ServerProcess(database: database, dataDirectory: data, workers: 2, folder: root, name: "doomed")
        let doomedAPI = LiveAPI(base: doomed.base, token: api.token)
        let deadline = Date().addingTimeInterval(60)
        var doneBeforeKill = 0
        while doneBeforeKill < 10, Date() < deadline {
            doneBeforeKill = try await doomedAPI.reports().count
            if doneBeforeKill < 10 { try await Task.sleep(for: .milliseconds(20)) }
        }
        let interrupted = try await Self.killWhileJobsRun(doomed, databasePath: databasePath)
        #expect(doneBeforeKill >= 10, "the first server made no reports within 60 s")
        #expect(!interrupted.isEmpty, "no instant with a running job was found in 30 s; the kill interrupted nothing")

        let restarted = try await ServerProcess(database: database, dataDirectory: data, workers: 2, folder: root, name: "restarted")
        defer { restarted.stop() }
        let jobs = try await Self.waitUntilFinished(jobIDs, api: LiveAPI(base: restarted.base, token: api.token))
        try await Self.expectEachDoneOnce(jobIDs, jobs: jobs, api: LiveAPI(base: restarted.base, token: api.token))
        let attempts = Dictionary(uniqueKeysWithValues: jobs.map { ($0.key.lowercased(), $0.value["attempts"] as? Int ?? 0) })
        print("ResilienceTests: killed after \(doneBeforeKill) of \(Self.batch) reports, with \(interrupted.count) job(s) running")
        for id in interrupted {
            #expect(attempts[id, default: 0] >= 2, "job \(id) was running at the kill but was not run again")
        }
        let logged = doomed.jobsLoggedDone() + restarted.jobsLoggedDone()
        #expect(Set(logged).count == logged.count, "a job was logged done twice")
    }

    @Test func twoServersOnOnePostgreSQLShareTheBatchAndDoEachJobOnce() async throws {
        guard let base = ProcessInfo.processInfo.environment["GUTSKIN_TEST_POSTGRES"].flatMap({ $0.isEmpty ? nil : $0 }) else {
            print("SKIPPED twoServersOnOnePostgreSQLShareTheBatchAndDoEachJobOnce: needs PostgreSQL (set GUTSKIN_TEST_POSTGRES)")
            return
        }
        let schema = "resilience_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        let database = base + (base.contains("?") ? "&" : "?") + "schema=\(schema)"
        do {
            try await Self.shareBatch(database: database)
        } catch {
            try? await Self.dropSchema(database)
            throw error
        }
        try await Self.dropSchema(database)
    }

    static func shareBatch(database: String) async throws {
        let folder = TemporaryFolder()
        let root = URL(fileURLWithPath: folder.path)
        let data = root.appendingPathComponent("data")  // shared storage, as docs/service.md asks of servers on one database
        async let startedFirst = ServerProcess(database: database, dataDirectory: data, workers: 2, folder: root, name: "first")
        async let startedSecond = ServerProcess(database: database, dataDirectory: data, workers: 2, folder: root, name: "second")
        let (first, second) = try await (startedFirst, startedSecond)
        defer {
            first.stop()
            second.stop()
        }
        let firstAPI = try await LiveAPI(base: first.base).signedUp()
        let secondAPI = LiveAPI(base: second.base, token: firstAPI.token)  // a request may land on either server
        var jobIDs = [String]()
        for index in 0..<batch {
            jobIDs.append(try await (index.isMultiple(of: 2) ? firstAPI : secondAPI).uploadTinySample("shared-\(index)"))
        }
        let jobs = try await waitUntilFinished(jobIDs, api: secondAPI)
        try await expectEachDoneOnce(jobIDs, jobs: jobs, api: firstAPI)
        let byFirst = first.jobsLoggedDone()
        let bySecond = second.jobsLoggedDone()
        print("ResilienceTests: two servers on PostgreSQL did \(byFirst.count) + \(bySecond.count) of \(batch) jobs")
        #expect(Set(byFirst).isDisjoint(with: bySecond), "both servers completed the same job")
        #expect(byFirst.count + bySecond.count == batch, "\(byFirst.count) + \(bySecond.count) jobs logged done")
        #expect(!byFirst.isEmpty && !bySecond.isEmpty, "one server did all the work (\(byFirst.count) / \(bySecond.count))")
    }

    /// Kills `server` (`kill -9`) at an instant when at least one job is running, so the kill
    /// interrupts work for certain: the server is frozen (SIGSTOP), the database's last commit is
    /// read, and the kill is sent only if a job is claimed and unfinished; otherwise the server runs
    /// on a few milliseconds. Returns the ids of the jobs running at the kill.
    static func killWhileJobsRun(_ server: ServerProcess, databasePath: String) async throws -> Set<String> {
        var configuration = Configuration()
        configuration.readonly = true
        let reader = try DatabaseQueue(path: databasePath, configuration: configuration)
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            server.pause()
            let running =
                (try? await reader.read { db in try UUID.fetchAll(db, sql: "SELECT id FROM jobs WHERE status = 'running'") }) ?? []
            if !running.isEmpty {
                server.killNow()
                return Set(running.map { $0.uuidString.lowercased() })
            }
            server.resume()
            try await Task.sleep(for: .milliseconds(3))
        }
        server.killNow()
        return []
    }

    /// Polls the jobs (bounded) until none is queued or running; returns each job's JSON by id.
    static func waitUntilFinished(_ jobIDs: [String], api: LiveAPI) async throws -> [String: [String: Any]] {
        let deadline = Date().addingTimeInterval(afterRestartSeconds)
        var pending = Set(jobIDs)
        var jobs = [String: [String: Any]]()
        while !pending.isEmpty, Date() < deadline {
            for id in pending.sorted() {
                let job = try await api.json("GET", "/jobs/\(id)")
                if let status = job["status"] as? String, status == "done" || status == "failed" {
                    jobs[id] = job
                    pending.remove(id)
                }
            }
            if !pending.isEmpty { try await Task.sleep(for: .milliseconds(500)) }
        }
        #expect(pending.isEmpty, "\(pending.count) of \(jobIDs.count) jobs unfinished after \(Int(afterRestartSeconds)) s")
        return jobs
    }

    /// Every job done with one report, and the reports listed are exactly one per job and per sample.
    static func expectEachDoneOnce(_ jobIDs: [String], jobs: [String: [String: Any]], api: LiveAPI) async throws {
        for id in jobIDs {
            let job = try #require(jobs[id], "job \(id) never finished")
            #expect(job["status"] as? String == "done", "job \(id): \(job["status"] ?? "?") \(job["error"] ?? "")")
            #expect((job["report_ids"] as? [String])?.count == 1, "job \(id) has reports \(job["report_ids"] ?? "none")")
        }
        let reports = try await api.reports()
        let reportJobs = reports.compactMap { ($0["job_id"] as? String)?.lowercased() }
        #expect(reports.count == jobIDs.count, "\(reports.count) reports for \(jobIDs.count) jobs")
        #expect(Set(reportJobs) == Set(jobIDs), "the reports' jobs are not the batch's jobs")
        #expect(Set(reports.compactMap { $0["sample_id"] as? String }).count == jobIDs.count, "a sample has two reports")
    }

    static func dropSchema(_ database: String) async throws {
        var logger = Logger(label: "gutskin-resilience-tests")
        logger.logLevel = .error
        let store = try await ServiceStoreFactory.open(url: database, logger: logger)
        try await (store as? PostgresStore)?.dropOwnSchema()
        await store.close()
    }
}
