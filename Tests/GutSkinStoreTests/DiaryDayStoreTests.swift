import Foundation
import Testing

@testable import GutSkinStore

/// Diary days: one row per account and day, replaced in place when edited, only ever seen, changed
/// or deleted by their owner, and gone with the account; on each engine.
@Suite(.timeLimit(.minutes(10))) struct DiaryDayStoreTests {
    @Test(arguments: StoreEngine.allCases)
    func daysAreKeptReplacedListedAndDeletedByTheirOwnerOnly(engine: StoreEngine) async throws {
        try await withFreshStore(engine) { store, _ in
            let ada = Seed.account("ada@example.org")
            let bob = Seed.account("bob@example.org")
            for account in [ada, bob] { try await store.createAccount(account) }
            let hostile = #"{"entries":[{"date":"2026-03-02","item":"'; DROP TABLE diary_days; --","kind":"food"}]}"#
            let second = try await store.saveDiaryDay(
                DiaryDay(ownerID: ada.id, day: "2026-03-02", entriesJSON: hostile, createdAt: Seed.t0, updatedAt: Seed.t0))
            let first = try await store.saveDiaryDay(
                DiaryDay(ownerID: ada.id, day: "2026-03-01", entriesJSON: #"{"entries":[]}"#, createdAt: Seed.at(5), updatedAt: Seed.at(5)))
            let bobs = try await store.saveDiaryDay(
                DiaryDay(ownerID: bob.id, day: "2026-03-01", entriesJSON: #"{"entries":[]}"#, createdAt: Seed.t0, updatedAt: Seed.t0))
            #expect(try await store.diaryDays(ownerID: ada.id) == [first, second], "by day, text verbatim")
            #expect(second.entriesJSON == hostile)

            // Saving the same day again replaces its entries and keeps its id and creation time.
            let edited = try await store.saveDiaryDay(
                DiaryDay(
                    ownerID: ada.id, day: "2026-03-02", entriesJSON: #"{"entries":[1]}"#, createdAt: Seed.at(60), updatedAt: Seed.at(60)))
            #expect(edited.id == second.id)
            #expect(edited.createdAt == Seed.t0)
            #expect(edited.updatedAt == Seed.at(60))
            #expect(edited.entriesJSON == #"{"entries":[1]}"#)
            #expect(try await store.diaryDays(ownerID: ada.id).count == 2)
            #expect(try await store.diaryDays(ownerID: bob.id) == [bobs], "the same day of another account is its own row")

            // Another account's day: not found, not deleted.
            #expect(try await store.diaryDay(id: first.id, ownerID: bob.id) == nil)
            #expect(try await !store.deleteDiaryDay(id: first.id, ownerID: bob.id))
            #expect(try await store.diaryDay(id: first.id, ownerID: ada.id) == first)
            #expect(try await store.deleteDiaryDay(id: first.id, ownerID: ada.id))
            #expect(try await !store.deleteDiaryDay(id: first.id, ownerID: ada.id))
            #expect(try await store.diaryDays(ownerID: ada.id) == [edited])

            // The account's deletion takes its days with it; the other account keeps its own.
            _ = try await store.deleteAccount(id: ada.id)
            #expect(try await store.diaryDays(ownerID: ada.id).isEmpty)
            #expect(try await store.diaryDay(id: edited.id, ownerID: ada.id) == nil)
            #expect(try await store.diaryDays(ownerID: bob.id) == [bobs])
        }
    }
}
