import Foundation

/// Inputs as files: the readers take paths (and decompress gzip, detect formats by content), so
/// each input is written to a file in this process's own temporary folder and read from there.
public enum FuzzFile {
    /// This process's folder for inputs and rewritten outputs, made once.
    public static let folder: String = {
        let path = NSTemporaryDirectory() + "gutskin-fuzz-\(ProcessInfo.processInfo.processIdentifier)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()

    /// Writes `data` to `name` in `folder` (replacing the previous input) and returns its path.
    public static func write(_ data: Data, name: String) -> String {
        let path = folder + "/" + name
        guard FileManager.default.createFile(atPath: path, contents: data) else {
            FuzzProperty.fail("harness", "cannot write the input to \(path)")
        }
        return path
    }

    /// A path in `folder` for an output the target writes and reads back.
    public static func path(_ name: String) -> String {
        let path = folder + "/" + name
        try? FileManager.default.removeItem(atPath: path)
        return path
    }
}
