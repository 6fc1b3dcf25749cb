/// A feature table's file format could not be chosen.
public enum TableFormatError: Error, CustomStringConvertible, Equatable {
    /// No format was named and the output file's extension is not one gutskin writes
    /// (`.biom`, `.json`, `.tsv`, `.qza`); the caller has to name the format.
    case unknownOutputExtension(file: String)

    public var description: String {
        switch self {
        case .unknownOutputExtension(let file):
            return "\(file): cannot tell the output format from the extension; use .biom, .json, .tsv or .qza, or name the format"
        }
    }
}
