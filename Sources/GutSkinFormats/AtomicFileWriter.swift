import Foundation

/// Writes output files so that a failure never leaves a half-written file behind: the content
/// goes to a temporary file in the target's folder, which is renamed over the target only when
/// complete. An existing file at the target stays untouched until then.
public enum AtomicFileWriter {
    /// Writes `data` to `path` atomically.
    public static func write(_ data: Data, to path: String) throws {
        try write(to: path) { temporaryPath in
            guard FileManager.default.createFile(atPath: temporaryPath, contents: data) else {
                throw FileError(file: path, reason: "cannot be written (is the folder writable?)")
            }
        }
    }

    /// Runs `produce` with a temporary path in the target's folder, then renames the file it
    /// wrote to `path`. If `produce` throws, the temporary file is removed and the error rethrown.
    public static func write(to path: String, produce: (String) throws -> Void) throws {
        let target = URL(fileURLWithPath: path)
        let folder = target.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw FileError(file: path, reason: "cannot be written: folder '\(folder)' does not exist")
        }
        let temporary = folder + "/.\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max)).tmp"
        do {
            try produce(temporary)
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
        if rename(temporary, path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporary)
            throw FileError(file: path, reason: "cannot be written: \(reason)")
        }
    }
}
