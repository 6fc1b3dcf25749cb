import Foundation
import GutSkinAxis
import GutSkinCore
import GutSkinFormats
import GutSkinStore
import NIOPosix

/// Accepts an upload (API or page): validates every file with gutskin's readers before anything
/// is stored, moves the originals into place, records the samples and queues the job that reports
/// them. A bad file is a 400 naming the file the client sent (never the staging path).
struct UploadOperation {
    let environment: ServiceEnvironment
    static let maxSamples = 10_000

    /// The stored samples and the queued job.
    struct Accepted {
        let samples: [Sample]
        let job: Job
    }

    func accept(_ form: MultipartForm, account: Account) async throws -> Accepted {
        guard let tablePart = form.file("table") else {
            throw ServiceError(.badRequest, "the upload has no 'table' file")
        }
        let site: Sample.Site
        switch form.part("site")?.text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() ?? "" {
        case "", "gut": site = .gut
        case "skin": site = .skin
        default: throw ServiceError(.badRequest, "'site' must be gut or skin")
        }
        var subjectID: UUID?
        if let text = nonEmpty(form.part("subject")) {
            guard let id = UUID(uuidString: text), try await environment.store.subject(id: id, ownerID: account.id) != nil else {
                throw ServiceError.notFound("subject")
            }
            subjectID = id
        }
        let sampleName = nonEmpty(form.part("sample"))
        let skinName = nonEmpty(form.part("skin_sample"))
        if skinName != nil && site == .skin { throw ServiceError(.badRequest, "'skin_sample' goes with a gut 'sample' (site gut)") }

        var staged = [URL]()
        do {
            let table = try await stageAndRead(tablePart, staged: &staged) { path in try FeatureTableFile.read(path: path) }
            let sampleIDs = table.value.sampleIDs
            for name in [sampleName, skinName].compactMap({ $0 }) where !sampleIDs.contains(name) {
                throw ServiceError(
                    .badRequest,
                    "\(table.displayName): no sample '\(name)' (the table has \(sampleIDs.count) samples, e.g. \(sampleIDs.prefix(5).joined(separator: ", ")))"
                )
            }
            guard !sampleIDs.isEmpty else { throw ServiceError(.badRequest, "\(table.displayName): the table has no samples") }
            let names = sampleName.map { [$0] } ?? sampleIDs.filter { $0 != skinName }
            guard names.count <= Self.maxSamples else {
                throw ServiceError(.badRequest, "\(table.displayName): more than \(Self.maxSamples) samples in one upload; split the table")
            }
            var questionnaire: Validated<Questionnaire>?
            var breathTest: Validated<BreathTestSeries>?
            if let part = form.file("questionnaire") {
                questionnaire = try await stageAndRead(part, staged: &staged) { path in try QuestionnaireFile.read(path: path) }
            }
            if let part = form.file("breath_test") {
                breathTest = try await stageAndRead(part, staged: &staged) { path in try BreathTestTSV.read(path: path) }
            }

            // Everything read: keep the originals and record them.
            let now = environment.now()
            var kept = [String]()
            do {
                let tableFile = try keep(table.stored, ownerID: account.id, kind: .table, now: now, kept: &kept)
                let questionnaireFile = try questionnaire.map {
                    try keep($0.stored, ownerID: account.id, kind: .questionnaire, now: now, kept: &kept)
                }
                let breathTestFile = try breathTest.map {
                    try keep($0.stored, ownerID: account.id, kind: .breathTest, now: now, kept: &kept)
                }
                for file in [tableFile, questionnaireFile, breathTestFile].compactMap({ $0 }) {
                    try await environment.store.insertFile(file)
                }
                let samples = names.map { name in
                    Sample(
                        ownerID: account.id, subjectID: subjectID, name: name, site: site, tableFileID: tableFile.id,
                        skinSampleID: skinName, questionnaireFileID: questionnaireFile?.id, breathTestFileID: breathTestFile?.id,
                        createdAt: now)
                }
                let job = Job(ownerID: account.id, sampleIDs: samples.map(\.id), createdAt: now)
                try await environment.store.insertSamples(samples, enqueuing: job)
                environment.jobQueueSignal.notify()
                return Accepted(samples: samples, job: job)
            } catch {
                environment.storage.delete(storedPaths: kept)
                throw error
            }
        } catch {
            environment.storage.discard(staged)
            throw error
        }
    }

    /// A validated upload still in staging: what it read as, and the record to store it under.
    struct Validated<Value> {
        let value: Value
        let displayName: String
        let stored: (url: URL, name: String, size: Int, sha256: String)
    }

    /// Writes the part to staging and reads it with `reader` on the thread pool; a reader error
    /// becomes a 400 whose message names the client's file name in place of the staging path.
    private func stageAndRead<Value: Sendable>(
        _ part: MultipartForm.Part, staged: inout [URL], reader: @escaping @Sendable (String) throws -> Value
    ) async throws -> Validated<Value> {
        let displayName = Self.displayName(part.fileName ?? part.name)
        guard !part.data.isEmpty else { throw ServiceError(.badRequest, "\(displayName): the file is empty") }
        let url: URL
        do { url = try environment.storage.stage(part.data, clientName: part.fileName) } catch {
            throw ServiceError(.internalServerError, "the upload could not be staged")
        }
        staged.append(url)
        let value: Value
        do {
            value = try await NIOThreadPool.singleton.runIfActive { try reader(url.path) }
        } catch {
            let message = OneLine.text(String(describing: error)).replacingOccurrences(of: url.path, with: displayName)
                .replacingOccurrences(of: url.lastPathComponent, with: displayName)
            throw ServiceError(.badRequest, message)
        }
        return Validated(
            value: value, displayName: displayName,
            stored: (url, part.fileName ?? part.name, part.data.count, SecretToken.sha256Hex(part.data)))
    }

    private func keep(
        _ stored: (url: URL, name: String, size: Int, sha256: String), ownerID: UUID, kind: StoredFile.Kind, now: Date,
        kept: inout [String]
    ) throws -> StoredFile {
        let id = UUID()
        let path = try environment.storage.keep(staged: stored.url, ownerID: ownerID, fileID: id)
        kept.append(path)
        return StoredFile(
            id: id, ownerID: ownerID, kind: kind, originalName: stored.name, storagePath: path, size: Int64(stored.size),
            sha256: stored.sha256, createdAt: now)
    }

    private func nonEmpty(_ part: MultipartForm.Part?) -> String? {
        guard let text = part?.text.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
        return text
    }

    /// The client's file name for messages: one line, at most 200 characters (kept verbatim otherwise).
    static func displayName(_ name: String) -> String {
        let line = OneLine.text(name)
        return line.count > 200 ? String(line.prefix(200)) + "…" : line
    }
}
