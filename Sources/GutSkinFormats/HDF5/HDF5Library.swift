import CHDF5
import Foundation

/// A failure inside the HDF5 wrapper: the HDF5 object path it concerns and why, in one line.
/// Callers that know the file (the BIOM reader and writer) turn it into a `BIOMError`.
struct HDF5Error: Error, CustomStringConvertible {
    /// Path inside the file, e.g. `/sample/matrix/indptr`; `/` for the file itself.
    let objectPath: String
    let reason: String

    var description: String { "HDF5 path \(objectPath): \(reason)" }
}

/// Process-wide gate for libhdf5. The library may be built without thread safety, so every
/// HDF5 call in gutskin runs inside `serialized`, one caller at a time.
enum HDF5Library {
    private static let lock = NSLock()

    /// Runs `body` holding the HDF5 lock, with HDF5's automatic error-stack printing off (the
    /// setting is per thread in thread-safe builds, hence set on every entry).
    static func serialized<Result, Failure: Error>(
        _ body: () throws(Failure) -> Result
    ) throws(Failure) -> Result {
        lock.lock()
        defer { lock.unlock() }
        H5Eset_auto2(gs_h5e_default(), nil, nil)
        return try body()
    }
}
