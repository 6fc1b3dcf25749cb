// TEMPORARY: replaced by the real readers when their branches merge. Not committed.
import GutSkinCore
public enum BIOMHDF5 {
    public static func read(path: String) throws -> FeatureTable { throw FileError(file: path, reason: "stub") }
    public static func write(_ table: FeatureTable, to path: String, generatedBy: String) throws { throw FileError(file: path, reason: "stub") }
}
