import CHDF5
import Foundation
import GutSkinCore

/// Distance matrices in HDF5 as Striped UniFrac's `ssu -o … --format hdf5` writes them: string
/// datasets `format` ("BDSM") and `version` ("2020.12") naming the layout, a 1-D string dataset
/// `order` (the ids) and an n × n dataset `matrix` (float64, or float32 for fp32 matrices). Partial runs (`gutskin beta --stripes`) write slices: `order`, a 1-D `values`
/// dataset in stripe order, and attributes naming the metric and the stripe range, and (format 2)
/// what the slice was computed from: `table_sha256`, `tree_sha256`, `parameters`, `precision`,
/// `gutskin_version`.
public enum DistanceMatrixHDF5 {
    /// The layout name and version Striped UniFrac writes in a whole matrix's header datasets.
    static let stripedUniFracFormat = "BDSM"
    static let stripedUniFracVersion = "2020.12"
    static let partialFormat = "gutskin partial distance matrix 2"
    /// Slices of format 1 record no provenance; they are still read.
    static let partialFormats = ["gutskin partial distance matrix 1", partialFormat]

    /// Writes the whole matrix, atomically.
    public static func write(_ matrix: DistanceMatrix, to path: String) throws {
        let n = matrix.count
        try writeFile(path) { root throws(HDF5Error) in
            try root.writeDataset("format", fixedString: stripedUniFracFormat)
            try root.writeDataset("version", fixedString: stripedUniFracVersion)
            try root.writeDataset("order", strings: matrix.ids, dimensions: [n])
            switch matrix.storage {
            case .fp64(let condensed):
                try root.writeSquareMatrix("matrix", size: n, as: Double.self) { rows, buffer in
                    fillSquareRows(rows, n: n, condensed: condensed, into: buffer)
                }
            case .fp32(let condensed):
                try root.writeSquareMatrix("matrix", size: n, as: Float.self) { rows, buffer in
                    fillSquareRows(rows, n: n, condensed: condensed, into: buffer)
                }
            }
        }
    }

    /// Rows `rows` of the square form of a condensed matrix, straight from the condensed array.
    static func fillSquareRows<Element: BinaryFloatingPoint>(
        _ rows: Range<Int>, n: Int, condensed: [Element], into buffer: UnsafeMutableBufferPointer<Element>
    ) {
        for (position, i) in rows.enumerated() {
            let row = position * n
            buffer[row + i] = 0
            // Above the diagonal, row i of the condensed array is contiguous.
            let start = DistanceMatrix.condensedIndex(i, min(i + 1, n - 1), count: n)
            for j in (i + 1)..<max(n, i + 1) { buffer[row + j] = condensed[start + (j - i - 1)] }
            // Below it, (j, i) for j < i sits in row j of the condensed array.
            for j in 0..<i { buffer[row + j] = condensed[DistanceMatrix.condensedIndex(j, i, count: n)] }
        }
    }

    /// Reads a whole matrix, checking it is square, symmetric and hollow.
    public static func read(path: String) throws -> DistanceMatrix {
        try readFile(path) { root throws(HDF5Error) in
            guard root.contains("matrix") else {
                if root.contains("values") {
                    throw HDF5Error(
                        objectPath: "/", reason: "this is a partial matrix (a slice); merge the slices with 'gutskin beta-merge'")
                }
                throw HDF5Error(objectPath: "/matrix", reason: "missing: not a distance matrix")
            }
            let ids = try readIDs(root)
            let dataset = try root.openDataset("matrix")
            defer { dataset.close() }
            let n = ids.count
            guard try dataset.dimensions() == [n, n] else {
                throw HDF5Error(objectPath: "/matrix", reason: "shape \(try dataset.dimensions()) does not match \(n) ids in /order")
            }
            // A float32 matrix (fp32, as ssu writes it) stays single precision: half the memory.
            let (typeClass, size, _) = try dataset.storedType()
            do {
                if typeClass == H5T_FLOAT, size == 4 {
                    return try DistanceMatrix(ids: ids, condensed: try readUpperTriangle(dataset, count: n, as: Float.self))
                }
                return try DistanceMatrix(ids: ids, condensed: try readUpperTriangle(dataset, count: n, as: Double.self))
            } catch let error as HDF5Error {
                throw error
            } catch {
                throw HDF5Error(objectPath: "/matrix", reason: "\(error)")
            }
        }
    }

