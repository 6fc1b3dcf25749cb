import ArgumentParser
import Foundation
import GutSkinCLI
import GutSkinFormats
import GutSkinService

/// `gutskin serve`: the service, registered here so GutSkinCLI never depends on it.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: ServeOptions.abstract, discussion: ServeOptions.discussion)

    @OptionGroup var options: ServeOptions

    func run() async throws {
        try await ServeRunner.run(options, gutskinVersion: GutSkinCommand.version)
    }
}

/// The `gutskin` root: GutSkinCommand's subcommands and flags, plus `serve`.
struct GutSkinRootCommand: AsyncParsableCommand {
    static let configuration: CommandConfiguration = {
        var configuration = GutSkinCommand.configuration
        configuration.subcommands += [ServeCommand.self]
        return configuration
    }()

    @Flag(help: "Print what to cite for gutskin and the methods it runs, then exit.")
    var citations = false

    func run() throws {
        if citations {
            var command = try GutSkinCommand.parseAsRoot(["--citations"])
            try command.run()
        } else {
            print(Self.helpMessage())
        }
    }
}

/// Runs a parsed command, awaiting `serve` (in an async function, so the async `run` is chosen).
func run(_ command: any ParsableCommand) async throws {
    if var asyncCommand = command as? any AsyncParsableCommand {
        try await asyncCommand.run()
    } else {
        var command = command
        try command.run()
    }
}

// Exit codes as GutSkinCommand.runAndExit: 0 success, 1 input/output failure (one line), 2 usage.
do {
    try await run(try GutSkinRootCommand.parseAsRoot())
    exit(0)
} catch {
    let code = GutSkinRootCommand.exitCode(for: error)
    if code == .success {
        print(GutSkinRootCommand.fullMessage(for: error))
        exit(0)
    }
    if code == .validationFailure {
        FileHandle.standardError.write(Data((GutSkinRootCommand.fullMessage(for: error) + "\n").utf8))
        exit(2)
    }
    if let exitCode = error as? ExitCode { exit(exitCode.rawValue) }
    FileHandle.standardError.write(Data("gutskin: error: \(OneLine.text(String(describing: error)))\n".utf8))
    exit(1)
}
