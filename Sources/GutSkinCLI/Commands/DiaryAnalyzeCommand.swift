import ArgumentParser
import Foundation
import GutSkinAxis
import GutSkinDiary
import GutSkinFormats
import GutSkinRendering

/// `gutskin diary analyze diary.tsv [--lags 0,1,2,3] [--permutations 9999] [--seed S] [--threads N] -o diary.html`:
/// the ranked candidates as a page and `diary.json` beside it (docs/diary.md).
struct DiaryAnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Compare symptoms on days after each food or product with other days.",
        discussion: """
            For every exposure (tag or item) × symptom × lag: the mean difference in symptom points, a \
            Newey–West 95% interval, a block permutation p-value on the detrended symptom and a \
            Benjamini–Hochberg q-value across all tests. Fewer than 7 days with or without an exposure: \
            no p-value, and the number of days still needed. With -o page.html, page.json is written \
            beside it; with -o result.json, only the JSON. Without -o, a summary is printed.
            """)

    @Argument(help: "The diary (.tsv, .json or .csv; .gz accepted).")
    var diary: String

    @Option(help: "Days between exposure and symptom to test, comma-separated.")
    var lags = "0,1,2,3"

    @Option(help: "Block permutations per test (0: no p-values).")
    var permutations = 9999

    @Option(help: "Seed of the permutations; the same seed gives the same result on any number of threads.")
    var seed: UInt64 = 0

    @Option(help: "Threads (default: all cores). The result is the same for any number.")
    var threads: Int?

    @Option(help: "Days kept together in a block permutation.")
    var blockDays = 7

    @Option(help: "Drift slower than this many days is removed before comparing (0: none).")
    var trendDays = 28.0

    @Option(help: "Extra tags: a TSV of tag and keyword rows.")
    var tags: String?

    @Option(help: "A challenge schedule written by 'gutskin diary challenge', to test now that it is logged.")
    var challenge: String?

    @Option(name: [.short, .customLong("output")], help: "The page (.html, with .json beside it) or only the JSON (.json).")
    var output: String?

    @OptionGroup var progress: ProgressOptions

    func validate() throws {
        guard parsedLags != nil else { throw ValidationError("--lags takes whole numbers 0 or more separated by commas, e.g. 0,1,2,3") }
        guard permutations >= 0 else { throw ValidationError("--permutations must be zero or more") }
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
        guard blockDays >= 1 else { throw ValidationError("--block-days must be at least 1") }
        guard trendDays >= 0 else { throw ValidationError("--trend-days must be zero or more") }
        if let output, !["html", "htm", "json"].contains(URL(fileURLWithPath: output).pathExtension.lowercased()) {
            throw ValidationError("cannot tell the output format from '\(output)'; use .html (with .json beside it) or .json")
        }
    }

    var parsedLags: [Int]? {
        let parts = lags.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let values = parts.compactMap { Int($0) }
        return !values.isEmpty && values.count == parts.count && values.allSatisfy({ $0 >= 0 }) ? values : nil
    }

    func run() throws {
        let read = try Diary.read(path: diary)
        var options = DiaryAnalysisOptions()
        options.lags = parsedLags ?? [0]
        options.permutations = permutations
        options.seed = seed
        options.threads = threads
        options.blockLength = blockDays
        options.trendPeriod = trendDays
        if let tags {
            let text: String
            do { text = try InputFile.readText(tags) } catch { throw DiaryError(file: tags, .unreadable(error.reason)) }
            options.vocabulary = try options.vocabulary.extended(withTSV: text, file: tags)
        }
        let schedule: ChallengeSchedule?
        if let challenge {
            let text: String
            do { text = try InputFile.readText(challenge) } catch { throw DiaryError(file: challenge, .unreadable(error.reason)) }
            schedule = try ChallengeSchedule.parse(text: text, file: challenge)
        } else {
            schedule = nil
        }
        let reporter = ProgressReporter(label: "diary analyze", quiet: progress.quiet)
        let result = DiaryAnalysis.run(read, options: options, challenge: schedule, progress: { reporter.update($0) })
        reporter.finish()
        let json = try result.json()
        guard let output else {
            print(Self.summary(result))
            return
        }
        if URL(fileURLWithPath: output).pathExtension.lowercased() == "json" {
            try AtomicFileWriter.write(json, to: output)
            progress.note("wrote \(output)")
        } else {
            let jsonPath = URL(fileURLWithPath: output).deletingPathExtension().appendingPathExtension("json").path
            let page = DiaryPage.html(result, diary: read, vocabulary: options.vocabulary)
            try AtomicFileWriter.write([(Data(page.utf8), output), (json, jsonPath)])
            progress.note("wrote \(output) and \(jsonPath)")
        }
        progress.note(Self.headline(result))
    }

    /// One line: how many comparisons stand out, or that nothing does yet.
    static func headline(_ result: DiaryAnalysisResult) -> String { result.notes.first ?? "" }

    /// The text printed without -o: notes and the leading candidates with their sentences.
    static func summary(_ result: DiaryAnalysisResult) -> String {
        var lines = result.notes
        for candidate in result.candidates.filter({ $0.pValue != nil }).prefix(10) {
            lines.append(
                "\(candidate.exposure)\t\(candidate.symptom)\tlag \(candidate.lag)\teffect \(HTMLText.number(candidate.effect))"
                    + "\tp \(HTMLText.number(candidate.pValue ?? .nan, decimals: 4))"
                    + "\tq \(HTMLText.number(candidate.qValue ?? .nan, decimals: 4))"
                    + "\t\(DiarySentence.candidate(candidate, tests: result.testsRun, permutations: result.permutations))")
        }
        return lines.joined(separator: "\n")
    }
}
