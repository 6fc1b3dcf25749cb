import ArgumentParser
import Foundation
import GutSkinDiary
import GutSkinFormats

/// `gutskin diary analyze|challenge|import|simulate`: the food, product and skin diary.
struct DiaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diary",
        abstract: "Find which foods and products go with your skin and gut symptoms, with honest statistics.",
        discussion: """
            A diary is a TSV (date, kind, item, value, optional time and note), the same as JSON, or a \
            plain CSV (date,item,kind,value); see docs/diary.md. Associations are not allergies or \
            causes; a suspected food allergy needs a clinician.
            """,
        subcommands: [DiaryAnalyzeCommand.self, DiaryChallengeCommand.self, DiaryImportCommand.self, DiarySimulateCommand.self])
}

/// `gutskin diary import food.csv -o diary.tsv`: a plain CSV (or JSON) diary checked and written as TSV or JSON.
struct DiaryImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Check a diary (CSV date,item,kind,value; TSV; JSON) and write it as TSV or JSON.")

    @Argument(help: "The diary to read (.csv, .tsv, .json; .gz accepted).")
    var diary: String

    @Option(name: [.short, .customLong("output")], help: "Where to write it: .tsv or .json.")
    var output: String

    func validate() throws {
        guard let format = Diary.Format(fileName: output), format != .csv else {
            throw ValidationError("cannot tell the output format from '\(output)'; use .tsv or .json")
        }
    }

    func run() throws {
        let read = try Diary.read(path: diary)
        let data = Diary.Format(fileName: output) == .json ? read.json() : Data(read.tsv().utf8)
        try AtomicFileWriter.write(data, to: output)
        FileHandle.standardError.write(Data("wrote \(output): \(read.entries.count) entries\n".utf8))
    }
}
