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
    /// Threads for making reports, apart from NIOThreadPool.singleton, so long jobs never queue
    /// ahead of sign-ins (bcrypt) and upload checks; one per core, for the life of the process.
    static let reportThreads: NIOThreadPool = {
        let pool = NIOThreadPool(numberOfThreads: max(1, ProcessInfo.processInfo.activeProcessorCount))
        pool.start()
        return pool
    }()

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
        let signal = environment.jobQueueSignal
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            let generation = signal.generation
            let worked = await runOnce(logger: logger)
            if !worked {
                // Woken at once by an upload to this server; the poll finds other servers' jobs.
                await cancelWhenGracefulShutdown { await signal.wait(since: generation, timeout: .milliseconds(250)) }
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
            let (reports, sampleErrors) = try await makeReports(for: job)
            if reports.isEmpty, let first = sampleErrors.first {
                // Nothing could be reported: the job fails for good, with each sample's error.
                let message =
                    sampleErrors.count == 1
                    ? first.error : "none of the \(sampleErrors.count) samples could be reported; the first: \(first.error)"
                await fail(job, claimToken: claimToken, message: message, sampleErrors: sampleErrors, retry: false, logger: logger)
                return true
            }
            let owner = try await store.account(id: job.ownerID)
            let delivery = WebhookEvents.delivery(
                for: job, status: .done, reportIDs: reports.map(\.id), error: nil, owner: owner, now: environment.now())
            let completed = try await store.completeJob(
                id: job.id, claimToken: claimToken, reports: reports, sampleErrors: sampleErrors, delivery: delivery,
                now: environment.now())
            logger.info(
                completed ? "job done" : "job finished after its claim was lost; result dropped",
                metadata: ["job": "\(job.id)", "reports": "\(reports.count)", "sample_errors": "\(sampleErrors.count)"])
        } catch let error as ReportInputError {
            await fail(job, claimToken: claimToken, message: error.description, retry: false, logger: logger)
        } catch {
            let retry = job.attempts < Self.maxAttempts
            await fail(job, claimToken: claimToken, message: OneLine.text(String(describing: error)), retry: retry, logger: logger)
        }
        return true
    }

    private func fail(
        _ job: Job, claimToken: UUID, message: String, sampleErrors: [Job.SampleError] = [], retry: Bool, logger: Logger
    ) async {
        let owner = try? await environment.store.account(id: job.ownerID)
        let delivery =
            retry
            ? nil : WebhookEvents.delivery(for: job, status: .failed, reportIDs: [], error: message, owner: owner, now: environment.now())
        do {
            _ = try await environment.store.failJob(
                id: job.id, claimToken: claimToken, error: message, sampleErrors: sampleErrors, retry: retry, delivery: delivery,
                now: environment.now())
            // The message may quote the input; it is stored for the owner, not logged.
            logger.warning(retry ? "job attempt failed; queued again" : "job failed", metadata: ["job": "\(job.id)"])
        } catch {
            logger.error("recording a job failure failed: \(error)", metadata: ["job": "\(job.id)"])
        }
    }

    /// Reads each sample's stored files and makes the reports, off the cooperative pool: the
    /// reports made, and the samples that could not be reported with why (their own input problem).
    private func makeReports(for job: Job) async throws -> ([StoredReport], [Job.SampleError]) {
        var inputs = [ReportInput]()
        var sampleErrors = [Job.SampleError]()
        for sampleID in job.sampleIDs {
            do {
                guard let sample = try await environment.store.sample(id: sampleID, visibleTo: job.ownerID) else {
                    throw ReportInputError("the sample no longer exists")
                }
                inputs.append(try await reportInput(for: sample, ownerID: job.ownerID))
            } catch let error as ReportInputError {
                sampleErrors.append(Job.SampleError(sampleID: sampleID, error: error.description))
            }
        }
        let maker = environment.reportMaker
        let version = environment.configuration.gutskinVersion
        let made = try await Self.reportThreads.runIfActive { [inputs] in try maker.makeReports(inputs, gutskinVersion: version) }
        var reports = [StoredReport]()
        for (input, result) in zip(inputs, made) {
            switch result {
            case .success(let made):
                reports.append(
                    StoredReport(
                        ownerID: job.ownerID, sampleID: input.sample.id, subjectID: input.sample.subjectID, jobID: job.id,
                        json: made.json, html: made.html, referenceNames: made.referenceNames,
                        gutskinVersion: version, summaryJSON: made.summaryJSON, createdAt: environment.now()))
            case .failure(let error):
                sampleErrors.append(Job.SampleError(sampleID: input.sample.id, error: error.description))
            }
        }
        let order = Dictionary(job.sampleIDs.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        sampleErrors.sort { order[$0.sampleID, default: 0] < order[$1.sampleID, default: 0] }
        return (reports, sampleErrors)
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
