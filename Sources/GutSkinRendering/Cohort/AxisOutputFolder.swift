import Foundation
import GutSkinAxis
import GutSkinFormats

/// The output folder of `gutskin axis`; an earlier one (its README.txt says so) may be replaced.
public enum AxisOutputFolder {
    public static func folder(_ path: String) -> OutputFolder {
        OutputFolder(path: path, kind: "gutskin axis output (no README.txt from gutskin axis)") { folder in
            let readme = (try? String(contentsOfFile: folder.appendingPathComponent("README.txt").path, encoding: .utf8)) ?? ""
            return readme.hasPrefix(AxisOutputFiles.marker)
        }
    }

    public static func check(_ path: String) throws { try folder(path).check() }

    /// Writes the text files, then `extra` writes further files (binary ones such as rarefied.biom).
    public static func write(_ files: [(name: String, content: String)], to path: String, extra: ((URL) throws -> Void)? = nil) throws {
        try folder(path).write { staging in
            for file in files {
                let url = staging.appendingPathComponent(file.name)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                guard FileManager.default.createFile(atPath: url.path, contents: Data(file.content.utf8)) else {
                    throw FileError(file: path, reason: "cannot write \(file.name) (is the folder writable?)")
                }
            }
            try extra?(staging)
        }
    }

    public static func shellQuoted(_ argument: String) -> String {
        let safe = argument.allSatisfy { $0.isLetter || $0.isNumber || "-_./=:,+@".contains($0) }
        return safe && !argument.isEmpty ? argument : "'" + argument.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
