import Foundation

@testable import GutSkinStore

/// Fixed moments (whole seconds, so both engines store them exactly) and small builders of rows.
enum Seed {
    static let t0 = Date(timeIntervalSince1970: 1_800_000_000)

    static func at(_ seconds: TimeInterval) -> Date { t0.addingTimeInterval(seconds) }

    static func account(_ email: String, _ kind: Account.Kind = .person, at seconds: TimeInterval = 0) -> Account {
        Account(email: email, passwordHash: "$2b$12$hash-of-\(email)", kind: kind, createdAt: at(seconds))
    }

    static func file(owner: UUID, name: String = "table.biom", at seconds: TimeInterval = 0) -> StoredFile {
        let id = UUID()
        return StoredFile(
            id: id, ownerID: owner, kind: .table, originalName: name, storagePath: "uploads/\(owner)/\(id)",
            size: 1234, sha256: String(repeating: "ab", count: 32), createdAt: at(seconds))
    }

    static func sample(owner: UUID, file: UUID, subject: UUID? = nil, name: String = "S1", at seconds: TimeInterval = 0) -> Sample {
        Sample(ownerID: owner, subjectID: subject, name: name, site: .gut, tableFileID: file, createdAt: at(seconds))
    }

    static func report(for sample: Sample, job: UUID, at seconds: TimeInterval = 0) -> StoredReport {
        StoredReport(
            ownerID: sample.ownerID, sampleID: sample.id, subjectID: sample.subjectID, jobID: job,
            json: #"{"format":"gutskin-report","sample":"\#(sample.name)"}"#, html: "<html>\(sample.name)</html>",
            referenceNames: ["gut-default", "skin-default"], gutskinVersion: "0.test",
            summaryJSON: #"{"gmhi":1.5}"#, createdAt: at(seconds))
    }

    /// An account with a file, one sample and a queued job for it; returns the pieces.
    static func upload(
        _ store: any ServiceStore, owner: UUID, subject: UUID? = nil, name: String = "S1", at seconds: TimeInterval = 0
    ) async throws -> (file: StoredFile, sample: Sample, job: Job) {
        let file = file(owner: owner, at: seconds)
        try await store.insertFile(file)
        let sample = sample(owner: owner, file: file.id, subject: subject, name: name, at: seconds)
        let job = Job(ownerID: owner, sampleIDs: [sample.id], createdAt: at(seconds))
        try await store.insertSamples([sample], enqueuing: job)
        return (file, sample, job)
    }

    /// Claims the next job and completes it with one report per sample; returns the job.
    @discardableResult
    static func runNextJob(_ store: any ServiceStore, samples: [Sample], at seconds: TimeInterval = 0) async throws -> Job? {
        guard let job = try await store.claimNextJob(now: at(seconds), lease: 60), let token = job.claimToken else { return nil }
        let reports = samples.filter { job.sampleIDs.contains($0.id) }.map { report(for: $0, job: job.id, at: seconds) }
        _ = try await store.completeJob(id: job.id, claimToken: token, reports: reports, now: at(seconds))
        return job
    }
}
