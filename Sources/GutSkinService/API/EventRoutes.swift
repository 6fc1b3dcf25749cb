import Foundation
import GutSkinAxis
import GutSkinStore
import Hummingbird

/// `/api/v1/events`: what happened to the person on a day (a probiotic started, a diet changed, a
/// course of antibiotics), shown beside the reports on the history page. Per account.
struct EventRoutes {
    let environment: ServiceEnvironment

    struct NewEvent: Decodable {
        let date: String
        let text: String
    }

    struct EventBody: Encodable {
        let id: UUID
        let date: String
        let text: String
        let createdAt: Date
        init(_ event: Event) {
            (id, date, text, createdAt) = (event.id, EventOperation.day(event.date), event.text, event.createdAt)
        }
        enum CodingKeys: String, CodingKey { case id, date, text, createdAt = "created_at" }
    }

    struct Events: Encodable { let events: [EventBody] }

    func add(to api: RouterGroup<ServiceRequestContext>) {
        api.post("events") { request, context in
            let account = try context.requireBearerAccount()
            let body = try await JSONBody.decode(NewEvent.self, from: request)
            let event = try await EventOperation(environment: environment).add(date: body.date, text: body.text, account: account)
            return JSONBody.response(EventBody(event), status: .created)
        }
        api.get("events") { _, context in
            let account = try context.requireAccount()
            let events = try await environment.store.events(ownerID: account.id)
            return JSONBody.response(Events(events: events.map(EventBody.init)))
        }
        api.delete("events/{id}") { _, context in
            let account = try context.requireBearerAccount()
            guard let id = context.parameters.get("id", as: UUID.self),
                try await environment.store.deleteEvent(id: id, ownerID: account.id)
            else { throw ServiceError.notFound("event") }
            return Response(status: .noContent)
        }
    }
}

/// Checks and stores one event: a calendar day (YYYY-MM-DD, kept as midnight UTC) and 1 to 500
/// characters of text.
struct EventOperation {
    let environment: ServiceEnvironment

    static let maxTextLength = 500

    func add(date: String, text: String, account: Account) async throws -> Event {
        guard let day = Self.parseDay(date) else {
            throw ServiceError(.badRequest, "date must be a day as YYYY-MM-DD (from 1900 to 2100), not '\(date.prefix(40))'")
        }
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty, text.count <= Self.maxTextLength, !text.unicodeScalars.contains("\0") else {
            throw ServiceError(.badRequest, "text must have 1 to \(Self.maxTextLength) characters (and no NUL)")
        }
        let event = Event(ownerID: account.id, date: day, text: text, createdAt: environment.now())
        try await environment.store.addEvent(event)
        return event
    }

    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    /// Midnight UTC of a YYYY-MM-DD day that exists (no 31 February), or nil: the day as the
    /// library's timeline reads it (`TimelineDay`), written exactly, with no time after it.
    static func parseDay(_ text: String) -> Date? {
        guard text.utf8.count == 10, let day = TimelineDay(parsing: text) else { return nil }
        return calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day))
    }

    /// The day of a stored event as YYYY-MM-DD.
    static func day(_ date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        func padded(_ value: Int?, _ width: Int) -> String {
            let digits = String(value ?? 0)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(padded(parts.year, 4))-\(padded(parts.month, 2))-\(padded(parts.day, 2))"
    }
}
