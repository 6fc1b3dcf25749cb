import Foundation
import GutSkinCore
import GutSkinDiary
import Testing

/// The challenge schedule and its randomisation test (Edgington; Bulté & Onghena 2008).
@Suite struct ChallengeTests {
    static let start = DiaryDate(year: 2026, month: 4, day: 1)

    @Test func scheduleIsSeededBalancedAndReadsBack() throws {
        let schedule = try #require(ChallengeSchedule.make(item: "dairy", start: Self.start, days: 16, blockLength: 2, lag: 1, seed: 7))
        #expect(schedule.eat.count == 8 && schedule.eat.filter { $0 }.count == 4)
        #expect(schedule.possibleSchedules == 70)  // C(8, 4)
        #expect(schedule == ChallengeSchedule.make(item: "dairy", start: Self.start, days: 16, blockLength: 2, lag: 1, seed: 7))
        let others = (0..<20).compactMap {
            ChallengeSchedule.make(item: "dairy", start: Self.start, days: 16, blockLength: 2, lag: 1, seed: $0)
        }
        #expect(Set(others.map(\.eat)).count > 5)
        #expect(try ChallengeSchedule.parse(text: schedule.tsv(), file: "s.tsv") == schedule)
        #expect(ChallengeSchedule.problem(days: 15, blockLength: 2) != nil)
        #expect(ChallengeSchedule.problem(days: 6, blockLength: 2) != nil)
    }

    @Test func badScheduleFilesNameThePlace() {
        let schedule = ChallengeSchedule.make(item: "dairy", start: Self.start, days: 8, blockLength: 2, lag: 1, seed: 1)!
        let broken = schedule.tsv().replacingOccurrences(of: "2026-04-03", with: "2026-04-33")
        #expect(throws: DiaryError.self) { try ChallengeSchedule.parse(text: broken, file: "s.tsv") }
        do {
            _ = try ChallengeSchedule.parse(text: broken, file: "s.tsv")
        } catch {
            #expect(error.description == "s.tsv: line 11, column 1 (date): '2026-04-33' is not a date; write YYYY-MM-DD (e.g. 2026-03-01)")
        }
    }

    /// A logged challenge with a strong next-day effect: the followed schedule and its mirror image are
    /// the most extreme of the 70, so the two-sided p = 2/70 exactly (the smallest this design allows);
    /// with no effect p is large.
    @Test func randomisationTestOverAllSchedules() throws {
        let schedule = try #require(ChallengeSchedule.make(item: "dairy", start: Self.start, days: 16, blockLength: 2, lag: 1, seed: 3))
        func logged(effect: Double) -> DailySeries {
            var entries: [DiaryEntry] = []
            for day in 0..<17 {
                let date = Self.start.adding(days: day)
                if day < 16 && schedule.eats(onDay: day) { entries.append(.init(date: date, kind: .food, item: "yogurt")) }
                let ateYesterday = day >= 1 && schedule.eats(onDay: day - 1)
                entries.append(
                    .init(date: date, kind: .symptom, item: "itch", value: 3 + (ateYesterday ? effect : 0) + Double(day % 2) * 0.1))
            }
            return DailySeries(diary: Diary(entries: entries), vocabulary: .standard)
        }
        let strong = ChallengeTest.run(schedule, series: logged(effect: 3))
        #expect(strong.possibleSchedules == 70 && strong.schedulesCompared == 70)
        #expect(strong.adherence == 16.0 / 16.0)
        let itch = try #require(strong.symptoms.first)
        #expect(itch.nEat == 8 && itch.nAvoid == 8)
        #expect(abs(itch.pValue! - 2.0 / 70.0) < 1e-12)
        #expect(strong.smallestPossiblePValue == 2.0 / 70.0)
        let none = ChallengeTest.run(schedule, series: logged(effect: 0))
        #expect(none.symptoms[0].pValue! > 0.2)
    }

    /// Under the null (symptoms unrelated to the schedule, even drifting), the randomisation test's
    /// rejection rate at 0.05 stays at or below 5%.
    @Test func randomisationTestHoldsItsLevelUnderDrift() {
        var rejections = 0
        let runs = 300
        for run in 0..<runs {
            let schedule = ChallengeSchedule.make(item: "dairy", start: Self.start, days: 20, blockLength: 2, lag: 1, seed: UInt64(run))!
            var generator = SeededRandomNumberGenerator(seed: 99, stream: "challenge-null-\(run)")
            var entries: [DiaryEntry] = []
            var x = 0.0
            for day in 0..<21 {
                x = 0.7 * x + Double.random(in: -1.5...1.5, using: &generator)
                entries.append(
                    .init(
                        date: Self.start.adding(days: day), kind: .symptom, item: "itch", value: min(10, max(0, 4 + x + 0.15 * Double(day)))
                    ))
            }
            let result = ChallengeTest.run(schedule, series: DailySeries(diary: Diary(entries: entries), vocabulary: .standard))
            if (result.symptoms[0].pValue ?? 1) <= 0.05 { rejections += 1 }
        }
        print("diary challenge null: rejection rate at 0.05 over \(runs) drifting diaries: \(Double(rejections) / Double(runs))")
        #expect(Double(rejections) / Double(runs) <= 0.05)
    }

    @Test func phasesAreCompared() throws {
        var entries: [DiaryEntry] = []
        let start = DiaryDate(year: 2026, month: 2, day: 1)
        entries.append(.init(date: start, kind: .phase, item: "dairy", phase: .elimination))
        entries.append(.init(date: start.adding(days: 21), kind: .phase, item: "dairy", phase: .reintroduction))
        entries.append(.init(date: start.adding(days: 42), kind: .phase, item: "dairy", phase: .end))
        for day in 0..<49 {
            entries.append(.init(date: start.adding(days: day), kind: .symptom, item: "itch", value: (day < 21 ? 2 : 5) + Double(day % 3)))
        }
        var options = DiaryAnalysisOptions()
        options.permutations = 999
        let result = DiaryAnalysis.run(Diary(entries: entries), options: options)
        let phase = try #require(result.phases.first)
        #expect(phase.item == "dairy" && phase.nElimination == 21 && phase.nReintroduction == 21)
        #expect(abs(phase.effect - 3) < 1e-12)  // day % 3 has the same mean (1) over both 21-day phases
        print("diary phase test: p = \(phase.pValue ?? .nan)")
        #expect((phase.pValue ?? 1) < 0.05)
    }
}
