import Foundation

/// An output that is a whole folder (a cohort analysis, a batch of reports), written as
/// `AtomicFileWriter` writes a file: everything goes into a hidden sibling folder, which is
/// renamed into place only when complete — a failed or interrupted run never leaves half a folder.
/// An existing folder is replaced only when it is empty or an earlier output of the same command,
/// so nothing of the user's is lost.
public struct OutputFolder: Sendable {
    public let path: String
    /// What the folder holds, for messages ("gutskin axis output").
    public let kind: String
    /// Whether an existing, non-empty folder is an earlier output of the same command.
    public let isEarlierOutput: @Sendable (URL) -> Bool

    public init(path: String, kind: String, isEarlierOutput: @escaping @Sendable (URL) -> Bool) {
        self.path = path
        self.kind = kind
        self.isEarlierOutput = isEarlierOutput
    }

    /// Refuses, before any work, a target that is a file or a folder of someone else's files.
    public func check() throws {
        let target = URL(fileURLWithPath: path).standardizedFileURL
        var isDirectory: ObjCBool = false
        let parent = target.deletingLastPathComponent().path
        guard FileManager.default.fileExists(atPath: parent, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw FileError(file: path, reason: "the folder '\(parent)' does not exist")
        }
        guard FileManager.default.fileExists(atPath: target.path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else { throw FileError(file: path, reason: "exists and is not a folder; give -o a new folder name") }
        let contents = (try? FileManager.default.contentsOfDirectory(atPath: target.path)) ?? []
        if contents.isEmpty || isEarlierOutput(target) { return }
        throw FileError(file: path, reason: "exists and is not an earlier \(kind); choose another -o or empty it")
    }

    /// Checks the target, has `produce` fill a staging folder, then renames it into place
    /// (replacing an earlier output only after the new one is complete).
    public func write(_ produce: (URL) throws -> Void) throws {
        try check()
        let target = URL(fileURLWithPath: path).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        let token = UUID().uuidString.prefix(8)
        let staging = parent.appendingPathComponent(".\(target.lastPathComponent).gutskin-\(token)")
        let old = parent.appendingPathComponent(".\(target.lastPathComponent).gutskin-old-\(token)")
        let manager = FileManager.default
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: false)
            try produce(staging)
            if manager.fileExists(atPath: target.path) {
                try manager.moveItem(at: target, to: old)
                do {
                    try manager.moveItem(at: staging, to: target)
                } catch {
                    try? manager.moveItem(at: old, to: target)
                    throw error
                }
                try? manager.removeItem(at: old)
            } else {
                try manager.moveItem(at: staging, to: target)
            }
        } catch let error as FileError {
            try? manager.removeItem(at: staging)
            throw error
        } catch {
            try? manager.removeItem(at: staging)
            throw FileError(file: path, reason: "cannot be written: \(error.localizedDescription)")
        }
    }
}
