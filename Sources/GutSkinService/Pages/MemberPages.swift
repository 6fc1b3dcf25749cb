import Foundation
import GutSkinStore
import Hummingbird

/// The signed-in person's pages: my samples (with upload), a report in the site's frame (history: HistoryPage).
struct MemberPages {
    let support: PageSupport
    var environment: ServiceEnvironment { support.environment }

    func add(to router: Router<ServiceRequestContext>) {
        router.get("samples") { request, context in
            let account = try support.requireAccount(context)
            return try await samplesPage(account: account, request: request, context: context)
        }
        router.post("samples") { request, context in
            let account = try support.requireAccount(context)
            let form: MultipartForm
            do {
                form = try await UploadBody.read(request, limit: environment.configuration.maxUploadBytes)
            } catch let error as ServiceError {
                return try await samplesPage(
                    account: account, request: request, context: context, error: error.message, status: error.status)
            }
            try support.checkCSRF(form.part("csrf")?.text, request: request, context: context)
            do {
                let accepted = try await UploadOperation(environment: environment).accept(form, account: account)
                let count = accepted.samples.count
                return try await samplesPage(
                    account: account, request: request, context: context,
                    notice: "Uploaded \(count) sample\(count == 1 ? "" : "s"); the report is being made.", status: .accepted)
            } catch let error as ServiceError {
                return try await samplesPage(
                    account: account, request: request, context: context, error: error.message, status: error.status)
            }
        }
        router.get("reports/{id}/view") { request, context in
            let account = try support.requireAccount(context)
            return try await ReportPage(support: support).render(
                reportID: context.parameters.get("id", as: UUID.self), account: account, request: request, context: context)
        }
        router.post("reports/{id}/ask") { request, context in
            let account = try support.requireAccount(context)
            let form = try await FormBody.read(request)
            try support.checkCSRF(form["csrf"], request: request, context: context)
            return try await ReportPage(support: support).ask(
                form["question"] ?? "", reportID: context.parameters.get("id", as: UUID.self), conversation: form["conversation"],
                account: account, request: request, context: context)
        }
    }

    private func samplesPage(
        account: Account, request: Request, context: ServiceRequestContext, error: String? = nil, notice: String? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let store = environment.store
        let samples = try await store.samples(visibleTo: account.id)
        let reports = try await store.reports(visibleTo: account.id)
        let jobs = try await store.jobs(ownerID: account.id)
        let reportsBySample = Dictionary(grouping: reports, by: \.sampleID)
        let sampleRows: [[String: Any]] = samples.reversed().map { sample in
            var row: [String: Any] = [
                "name": sample.name, "site": sample.site.rawValue, "created": PageSupport.date(sample.createdAt),
                "reports": (reportsBySample[sample.id] ?? []).map {
                    ["id": $0.id.uuidString.lowercased(), "created": PageSupport.date($0.createdAt)]
                },
            ]
            if let skin = sample.skinSampleID { row["skinSample"] = skin }
            return row
        }
        let unfinished = jobs.filter { $0.status != .done }.suffix(10)
        let jobRows: [[String: Any]] = unfinished.reversed().map { job in
            var row: [String: Any] = ["created": PageSupport.date(job.createdAt), "status": job.status.rawValue]
            if let error = job.error { row["error"] = error }
            return row
        }
        let pending = jobs.contains { $0.status == .queued || $0.status == .running }
        let values: [String: Any] = [
            "samples": sampleRows, "hasSamples": !sampleRows.isEmpty, "jobs": jobRows, "pending": pending,
            "maxUploadMB": environment.configuration.maxUploadBytes / (1024 * 1024),
        ]
        return support.render(
            "samples", title: "My samples", values: values, request: request, context: context, error: error, notice: notice,
            refresh: pending ? 3 : nil, status: status)
    }
}

/// The history page's table: one row per report (oldest first), one column per main score.
enum HistoryTable {
    static func make(_ reports: [ReportSummary]) -> (columns: [String], rows: [[String: Any]]) {
        let summaries = reports.map { ($0, ReportSummaryScores(json: $0.summaryJSON)) }
        var keys = [(key: String, title: String)]()
        for id in ReportSummaryScores.mainScoreIDs {
            for site in ["gut", "skin"] {
                if let score = summaries.lazy.flatMap(\.1.scores).first(where: { $0.id == id && $0.site == site }) {
                    keys.append(("\(site).\(id)", "\(score.title) (\(site))"))
                }
            }
        }
        let rows: [[String: Any]] = summaries.map { report, summary in
            let byKey = Dictionary(summary.scores.map { ("\($0.site).\($0.id)", $0) }, uniquingKeysWith: { first, _ in first })
            let cells: [[String: Any]] = keys.map { key in
                guard let score = byKey[key.key], let value = score.value else { return ["value": "—"] }
                var cell: [String: Any] = ["value": format(value)]
                if score.band != "none" { cell["band"] = score.band }
                return cell
            }
            return [
                "id": report.id.uuidString.lowercased(), "date": PageSupport.date(report.createdAt), "sample": summary.sample,
                "cells": cells,
            ]
        }
        return (keys.map(\.title), rows)
    }

    static func format(_ value: Double) -> String {
        abs(value) >= 100 ? String(format: "%.0f", value) : abs(value) >= 1 ? String(format: "%.2f", value) : String(format: "%.3f", value)
    }
}
