import Foundation
import GutSkinDiary
import GutSkinStore

/// The days a person logs on the diary page, kept per account in the store (one row per day, the
/// entries as the diary's JSON form): saved after the diary reader checked them, listed for
/// editing, merged with the newest uploaded diary for the analysis, exported, and deleted with the account.
struct DiaryLog {
    let environment: ServiceEnvironment

    /// Recent items offered as ticks on the form (per kind).
    static let recentItemCount = 12

    /// A logged day and its entries.
    struct LoggedDay {
        let record: DiaryDay
        let diary: Diary
    }

    /// Checks the form's entries and keeps them as the account's entries for that day (replacing
    /// what the day held); a bad value throws a 400 naming the field.
    func save(_ form: DiaryDayForm, account: Account) async throws -> LoggedDay {
        let today = DiaryDate(DiaryDayPage.today(environment.now()))!
        let diary = try form.diary(today: today)
        let json = String(decoding: diary.json(), as: UTF8.self)
        let now = environment.now()
        let record = try await environment.store.saveDiaryDay(
            DiaryDay(ownerID: account.id, day: form.date, entriesJSON: json, createdAt: now, updatedAt: now))
        return LoggedDay(record: record, diary: diary)
    }

    /// The account's logged days, oldest first (a row the reader no longer accepts is left out).
    func days(account: Account) async throws -> [LoggedDay] {
        try await environment.store.diaryDays(ownerID: account.id).compactMap(Self.read)
    }

    /// The day with this id if it is the account's.
    func day(id: UUID, account: Account) async throws -> LoggedDay? {
        try await environment.store.diaryDay(id: id, ownerID: account.id).flatMap(Self.read)
    }

    /// The account's day on `date` (YYYY-MM-DD), if logged.
    func day(on date: String, account: Account) async throws -> LoggedDay? {
        try await days(account: account).first { $0.record.day == date }
    }

    static func read(_ record: DiaryDay) -> LoggedDay? {
        guard let diary = try? Diary.parse(data: Data(record.entriesJSON.utf8), file: "day \(record.day)", format: .json) else {
            return nil
        }
        return LoggedDay(record: record, diary: diary)
    }

    /// Every logged entry as one diary (nil when nothing is logged).
    static func merged(_ days: [LoggedDay]) -> Diary? {
        let entries = days.flatMap(\.diary.entries)
        return entries.isEmpty ? nil : Diary(entries: entries)
    }

    /// The account's items of `kind`, most recently logged first, without repeats: from logged days,
    /// then from `upload` (the newest uploaded diary).
    static func recentItems(_ kind: DiaryKind, days: [LoggedDay], upload: Diary?) -> [String] {
        let logged = days.reversed().flatMap { $0.diary.entries.filter { $0.kind == kind }.map(\.item) }
        let uploaded = (upload?.entries ?? []).filter { $0.kind == kind }.sorted { $0.date > $1.date }.map(\.item)
        return Array(DiaryDayForm.distinct(logged + uploaded).prefix(recentItemCount))
    }

    /// The logged days for the export archive: `diary/logged-days.json` (the diary's JSON form, which
    /// `gutskin diary analyze` reads) and `diary/logged-days.tsv`; nothing when no day is logged.
    func exportFiles(account: Account) async throws -> [(name: String, contents: Data)] {
        guard let diary = Self.merged(try await days(account: account)) else { return [] }
        return [("diary/logged-days.json", diary.json()), ("diary/logged-days.tsv", Data(diary.tsv().utf8))]
    }
}
