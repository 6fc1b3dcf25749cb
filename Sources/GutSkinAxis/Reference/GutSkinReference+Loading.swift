import Foundation
import GutSkinFormats

extension GutSkinReference {
    /// A reference by built-in name (`gut`, `skin-sebaceous`, `skin-dry`) or from a JSON file;
    /// a file of a built-in's name in the working folder wins over the built-in.
    public static func load(_ nameOrPath: String) throws -> GutSkinReference {
        if DefaultReferences.names.contains(nameOrPath) && !FileManager.default.fileExists(atPath: nameOrPath) {
            guard let reference = try DefaultReferences.reference(named: nameOrPath) else {
                throw FileError(file: nameOrPath, reason: "built-in reference missing")
            }
            return reference
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: nameOrPath))
        } catch {
            throw FileError(
                file: nameOrPath,
                reason:
                    "cannot be read (no such file, or not readable); built-in references are \(DefaultReferences.names.joined(separator: ", "))"
            )
        }
        return try GutSkinReference(jsonData: data, file: nameOrPath)
    }
}
