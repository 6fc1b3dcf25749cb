import ArgumentParser
import GutSkinKernels

/// `gutskin anosim DM --metadata M --column C [--permutations 999] [--seed S] [--threads N] [--json]`.
struct AnosimCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "anosim",
        abstract: "Test whether distances within groups are smaller than between them, by ANOSIM's R (Clarke 1993).",
        discussion: """
            The statistic is scikit-bio's anosim; the p-value comes from seeded permutations of \
            the group labels. Samples absent from the metadata or with no value in the column are \
            dropped and counted. A numeric column is treated as category labels, as in scikit-bio.
            """)

    @OptionGroup var options: GroupTestOptions

    func run() throws {
        let (matrix, labels, dropped) = try options.load()
        do {
            let result = try anosim(
                matrix, grouping: labels, permutations: options.permutations, seed: options.seed, threads: options.threads)
            options.report(result, dropped: dropped)
        } catch {
            throw options.failure(error)
        }
    }
}