    /// Writes a slice of a matrix, atomically.
    public static func write(_ part: PartialDistanceMatrix, to path: String) throws {
        try writeFile(path) { root throws(HDF5Error) in
            try root.writeStringAttribute("format", partialFormat)
            try root.writeStringAttribute("metric", part.metric)
            try root.writeInt64Attribute(
                "stripes", [Int64(part.selection.stripes.lowerBound), Int64(part.selection.stripes.upperBound)])
            if let provenance = part.provenance {
                try root.writeStringAttribute("table_sha256", provenance.tableSHA256)
                try root.writeStringAttribute("tree_sha256", provenance.treeSHA256)
                try root.writeStringAttribute("parameters", provenance.parameters)
                try root.writeStringAttribute("precision", provenance.precision)
                try root.writeStringAttribute("gutskin_version", provenance.gutskinVersion)
            }
            try root.writeDataset("order", strings: part.ids, dimensions: [part.ids.count])
            try root.writeDataset("values", doubles: part.values, compressed: false)
        }
    }

    /// Reads a slice written by `write(_: PartialDistanceMatrix, to:)`; throws
    /// `DistanceMatrixSliceError.notASlice` for an HDF5 file that is not one.
    public static func readPartial(path: String) throws -> PartialDistanceMatrix {
        let slice = try readFile(path) { root throws(HDF5Error) -> PartialDistanceMatrix? in
            guard root.hasAttribute("format"), let format = try? root.readStringAttribute("format"), partialFormats.contains(format) else {
                return nil
            }
            let ids = try readIDs(root)
            let metric = try root.readStringAttribute("metric")
            let bounds = try root.readInt64Attribute("stripes")
            guard bounds.count == 2, let lower = Int(exactly: bounds[0]), let upper = Int(exactly: bounds[1]),
                let selection = try? PairSelection(sampleCount: ids.count, stripes: lower..<max(lower, upper))
            else {
                throw HDF5Error(objectPath: "/", reason: "attribute 'stripes' \(bounds) does not fit \(ids.count) samples")
            }
            let dataset = try root.openDataset("values")
            defer { dataset.close() }
            let values = try dataset.readDoubles()
            do {
                return try PartialDistanceMatrix(
                    ids: ids, metric: metric, selection: selection, values: values, provenance: try readProvenance(root))
            } catch {
                throw HDF5Error(
                    objectPath: "/values", reason: "\(values.count) values for stripes \(lower):\(upper) (expected \(selection.pairCount))")
            }
        }
        guard let slice else { throw DistanceMatrixSliceError.notASlice(file: path) }
        return slice
    }

    /// The provenance attributes, or nil when the slice has none (format 1).
    private static func readProvenance(_ root: HDF5Group) throws(HDF5Error) -> SliceProvenance? {
        guard root.hasAttribute("table_sha256") else { return nil }
        return SliceProvenance(
            tableSHA256: try root.readStringAttribute("table_sha256"), treeSHA256: try root.readStringAttribute("tree_sha256"),
            parameters: try root.readStringAttribute("parameters"), precision: try root.readStringAttribute("precision"),
            gutskinVersion: try root.readStringAttribute("gutskin_version"))
    }

    private static func readIDs(_ root: HDF5Group) throws(HDF5Error) -> [String] {
        guard root.contains("order") else { throw HDF5Error(objectPath: "/order", reason: "missing: no sample ids") }
        let dataset = try root.openDataset("order")
        defer { dataset.close() }
        let (ids, dimensions) = try dataset.readStrings()
        guard dimensions.count == 1 else { throw HDF5Error(objectPath: "/order", reason: "must be 1-D, is \(dimensions)") }
        return ids
    }

    private static func writeFile(_ path: String, _ body: (HDF5Group) throws(HDF5Error) -> Void) throws {
        do {
            try AtomicFileWriter.write(to: path) { temporaryPath in
                try HDF5Library.serialized { () throws(HDF5Error) in try HDF5File.writeNew(temporaryPath, body) }
            }
        } catch let error as HDF5Error {
            throw FileError(file: path, reason: error.description)
        }
    }

    private static func readFile<Result>(_ path: String, _ body: (HDF5Group) throws(HDF5Error) -> Result) throws -> Result {
        guard FileManager.default.fileExists(atPath: path) else { throw FileError(file: path, reason: "no such file") }
        do {
            return try HDF5Library.serialized { () throws(HDF5Error) in
                let file = try HDF5File.open(path)
                defer { _ = file.close() }
                let root = try file.openRoot()
                defer { root.close() }
                return try body(root)
            }
        } catch {
            throw FileError(file: path, reason: error.description)
        }
    }
}
