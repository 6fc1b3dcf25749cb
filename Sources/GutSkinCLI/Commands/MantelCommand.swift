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

    @OptionGroup var permutation: PermutationOptions

    func validate() throws {
    }

    func run() throws {
        let x = try DistanceMatrixFile.read(path: first)
        let y = try DistanceMatrixFile.read(path: second)
        let result: PermutationTestResult
        do {
            result = try mantel(
                x, y, method: method, permutations: permutation.permutations, alternative: alternative, seed: permutation.seed,
                threads: permutation.threads)
        } catch {
            throw FileError(file: second, reason: "cannot be compared with \(first): \(error.description)")
        }
        print(permutation.json ? StatisticsReport.json(result, droppedSamples: 0) : StatisticsReport.text(result, droppedSamples: 0))
    }
}
