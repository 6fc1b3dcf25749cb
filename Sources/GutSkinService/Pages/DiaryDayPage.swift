import Foundation
import GutSkinDiary
import GutSkinStore
import Hummingbird

/// Logging a day of the diary on a phone: one server-rendered form (no scripts) with the date
/// (today by default), foods and products ticked from the person's recent items and the built-in
/// tags or typed, symptom sliders and stool form; below it the recent days, each to edit or delete.
struct DiaryDayPage {
    let support: PageSupport
    var environment: ServiceEnvironment { support.environment }

    /// Logged days listed under the form, newest first.
    static let listedDays = 14

    func add(to router: Router<ServiceRequestContext>) {
        router.get("diary/day") { request, context in
            let account = try support.requireAccount(context)
            let query = request.uri.queryParameters
            let date = query["date"].map(String.init).flatMap { DiaryDate($0)?.description } ?? Self.today(environment.now())
            let logged = try await DiaryLog(environment: environment).day(on: date, account: account)
            let form = logged.map { DiaryDayForm(day: date, diary: $0.diary) } ?? DiaryDayForm(date: date)
            var notice: String?
            if query["saved"] != nil, let logged {
                notice = "Saved \(date): \(logged.diary.entries.count) entr\(logged.diary.entries.count == 1 ? "y" : "ies")."
            }
            if let deleted = query["deleted"].flatMap({ DiaryDate($0) }) { notice = "Deleted the entries of \(deleted)." }
            return try await render(
                form, isLogged: logged != nil, scoresKnown: logged != nil, account: account, request: request, context: context,
                notice: notice)
        }
        router.post("diary/day") { request, context in
            let account = try support.requireAccount(context)
            let pairs = try await FormPairs.read(request)
            try support.checkCSRF(pairs["csrf"], request: request, context: context)
            let form = DiaryDayForm(pairs: pairs)
            do {
                _ = try await DiaryLog(environment: environment).save(form, account: account)
            } catch let error as ServiceError {
                return try await render(
                    form, isLogged: false, scoresKnown: true, account: account, request: request, context: context, error: error.message,
                    status: error.status)
            }
            return PageSupport.redirect("/diary/day?date=\(form.date)&saved=1")
        }
        router.get("diary/days/{id}/edit") { _, context in
            let account = try support.requireAccount(context)
            let day = try await ownDay(context, account: account)
            return PageSupport.redirect("/diary/day?date=\(day.day)")
        }
        router.post("diary/days/{id}/delete") { request, context in
            let account = try support.requireAccount(context)
            let form = try await FormBody.read(request)
            try support.checkCSRF(form["csrf"], request: request, context: context)
            let day = try await ownDay(context, account: account)
            guard try await environment.store.deleteDiaryDay(id: day.id, ownerID: account.id) else { throw notFound(account) }
            return PageSupport.redirect("/diary/day?deleted=\(day.day)")
        }
    }

    /// The account's day named in the path; another account's (or no) day is a 404 page.
    private func ownDay(_ context: ServiceRequestContext, account: Account) async throws -> DiaryDay {
        guard let id = context.parameters.get("id", as: UUID.self),
            let day = try await environment.store.diaryDay(id: id, ownerID: account.id)
        else { throw notFound(account) }
        return day
    }

    private func notFound(_ account: Account) -> PageError {
        PageError(status: .notFound, message: "There is no such diary day.", pages: support.pages, account: account)
    }

    private func render(
        _ form: DiaryDayForm, isLogged: Bool, scoresKnown: Bool, account: Account, request: Request, context: ServiceRequestContext,
        error: String? = nil,
        notice: String? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let days = try await DiaryLog(environment: environment).days(account: account)
        let upload = try await DiaryOperation(environment: environment).latest(account: account)?.diary
        let values = DiaryDayValues.make(
            form: form, isLogged: isLogged, scoresKnown: scoresKnown, recentFoods: DiaryLog.recentItems(.food, days: days, upload: upload),
            recentProducts: DiaryLog.recentItems(.product, days: days, upload: upload),
            days: Array(days.reversed().prefix(Self.listedDays)))
        return support.render(
            "diary-day", title: "Log a day", values: values, request: request, context: context, error: error, notice: notice,
            status: status)
    }

    /// Today's date (UTC) as YYYY-MM-DD: the form's default, which the person can change.
    static func today(_ now: Date) -> String {
        DiaryDate(dayNumber: Int((now.timeIntervalSince1970 / 86_400).rounded(.down))).description
    }
}
