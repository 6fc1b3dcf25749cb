import Foundation
import GutSkinStore
import Hummingbird

/// `GET /api/v1/timeline`: the account's gut scores by date across their reports, their events,
/// and the change around each event against usual variation — what the history page draws, as
/// the report JSON's `timeline` object (docs/report-schema.md).
struct TimelineRoutes {
    let environment: ServiceEnvironment

    func add(to api: RouterGroup<ServiceRequestContext>) {
        api.get("timeline") { _, context in
            let account = try context.requireAccount()
            let reports = try await environment.store.reports(visibleTo: account.id)
            let events = try await environment.store.events(ownerID: account.id)
            let timeline = HistoryTimeline.make(reports: reports, events: events, subject: "your reports")
            return JSONBody.raw(try HistoryTimeline.json(timeline))
        }
    }
}
