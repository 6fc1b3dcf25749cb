import Foundation
import GutSkinDiary
import GutSkinFormats
import GutSkinStore
import NIOPosix

/// A person's diary in the service: an upload read by GutSkinDiary's reader before anything is
/// kept (a bad file is a 400 naming the file and place), kept as a `.diary` StoredFile; the latest
/// one analysed on request, together with the days logged on the diary page (DiaryLog), with a
/// fixed seed and a modest number of permutations.
struct DiaryOperation {
    let environment: ServiceEnvironment

    /// The analysis the service runs: seeded (the same answer every time), 999 block permutations
    /// (p-values down to 0.001, in well under a second for a year's diary), one thread per request.
    static var options: DiaryAnalysisOptions {
        var options = DiaryAnalysisOptions()
        options.permutations = 999
        options.seed = 1
        options.threads = 1
        return options
    }

    /// Reads and keeps one diary; `name` is the client's file name (errors name it).
    func accept(_ data: Data, name: String, format: Diary.Format?, account: Account) async throws -> (file: StoredFile, diary: Diary) {
        let displayName = UploadOperation.displayName(name)
        guard !data.isEmpty else { throw ServiceError(.badRequest, "\(displayName): the file is empty") }
        let diary: Diary
        do {
            diary = try await NIOThreadPool.singleton.runIfActive { try Diary.parse(data: data, file: displayName, format: format) }
        } catch {
            throw ServiceError(.badRequest, OneLine.text(String(describing: error)))
        }
        let staged: URL
        do { staged = try environment.storage.stage(data, clientName: name) } catch {
            throw ServiceError(.internalServerError, "the upload could not be staged")
        }
        let id = UUID()
        var kept: String?
        do {
            let path = try environment.storage.keep(staged: staged, ownerID: account.id, fileID: id)
            kept = path
            let file = StoredFile(
                id: id, ownerID: account.id, kind: .diary, originalName: name, storagePath: path, size: Int64(data.count),
                sha256: SecretToken.sha256Hex(data), createdAt: environment.now())
            try await environment.store.insertFile(file)
            return (file, diary)
        } catch {
            environment.storage.discard([staged])
            if let kept { environment.storage.delete(storedPaths: [kept]) }
            throw error
        }
    }

    /// The account's most recent diary and its entries, or nil when it has none (or its file is gone).
    func latest(account: Account) async throws -> (file: StoredFile, diary: Diary)? {
        let files = try await environment.store.files(ownerID: account.id).filter { $0.kind == .diary }
        guard let file = files.max(by: { ($0.createdAt, $0.id.uuidString) < ($1.createdAt, $1.id.uuidString) }),
            let url = environment.storage.url(forStored: file.storagePath), let data = try? Data(contentsOf: url)
        else { return nil }
        let name = UploadOperation.displayName(file.originalName)
        let format = Diary.Format(fileName: file.originalName)
        let diary = try await NIOThreadPool.singleton.runIfActive { try Diary.parse(data: data, file: name, format: format) }
        return (file, diary)
    }

    /// What is analysed: the newest uploaded diary together with the days logged on the diary page.
    struct StoredDiary {
        let upload: StoredFile?
        let loggedDays: Int
        let diary: Diary

        /// "diary.tsv (kept 1 Mar 2026 12:00 UTC) and 12 days logged here", for the pages.
        var source: String {
            var parts: [String] = []
            if let upload {
                parts.append("\(UploadOperation.displayName(upload.originalName)) (kept \(PageSupport.date(upload.createdAt)))")
            }
            if loggedDays > 0 { parts.append("\(loggedDays) day\(loggedDays == 1 ? "" : "s") logged here") }
            return parts.joined(separator: " and ")
        }
    }

    /// The account's diary: the newest upload's entries and the logged days' entries; nil when it has neither.
    func stored(account: Account) async throws -> StoredDiary? {
        let upload = try await latest(account: account)
        let days = try await DiaryLog(environment: environment).days(account: account)
        var entries = (upload?.diary.entries ?? []) + days.flatMap(\.diary.entries)
        guard let last = entries.map(\.date).max() else { return nil }
        // An old upload and recent logged days could together span more than the analysis reads.
        entries.removeAll { last.dayNumber - $0.date.dayNumber >= Diary.maximumDays }
        return StoredDiary(upload: upload?.file, loggedDays: days.count, diary: Diary(entries: entries))
    }

    /// The analysis of the account's diary, run on the thread pool (not on the request's event loop).
    func analysis(account: Account) async throws -> (stored: StoredDiary, result: DiaryAnalysisResult)? {
        guard let stored = try await stored(account: account) else { return nil }
        let diary = stored.diary
        let result = try await NIOThreadPool.singleton.runIfActive { DiaryAnalysis.run(diary, options: Self.options) }
        return (stored, result)
    }
}
