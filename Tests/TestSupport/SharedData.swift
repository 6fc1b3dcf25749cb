import Foundation

/// Locates `../shared/data` (the real public data sets) relative to the package root, and says
/// plainly when a test must skip because it is absent.
public enum SharedData {
    /// The package root, found from this source file's location.
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared/data`, or the folder named by `GUTSKIN_SHARED_DATA`.
    public static let folder: URL = {
        if let override = ProcessInfo.processInfo.environment["GUTSKIN_SHARED_DATA"] {
            return URL(fileURLWithPath: override)
        }
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data")
    }()

    /// The path of a shared data file, or `nil` after printing why the calling test skips.
    public static func path(_ name: String, test: String = #function) -> String? {
        let url = folder.appendingPathComponent(name)
        if FileManager.default.fileExists(atPath: url.path) { return url.path }
        print("SKIPPED \(test): needs \(url.path), which is absent (a clone outside CI has no ../shared/data)")
        return nil
    }

    /// Whether gutskin's built-in references can be built here: they come from the HMP files in
    /// `$GUTSKIN_DATA`, else in ../shared/data. Prints why the calling test skips when not.
    public static func builtInReferences(test: String = #function) -> Bool {
        let override = ProcessInfo.processInfo.environment["GUTSKIN_DATA"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
        let table = (override ?? folder).appendingPathComponent("hmp-v35-even1k.biom")
        if FileManager.default.fileExists(atPath: table.path) { return true }
        print("SKIPPED \(test): the built-in references are built from \(table.path), which is absent")
        return false
    }
}
