import ArgumentParser
import Foundation
import GutSkinCore
import GutSkinFormats

/// Options every command that writes a table shares.
struct OutputOptions: ParsableArguments {
    @Option(name: [.short, .customLong("output")], help: "Output file; its extension picks the format (.biom, .json, .tsv, .qza).")
    var output: String

    @Option(help: "Force the output format instead of going by the extension.")
    var to: TableFormat?

    func validate() throws {
        try checkTableOutputFormat(output, to: to)
    }

    /// Writes the table, with the format from `--to` or the extension.
    func write(_ table: FeatureTable) throws {
        try FeatureTableFile.write(table, to: output, format: to, generatedBy: "gutskin \(GutSkinCommand.version)")
    }
}

extension TableFormat: ExpressibleByArgument {
    /// Formats gutskin can write (MetaPhlAn profiles are read only).
    static let writable = allCases.filter { $0 != .metaphlan }

    public init?(argument: String) {
        guard let format = TableFormat(rawValue: argument), format != .metaphlan else { return nil }
        self = format
    }

    public static var allValueStrings: [String] { writable.map(\.rawValue) }
}

/// `--quiet`: silences the notes commands print on stderr (what was dropped, what was written).
struct ProgressOptions: ParsableArguments {
    @Flag(name: .shortAndLong, help: "Print no progress or notes on stderr.")
    var quiet = false

    /// A note for the user on stderr (skipped with --quiet): what was dropped, what was written.
    func note(_ message: String) {
        guard !quiet else { return }
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}

/// A usage error (exit 2, before any work) when neither `--to` nor the extension names a format.
func checkTableOutputFormat(_ output: String, to: TableFormat?) throws {
    if to == nil && TableFormat(outputPath: output) == nil {
        throw ValidationError("cannot tell the output format from '\(output)'; use .biom, .json, .tsv or .qza, or --to")
    }
}

/// Lists ids briefly: the first few and a count of the rest.
func abbreviatedList(_ ids: [String], limit: Int = 10) -> String {
    let shown = ids.prefix(limit).joined(separator: ", ")
    return ids.count > limit ? "\(shown), … (\(ids.count - limit) more)" : shown
}
