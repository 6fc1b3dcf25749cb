import ArgumentParser
import GutSkinFormats
import GutSkinKernels

extension MantelCorrelation: ExpressibleByArgument {}
extension MantelAlternative: ExpressibleByArgument {}

/// `gutskin mantel DM1 DM2 [--method pearson|spearman] [--alternative two-sided|greater|less] [--permutations 999] [--seed S] [--json]`.
struct MantelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mantel",
        abstract: "Correlate two distance matrices over the same samples (Mantel 1967).",
        discussion: """
            Pearson's r or Spearman's rho between the matrices' distances, as scikit-bio's mantel \
            with strict=True: both matrices must hold the same ids; the second is reordered to \
            the first. The p-value permutes the first matrix's samples, seeded.
            """)

    @Argument(help: "First distance matrix.")
    var first: String

    @Argument(help: "Second distance matrix (same ids).")
    var second: String

    @Option(help: "Correlation: pearson or spearman.")
    var method: MantelCorrelation = .pearson

    @Option(help: "Alternative hypothesis: two-sided, greater or less.")
    var alternative: MantelAlternative = .twoSided

    @Option(help: "Permutations for the p-value (0: no p-value).")
    var permutations = 999

    @Option(help: "Seed of the permutations; the same seed gives the same p-value on any number of threads.")
    var seed: UInt64 = 0

    @Option(help: "Threads (default: all cores). The result is the same for any number.")
    var threads: Int?

    @Flag(help: "Print one JSON object instead of a table.")
    var json = false

    func validate() throws {
        guard permutations >= 0 else { throw ValidationError("--permutations must be zero or more") }
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
    }

    func run() throws {
        let x = try DistanceMatrixFile.read(path: first)
        let y = try DistanceMatrixFile.read(path: second)
        let result: PermutationTestResult
        do {
            result = try mantel(
                x, y, method: method, permutations: permutations, alternative: alternative, seed: seed, threads: threads)
        } catch {
            throw FileError(file: second, reason: "cannot be compared with \(first): \(error.description)")
        }
        print(json ? StatisticsReport.json(result, droppedSamples: 0) : StatisticsReport.text(result, droppedSamples: 0))
    }
}
