import Foundation
import GutSkinFormats
import GutSkinStore
import Logging
import NIOPosix
import ServiceLifecycle

/// Workers that claim report jobs from the store and run them in this process. Each claim holds a
/// lease; a worker renews it while a job runs, so a live job is never taken over, and a job of a
/// killed server is claimed again once its lease expires. A graceful shutdown stops claiming and
/// lets running jobs finish.
public struct JobWorker: Service {
    let environment: ServiceEnvironment
    let workers: Int
    let logger: Logger
    public static let lease: TimeInterval = 60
    /// Attempts before a job that fails for a passing reason (the database) is marked failed.
    public static let maxAttempts = 3

    public init(environment: ServiceEnvironment, workers: Int, logger: Logger) {
        self.environment = environment
        self.workers = workers
        self.logger = logger
    }

    public func run() async throws {
        await withDiscardingTaskGroup { group in
            for index in 0..<workers {
                group.addTask { await self.loop(index) }
            }
        }
    }

    private func loop(_ index: Int) async {
        var logger = logger
        logger[metadataKey: "worker"] = "\(index)"
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            let worked = await runOnce(logger: logger)
            if !worked {
                try? await cancelWhenGracefulShutdown { try await Task.sleep(for: .milliseconds(250)) }
            }
        }
    }

    /// Claims one job and runs it to the end; false when no job was waiting (or the store failed).
    @discardableResult
    public func runOnce(logger: Logger? = nil) async -> Bool {
        let logger = logger ?? self.logger
        let store = environment.store
        let job: Job
        do {
            guard let claimed = try await store.claimNextJob(now: environment.now(), lease: Self.lease) else { return false }
            job = claimed
        } catch {
            logger.error("claiming a job failed: \(error)")
            return false
        }
        guard let claimToken = job.claimToken else { return false }
        logger.info("job started", metadata: ["job": "\(job.id)", "attempt": "\(job.attempts)", "samples": "\(job.sampleIDs.count)"])
        let renewal = Task {
            while !Task.isCancelled {
                try await Task.sleep(for: .seconds(Self.lease / 3))
                let until = environment.now().addingTimeInterval(Self.lease)
                guard try await store.renewLease(jobID: job.id, claimToken: claimToken, until: until) else { return }
            }
        }
        defer { renewal.cancel() }
        do {
            let reports = try await makeReports(for: job)
            let owner = try await store.account(id: job.ownerID)
            let delivery = WebhookEvents.delivery(
                for: job, status: .done, reportIDs: reports.map(\.id), error: nil, owner: owner, now: environment.now())
            let completed = try await store.completeJob(
                id: job.id, claimToken: claimToken, reports: reports, delivery: delivery, now: environment.now())
            logger.info(completed ? "job done" : "job finished after its claim was lost; result dropped", metadata: ["job": "\(job.id)"])
        } catch let error as ReportInputError {
            await fail(job, claimToken: claimToken, message: error.description, retry: false, logger: logger)
        } catch {
            let retry = job.attempts < Self.maxAttempts
            await fail(job, claimToken: claimToken, message: OneLine.text(String(describing: error)), retry: retry, logger: logger)
        }
        return true
    }

    private func fail(_ job: Job, claimToken: UUID, message: String, retry: Bool, logger: Logger) async {
        let owner = try? await environment.store.account(id: job.ownerID)
        let delivery =
            retry
            ? nil : WebhookEvents.delivery(for: job, status: .failed, reportIDs: [], error: message, owner: owner, now: environment.now())
        do {
            _ = try await environment.store.failJob(
                id: job.id, claimToken: claimToken, error: message, retry: retry, delivery: delivery, now: environment.now())
            // The message may quote the input; it is stored for the owner, not logged.
            logger.warning(retry ? "job attempt failed; queued again" : "job failed", metadata: ["job": "\(job.id)"])
        } catch {
            logger.error("recording a job failure failed: \(error)", metadata: ["job": "\(job.id)"])
        }
    }

    /// Reads each sample's stored files and makes its report, off the cooperative pool.
    private func makeReports(for job: Job) async throws -> [StoredReport] {
        var reports = [StoredReport]()
        for sampleID in job.sampleIDs {
            guard let sample = try await environment.store.sample(id: sampleID, visibleTo: job.ownerID) else {
                throw ReportInputError("a sample of this job no longer exists")
            }
            let input = try await reportInput(for: sample, ownerID: job.ownerID)
            let maker = environment.reportMaker
            let version = environment.configuration.gutskinVersion
            let made = try await NIOThreadPool.singleton.runIfActive { try maker.makeReport(input, gutskinVersion: version) }
            reports.append(
                StoredReport(
                    ownerID: job.ownerID, sampleID: sample.id, subjectID: sample.subjectID, jobID: job.id,
                    json: made.json, html: made.html, referenceNames: made.referenceNames,
                    gutskinVersion: version, summaryJSON: made.summaryJSON, createdAt: environment.now()))
        }
        return reports
    }

    private func reportInput(for sample: Sample, ownerID: UUID) async throws -> ReportInput {
        func located(_ id: UUID?) async throws -> (String, String)? {
            guard let id else { return nil }
            guard let file = try await environment.store.file(id: id, ownerID: ownerID),
                let url = environment.storage.url(forStored: file.storagePath),
                FileManager.default.fileExists(atPath: url.path)
            else {
                throw ReportInputError("an uploaded file of this sample is no longer kept (retention); upload it again")
            }
            return (url.path, file.originalName)
        }
        guard let table = try await located(sample.tableFileID) else { throw ReportInputError("the sample has no table") }
        let questionnaire = try await located(sample.questionnaireFileID)
        let breathTest = try await located(sample.breathTestFileID)
        return ReportInput(
            sample: sample, tablePath: table.0, tableName: table.1, questionnairePath: questionnaire?.0,
            questionnaireName: questionnaire?.1, breathTestPath: breathTest?.0, breathTestName: breathTest?.1)
    }
}
