import Foundation
import GutSkinDiary
import Testing

/// The three forms of a diary read to the same entries; values, phases and times are kept.
@Suite struct DiaryFormatTests {
    static let tsv = """
        # my diary
        date\tkind\titem\tvalue\ttime\tnote
        2026-03-01\tfood\tCheese pizza\t\t19:30\tdinner out
        2026-03-01\tsymptom\titch\t4\t21:00\t
        2026-03-02\tphase\tdairy\telimination\t\t
        2026-03-02\tsymptom\tstool\t4\t\t
        2026-03-02\tproduct\tnew moisturiser\t0\t\t

        """

    static let csv = """
        date,item,kind,value
        2026-03-01,Cheese pizza,food,
        2026-03-01,itch,symptom,4
        2026-03-02,dairy,phase,elimination
        2026-03-02,stool,symptom,4
        2026-03-02,new moisturiser,product,0
        """

    @Test func readsTSV() throws {
        let diary = try Diary.parse(text: Self.tsv, file: "d.tsv")
        #expect(diary.entries.count == 5)
        #expect(
            diary.entries[0]
                == DiaryEntry(
                    date: DiaryDate(year: 2026, month: 3, day: 1), kind: .food, item: "Cheese pizza",
                    time: "19:30", note: "dinner out", line: 3))
        #expect(diary.entries[1].value == 4)
        #expect(diary.entries[2].phase == .elimination)
        #expect(diary.entries[4].value == 0 && !diary.entries[4].isExposure)
        #expect(Diary.Format(content: Self.tsv) == .tsv)
    }

    @Test func csvImportAndJSONGiveTheSameEntries() throws {
        let fromTSV = try Diary.parse(text: Self.tsv, file: "d.tsv")
        let fromCSV = try Diary.parse(text: Self.csv, file: "d.csv")
        #expect(Diary.Format(content: Self.csv) == .csv)
        func stripped(_ diary: Diary) -> [DiaryEntry] {
            diary.entries.map {
                var e = $0
                e.line = 0
                e.time = nil
                e.note = nil
                return e
            }
        }
        #expect(stripped(fromCSV) == stripped(fromTSV))
        let fromJSON = try Diary.parse(data: fromTSV.json(), file: "d.json")
        #expect(
            fromJSON.entries.map {
                var e = $0
                e.line = 0
                return e
            }
                == fromTSV.entries.map {
                    var e = $0
                    e.line = 0
                    return e
                })
        let roundTrip = try Diary.parse(text: fromTSV.tsv(), file: "again.tsv")
        #expect(roundTrip.entries.map(\.item) == fromTSV.entries.map(\.item))
    }

    @Test func csvKeepsQuotedCommas() throws {
        let diary = try Diary.parse(text: "date,item,kind,value\n2026-03-01,\"rice, white\",food,\n", file: "q.csv")
        #expect(diary.entries[0].item == "rice, white")
    }

    @Test func datesAreCalendarDays() {
        #expect(DiaryDate("2024-02-29") != nil)
        #expect(DiaryDate("2025-02-29") == nil)
        #expect(DiaryDate("2026-13-01") == nil)
        #expect(DiaryDate("2026-3-01") == nil)
        let date = DiaryDate(year: 2026, month: 12, day: 31)
        #expect(date.description == "2026-12-31")
        #expect(date.adding(days: 1).description == "2027-01-01")
        #expect(DiaryDate(year: 1970, month: 1, day: 1).dayNumber == 0)
        #expect(DiaryDate(year: 2026, month: 12, day: 4).weekday == 4)  // a Friday, by the calendar
    }
}

@Suite struct TagVocabularyTests {
    @Test func mapsFreeTextToTags() {
        let tags = TagVocabulary.standard
        #expect(tags.tags(of: "Cheese pizza") == ["dairy", "refined carbohydrates", "gluten"])
        #expect(tags.tags(of: "2 eggs on toast") == ["refined carbohydrates", "gluten", "eggs"])
        #expect(tags.tags(of: "glass of red wine").contains("alcohol"))
        #expect(tags.tags(of: "Doxycycline 100 mg") == ["antibiotic"])
        #expect(tags.tags(of: "new face wash (fragranced)") == ["new cleanser or moisturiser", "fragranced product"])
        #expect(tags.tags(of: "buttermilk pancakes").contains("dairy") == false)  // whole words only
        #expect(tags.tags(of: "dairy") == ["dairy"])
    }

    @Test func usersCanExtendIt() throws {
        let extended = try TagVocabulary.standard.extended(withTSV: "tag\tkeyword\ndairy\tbuttermilk\nnightshades\ttomato\n", file: "t.tsv")
        #expect(extended.tags(of: "buttermilk pancakes").contains("dairy"))
        #expect(extended.tags(of: "tomato soup").contains("nightshades"))
        #expect(throws: DiaryError.self) { try TagVocabulary.standard.extended(withTSV: "dairy\n", file: "t.tsv") }
    }
}
