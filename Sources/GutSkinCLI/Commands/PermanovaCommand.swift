import ArgumentParser
import GutSkinKernels

/// `gutskin permanova DM --metadata M --column C [--permutations 999] [--seed S] [--pairwise] [--threads N] [--json]`.
struct PermanovaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "permanova",
        abstract: "Test whether groups of samples differ, by PERMANOVA's pseudo-F (Anderson 2001).",
        discussion: """
            The statistic is scikit-bio's permanova; the p-value comes from seeded permutations of \
            the group labels. Samples of the matrix absent from the metadata or with no value in \
            the column are dropped and counted. A numeric column is treated as category labels, \
            as scikit-bio does with a grouping vector. With --pairwise, every pair of groups is \
            tested on its own and Benjamini–Hochberg q-values are given across the pairs, as \
            QIIME 2's beta-group-significance --p-pairwise does.
            """)

    @OptionGroup var options: GroupTestOptions

    @Flag(help: "Also test every pair of groups, with Benjamini–Hochberg q-values.")
    var pairwise = false

    func run() throws {
        let (matrix, labels, dropped) = try options.load()
        do {
            let result = try permanova(
                matrix, grouping: labels, permutations: options.permutations, seed: options.seed, threads: options.threads)
            let pairs =
                pairwise
                ? try pairwisePermanova(
                    matrix, grouping: labels, permutations: options.permutations, seed: options.seed, threads: options.threads)
                : nil
            options.report(result, dropped: dropped, pairwise: pairs)
        } catch {
            throw options.failure(error)
        }
    }
}
