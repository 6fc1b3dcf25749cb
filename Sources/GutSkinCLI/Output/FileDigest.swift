import Crypto
import Foundation
import GutSkinFormats

/// SHA-256 of a file's bytes, read in blocks, for a slice's provenance (`beta --stripes`).
enum FileDigest {
    static func sha256(path: String) throws -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw FileError(file: path, reason: "cannot be opened for reading") }
        defer { try? handle.close() }
        var hasher = SHA256()
        while true {
            let block: Data
            do {
                block = try handle.read(upToCount: 1 << 22) ?? Data()
            } catch {
                throw FileError(file: path, reason: "cannot be read: \(error.localizedDescription)")
            }
            if block.isEmpty { break }
            hasher.update(data: block)
        }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }
}
