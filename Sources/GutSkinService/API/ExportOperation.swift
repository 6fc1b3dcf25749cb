import Foundation
import GutSkinStore

/// "Export everything I gave and got": one tar archive holding `account.json` (the records, without
/// password or token hashes), every kept original under `originals/` with its client name, and every
/// report as `reports/<id>.json`, and the diary days logged on the site under `diary/`.
struct ExportOperation {
    let environment: ServiceEnvironment

    func archive(for account: Account) async throws -> Data {
        guard var export = try await environment.store.export(accountID: account.id) else { throw ServiceError.notFound("account") }
        export.account.passwordHash = ""
        export.account.webhookSecret = nil
        export.apiTokens = export.apiTokens.map {
            var token = $0
            token.tokenHash = ""
            return token
        }
        var tar = TarArchive()
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        var records = export
        records.reports = records.reports.map {
            var report = $0
            report.html = ""
            report.json = ""
            return report
        }
        tar.add(name: "account.json", contents: try encoder.encode(records))
        for file in export.files {
            guard let url = environment.storage.url(forStored: file.storagePath), let data = try? Data(contentsOf: url) else { continue }
            let clientName = file.originalName.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? "file"
            tar.add(name: "originals/\(file.id.uuidString.lowercased().prefix(8))-\(clientName)", contents: data, modified: file.createdAt)
        }
        for report in export.reports {
            tar.add(name: "reports/\(report.id.uuidString.lowercased()).json", contents: Data(report.json.utf8), modified: report.createdAt)
        }
        for file in try await DiaryLog(environment: environment).exportFiles(account: account) {
            tar.add(name: file.name, contents: file.contents)
        }
        return tar.finished()
    }
}
