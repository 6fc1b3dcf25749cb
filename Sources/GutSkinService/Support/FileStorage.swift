import Foundation

/// The data directory: uploads are staged in `tmp/` (read and validated there) and moved, by a
/// rename on the same file system, to `files/<account>/<file id><ext>`, so an original is either
/// absent or whole. Client file names never become paths.
public struct FileStorage: Sendable {
    public let root: URL
    var stagingFolder: URL { root.appendingPathComponent("tmp", isDirectory: true) }

    public init(root: URL) throws {
        self.root = root.standardizedFileURL
        try FileManager.default.createDirectory(at: stagingFolder, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(
            at: self.root.appendingPathComponent("files", isDirectory: true), withIntermediateDirectories: true)
    }

    /// Writes uploaded bytes to a fresh staging file that keeps the client name's extension (some
    /// readers judge a format by it); returns its URL.
    func stage(_ data: Data, clientName: String?) throws -> URL {
        let url = stagingFolder.appendingPathComponent(UUID().uuidString + Self.safeExtension(of: clientName))
        try data.write(to: url, options: .withoutOverwriting)
        return url
    }

    /// Moves a staged file into the account's folder; returns its path relative to the root.
    func keep(staged: URL, ownerID: UUID, fileID: UUID) throws -> String {
        let fileExtension = String(staged.lastPathComponent.dropFirst(36))  // after the staging UUID
        let relative = "files/\(ownerID.uuidString.lowercased())/\(fileID.uuidString.lowercased())\(fileExtension)"
        let destination = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(
            at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: staged, to: destination)
        return relative
    }

    /// The absolute location of a stored file; nil for a path that would leave the root.
    func url(forStored relative: String) -> URL? {
        guard !relative.hasPrefix("/"), !relative.split(separator: "/").contains("..") else { return nil }
        return root.appendingPathComponent(relative)
    }

    /// Deletes stored files (missing ones are ignored) and, when given, the account's folder.
    func delete(storedPaths: [String], ownerID: UUID? = nil) {
        for path in storedPaths { if let url = url(forStored: path) { try? FileManager.default.removeItem(at: url) } }
        if let ownerID {
            try? FileManager.default.removeItem(at: root.appendingPathComponent("files/\(ownerID.uuidString.lowercased())"))
        }
    }

    func discard(_ urls: [URL]) {
        for url in urls { try? FileManager.default.removeItem(at: url) }
    }

    /// `.biom`, `.tsv`, `.qza`, `.gz` (with `.tsv.gz` kept whole) … : letters and digits only, or none.
    static func safeExtension(of clientName: String?) -> String {
        guard let clientName else { return "" }
        let base = clientName.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let parts = base.split(separator: ".").dropFirst().suffix(2)
        let clean = parts.filter { !$0.isEmpty && $0.count <= 8 && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
        guard !clean.isEmpty, clean.count == parts.count else { return "" }
        return "." + clean.joined(separator: ".").lowercased()
    }
}
