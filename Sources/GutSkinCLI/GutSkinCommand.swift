import ArgumentParser

/// The `gutskin` command: measures the gut–skin axis from microbiome tables.
public struct GutSkinCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "gutskin",
        abstract: "Measure the gut–skin axis from microbiome data.",
        version: "0.1.0",
        subcommands: [])

    public init() {}
}
