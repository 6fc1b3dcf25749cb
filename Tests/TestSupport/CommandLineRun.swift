import Foundation

/// Runs the built `gutskin` binary as a user would and captures what it prints.
public struct CommandLineRun: Sendable {
    public let status: Int32
    public let standardOutput: String
    public let standardError: String

    /// The `gutskin` executable beside the test bundle (SwiftPM builds it for the CLI tests).
    public static let executable: URL = {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        // On Linux the test runner is `<build>/debug/gutskinPackageTests.xctest`; on macOS it is
        // inside a bundle, a few levels deeper.
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("gutskin")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        return SharedData.packageRoot.appendingPathComponent(".build/debug/gutskin")
    }()

    /// Runs `gutskin` with `arguments` in `directory`.
    public init(_ arguments: [String], in directory: String? = nil) throws {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        status = process.terminationStatus
        standardOutput = String(decoding: outData, as: UTF8.self)
        standardError = String(decoding: errData, as: UTF8.self)
    }
}
