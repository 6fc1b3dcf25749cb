import ArgumentParser
import Foundation
import GutSkinFormats

/// The `gutskin` command: measures the gut–skin axis from microbiome tables.
public struct GutSkinCommand: ParsableCommand {
    public static let version = "0.1.0"

    public static let configuration = CommandConfiguration(
        commandName: "gutskin",
        abstract: "Measure the gut–skin axis from microbiome data.",
        discussion: """
            Reads BIOM (1.0 JSON and 2.1 HDF5), classic TSV, QIIME 2 artifacts (.qza) and MetaPhlAn \
            profiles. Run 'gutskin demo' for a tour on simulated data.
            """,
        version: version,
        subcommands: [
            InspectCommand.self, ConvertCommand.self, RarefyCommand.self, CollapseCommand.self,
            FilterCommand.self, AlphaCommand.self, BetaCommand.self, BetaMergeCommand.self,
            PCoACommand.self, PermanovaCommand.self, PermdispCommand.self, AnosimCommand.self,
            MantelCommand.self, AdonisCommand.self, DifferentialCommand.self, ReferenceCommand.self,
            ReportCommand.self, ReportMergeCommand.self, BreathTestCommand.self, AxisCommand.self, DemoCommand.self,
            LongitudinalCommand.self,
            DiaryCommand.self, AskCommand.self,
        ])

    @Flag(help: "Print what to cite for gutskin and the methods it runs, then exit.")
    var citations = false

    public init() {}

    public func run() throws {
        if citations {
            print(Citations.text)
        } else {
            print(Self.helpMessage())
        }
    }

    /// Runs the command line and exits: 0 on success, 1 when input or output fails (with a
    /// one-line message naming the file and place), 2 for usage errors. Errors from the layers
    /// below, which do not know the flags, get their flag hint from `CommandLineHints`.
    public static func runAndExit(arguments: [String]? = nil) -> Never {
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            Foundation.exit(0)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            if let exitCode = error as? ExitCode { Foundation.exit(exitCode.rawValue) }
            let hint = CommandLineHints.hint(for: error)
            let message = hint?.message ?? String(describing: error)
            FileHandle.standardError.write(Data("gutskin: error: \(OneLine.text(message))\n".utf8))
            Foundation.exit(hint?.exitCode ?? 1)
        }
    }
}
