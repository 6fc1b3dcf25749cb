/// A file given as a slice of a distance matrix (a partial matrix from a striped run) is not one.
public enum DistanceMatrixSliceError: Error, CustomStringConvertible, Equatable {
    /// The HDF5 file lacks the `format` attribute that `DistanceMatrixHDF5.write(_: PartialDistanceMatrix, to:)`
    /// writes, so it is not a slice; slices come from a run over a range of stripes.
    case notASlice(file: String)

    public var description: String {
        switch self {
        case .notASlice(let file): return "\(file): HDF5 path /: not a partial distance matrix (a slice computed over a range of stripes)"
        }
    }
}
