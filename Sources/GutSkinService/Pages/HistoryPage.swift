import Foundation
import GutSkinRendering
import GutSkinStore
import Hummingbird

/// The history page: the main scores of every report, each gut score by date with the person's
/// events and the change around each event against usual variation, a list of reports and
/// events by date, with a form to add an event (CSRF-protected) and to remove one.
struct HistoryPage {
    let support: PageSupport
    var environment: ServiceEnvironment { support.environment }

    func add(to router: Router<ServiceRequestContext>) {
        router.get("history") { request, context in
            try await render(account: try support.requireAccount(context), request: request, context: context)
        }
        router.post("history/events") { request, context in
            let account = try support.requireAccount(context)
            let form = try await FormBody.read(request)
            try support.checkCSRF(form["csrf"], request: request, context: context)
            do {
                _ = try await EventOperation(environment: environment).add(
                    date: form["date"] ?? "", text: form["text"] ?? "", account: account)
            } catch let error as ServiceError {
                return try await render(account: account, request: request, context: context, error: error.message, status: error.status)
            }
            return PageSupport.redirect("/history")
        }
        router.post("history/events/{id}/delete") { request, context in
            let account = try support.requireAccount(context)
            let form = try await FormBody.read(request)
            try support.checkCSRF(form["csrf"], request: request, context: context)
            guard let id = context.parameters.get("id", as: UUID.self),
                try await environment.store.deleteEvent(id: id, ownerID: account.id)
            else { throw PageError(status: .notFound, message: "There is no such event.", pages: support.pages, account: account) }
            return PageSupport.redirect("/history")
        }
    }

    private func render(
        account: Account, request: Request, context: ServiceRequestContext, error: String? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let reports = try await environment.store.reports(visibleTo: account.id)
        let events = try await environment.store.events(ownerID: account.id)
        let (columns, rows) = HistoryTable.make(reports)
        let values: [String: Any] = [
            "columns": columns, "rows": rows, "hasRows": !rows.isEmpty,
            "timeline": Self.timeline(reports: reports, events: events), "maxEventText": EventOperation.maxTextLength,
            "scoreTimeline": Self.scoreTimeline(reports: reports, events: events),
        ]
        return support.render("history", title: "History", values: values, request: request, context: context, error: error, status: status)
    }

    /// The scores by date with events and before/after against usual variation (`HistoryTimeline`),
    /// drawn as the report page draws it; empty before the first gut report.
    static func scoreTimeline(reports: [ReportSummary], events: [Event]) -> String {
        let timeline = HistoryTimeline.make(reports: reports, events: events, subject: "your reports")
        guard !timeline.points.isEmpty else { return "" }
        return TimelineSection.html(timeline, headingLevel: 2, id: "scores-over-time")
    }

    /// Reports and events in one list by day (an event before a report made the same day).
    static func timeline(reports: [ReportSummary], events: [Event]) -> [[String: Any]] {
        var entries: [(day: String, order: Int, date: Date, values: [String: Any])] = []
        for event in events {
            let day = EventOperation.day(event.date)
            entries.append((day, 0, event.date, ["day": day, "event": ["id": event.id.uuidString.lowercased(), "text": event.text]]))
        }
        for report in reports {
            let day = EventOperation.day(report.createdAt)
            let sample = ReportSummaryScores(json: report.summaryJSON).sample
            entries.append(
                (day, 1, report.createdAt, ["day": day, "report": ["id": report.id.uuidString.lowercased(), "sample": sample]]))
        }
        return entries.sorted { ($0.day, $0.order, $0.date) < ($1.day, $1.order, $1.date) }.map(\.values)
    }
}
