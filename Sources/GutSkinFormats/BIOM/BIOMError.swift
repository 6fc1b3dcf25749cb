/// Why a BIOM table (HDF5 or JSON) could not be read or written. Every message is one line
/// that names the file and, where it applies, the place in it (`HDF5 path /sample/ids`,
/// `JSON key "rows"`).
public enum BIOMError: Error, CustomStringConvertible, Equatable {
    /// The file cannot be opened or is not in a container format BIOM uses (HDF5, JSON).
    case unreadable(file: String, reason: String)
    /// The file is a valid container (e.g. HDF5) but not a BIOM table.
    case notBIOM(file: String, reason: String)
    /// The file is a BIOM table but something at `place` is missing, mistyped or inconsistent.
    case invalid(file: String, place: String, reason: String)
    /// The table could not be written to `file`.
    case unwritable(file: String, reason: String)

    /// The file the error is about, as the caller named it.
    public var file: String {
        switch self {
        case .unreadable(let file, _), .notBIOM(let file, _), .invalid(let file, _, _), .unwritable(let file, _):
            return file
        }
    }

    public var description: String {
        let message: String
        switch self {
        case .unreadable(let file, let reason): message = "\(file): \(reason)"
        case .notBIOM(let file, let reason): message = "\(file): not a BIOM table: \(reason)"
        case .invalid(let file, let place, let reason): message = "\(file): \(place): \(reason)"
        case .unwritable(let file, let reason): message = "\(file): cannot be written: \(reason)"
        }
        return OneLine.text(message)
    }
}
