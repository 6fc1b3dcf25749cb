import ArgumentParser

/// Options every permutation test shares (`permanova`, `anosim`, `adonis`, `mantel`).
struct PermutationOptions: ParsableArguments {
    @Option(help: "Permutations for the p-value (0: no p-value).")
    var permutations = 999

    @Option(help: "Seed of the permutations; the same seed gives the same p-value on any number of threads.")
    var seed: UInt64 = 0

    @Option(help: "Threads (default: all cores). The result is the same for any number.")
    var threads: Int?

    @Flag(help: "Print one JSON object instead of a table.")
    var json = false

    @OptionGroup var progress: ProgressOptions

    func validate() throws {
        guard permutations >= 0 else { throw ValidationError("--permutations must be zero or more") }
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
    }
}
