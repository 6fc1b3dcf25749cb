import Foundation

/// Writes output files so that a failure never leaves a half-written file behind: the content
/// goes to a temporary file in the target's folder, which is renamed over the target only when
/// complete. An existing file at the target stays untouched until then, keeps its permissions,
/// and is not replaced at all when write-protected; a symbolic link is written through.
public enum AtomicFileWriter {
    /// Writes `data` to `path` atomically.
    public static func write(_ data: Data, to path: String) throws {
        try write(to: path) { temporaryPath in
            guard FileManager.default.createFile(atPath: temporaryPath, contents: data) else {
                throw FileError(file: path, reason: "cannot be written (is the folder writable?)")
            }
        }
    }

    /// Writes several files as one output: each goes to its temporary file first, and only when
    /// all are complete are they renamed into place — so a failure (a write-protected or folder
    /// target among them) leaves none of them written or replaced.
    public static func write(_ files: [(data: Data, path: String)]) throws {
        var staged = [Staged]()
        do {
            for file in files {
                staged.append(
                    try stage(file.path) { temporaryPath in
                        guard FileManager.default.createFile(atPath: temporaryPath, contents: file.data) else {
                            throw FileError(file: file.path, reason: "cannot be written (is the folder writable?)")
                        }
                    })
            }
        } catch {
            for file in staged { try? FileManager.default.removeItem(atPath: file.temporary) }
            throw error
        }
        for file in staged { try file.moveIntoPlace() }
    }

    /// Runs `produce` with a temporary path in the target's folder, then renames the file it
    /// wrote to `path`. If `produce` throws, the temporary file is removed and the error rethrown.
    public static func write(to path: String, produce: (String) throws -> Void) throws {
        try stage(path, produce: produce).moveIntoPlace()
    }

    /// A complete temporary file waiting to be renamed over its target.
    struct Staged {
        let temporary: String
        let target: String
        let path: String

        func moveIntoPlace() throws {
            if rename(temporary, target) != 0 {
                let reason = String(cString: strerror(errno))
                try? FileManager.default.removeItem(atPath: temporary)
                throw FileError(file: path, reason: "cannot be moved into place: \(reason)")
            }
        }
    }

    /// Checks the target and has `produce` write the temporary file beside it.
    static func stage(_ path: String, produce: (String) throws -> Void) throws -> Staged {
        // Write through a symbolic link to the file it names, as `cp` and editors do.
        let target = URL(fileURLWithPath: path).resolvingSymlinksInPath()
        let folder = target.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw FileError(file: path, reason: "the folder '\(folder)' does not exist")
        }
        // An existing file keeps its permissions; a write-protected one is never replaced (root
        // could rename over it, but the user protected it for a reason).
        var existingMode: Int?
        if FileManager.default.fileExists(atPath: target.path, isDirectory: &isDirectory) {
            guard !isDirectory.boolValue else { throw FileError(file: path, reason: "is a folder; give a file name") }
            let mode = (try? FileManager.default.attributesOfItem(atPath: target.path)[.posixPermissions] as? Int) ?? nil
            if let mode, mode & 0o222 == 0 {
                throw FileError(file: path, reason: "is write-protected; gutskin does not replace it (write elsewhere or make it writable)")
            }
            existingMode = mode
        }
        let temporary =
            folder + "/.\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max)).tmp"
        do {
            try produce(temporary)
            if let existingMode {
                try FileManager.default.setAttributes([.posixPermissions: existingMode], ofItemAtPath: temporary)
            }
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
        return Staged(temporary: temporary, target: target.path, path: path)
    }
}
