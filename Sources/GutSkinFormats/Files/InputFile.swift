import Foundation

/// Reads a whole input file, transparently decompressing gzip (by content, not by name), and
/// turns I/O failures into a `FileError` that names the file.
public enum InputFile {
    /// The file's bytes, decompressed when gzipped.
    public static func read(_ path: String) throws(FileError) -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw FileError(file: path, reason: "no such file")
        }
        guard !isDirectory.boolValue else { throw FileError(file: path, reason: "is a folder, not a file") }
        let data: Data
        do {
            data = try ParallelFileRead.read(path) ?? Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
        } catch let error as FileError {
            throw error
        } catch {
            throw FileError(file: path, reason: "cannot be read (\(error.localizedDescription))")
        }
        guard Gzip.isCompressed(data) else { return data }
        do {
            return try Gzip.decompress(data)
        } catch {
            switch error {
            case .corrupt(let why): throw FileError(file: path, reason: "is not valid gzip: \(why)")
            }
        }
    }

    /// The file's text as UTF-8, falling back to Latin-1 (QIIME 1 mapping files often are).
    public static func readText(_ path: String) throws(FileError) -> String {
        let data = try read(path)
        return decodeText(data)
    }

    /// Decodes bytes as UTF-8, or as Latin-1 when they are not valid UTF-8; strips a BOM.
    public static func decodeText(_ data: Data) -> String {
        var text = String(data: data, encoding: .utf8) ?? String(data: data, encoding: .isoLatin1) ?? ""
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }
}

/// A file could not be opened, read or written. The message names the file.
public struct FileError: Error, CustomStringConvertible, Equatable {
    public let file: String
    public let reason: String
    /// The typed error the reason was taken from, when there is one, so that a front door can
    /// still tell which case it is (the CLI adds its flag hint, a service picks a status).
    public let cause: (any Error)?

    public init(file: String, reason: String) {
        self.file = file
        self.reason = reason
        self.cause = nil
    }

    /// An error about `file` whose reason is `cause`'s description.
    public init(file: String, cause: any Error) {
        self.file = file
        self.reason = String(describing: cause)
        self.cause = cause
    }

    public var description: String { OneLine.text("\(file): \(reason)") }

    /// Equal when they name the same file and reason (the cause is not compared).
    public static func == (lhs: FileError, rhs: FileError) -> Bool { lhs.file == rhs.file && lhs.reason == rhs.reason }
}
