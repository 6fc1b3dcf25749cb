import ArgumentParser
import Foundation
import GutSkinDiary
import GutSkinFormats

/// `gutskin diary challenge --item dairy --days 16 --seed S [--start DATE] [-o schedule.tsv]`: a randomised
/// block schedule of eating and avoiding one item, tested later by `diary analyze --challenge`.
struct DiaryChallengeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "challenge",
        abstract: "Write a randomised schedule of eating and avoiding one item, to confirm or rule out a suspected trigger.",
        discussion: """
            The days are cut into blocks; half the blocks, chosen at random, eat the item and half avoid \
            it. Log the period as usual, then run 'gutskin diary analyze DIARY --challenge SCHEDULE': the \
            randomisation test over all possible schedules is valid whatever the day-to-day pattern of \
            your symptoms. Do not challenge a food you have reacted to with hives, swelling or breathing \
            trouble: that needs a clinician.
            """)

    @Option(help: "The food, tag or product to challenge (e.g. dairy).")
    var item: String

    @Option(help: "Length of the challenge in days.")
    var days = 16

    @Option(help: "Days per block (the same plan all block long).")
    var blockDays = 2

    @Option(help: "Days from eating to the symptom tested (1: the next day).")
    var lag = 1

    @Option(help: "Seed of the random schedule.")
    var seed: UInt64 = 0

    @Option(help: "First day, YYYY-MM-DD (default: tomorrow).")
    var start: String?

    @Option(name: [.short, .customLong("output")], help: "Write the schedule here (TSV) instead of standard output.")
    var output: String?

    func validate() throws {
        if let problem = ChallengeSchedule.problem(days: days, blockLength: blockDays) { throw ValidationError(problem) }
        guard lag >= 0 else { throw ValidationError("--lag must be zero or more") }
        if let start, DiaryDate(start) == nil { throw ValidationError("--start '\(start)' is not a date; write YYYY-MM-DD") }
        guard !item.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("--item must name a food, tag or product") }
    }

    func run() throws {
        let first = start.flatMap { DiaryDate($0) } ?? Self.tomorrow()
        guard let schedule = ChallengeSchedule.make(item: item, start: first, days: days, blockLength: blockDays, lag: lag, seed: seed)
        else {
            throw ValidationError(ChallengeSchedule.problem(days: days, blockLength: blockDays) ?? "cannot make a schedule")
        }
        let text = schedule.tsv()
        if let output {
            try AtomicFileWriter.write(Data(text.utf8), to: output)
            FileHandle.standardError.write(
                Data(
                    ("wrote \(output): \(days) days from \(first), \(schedule.blockCount) blocks of \(blockDays) "
                        + "days, one of \(schedule.possibleSchedules) possible schedules "
                        + "(smallest possible p 2/\(schedule.possibleSchedules))\n")
                        .utf8))
        } else {
            print(text, terminator: "")
        }
    }

    static func tomorrow() -> DiaryDate {
        DiaryDate(dayNumber: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)) + 1)
    }
}
