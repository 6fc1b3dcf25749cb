import CHDF5
import Foundation
import GutSkinCore

/// BIOM 2.1 tables in HDF5 (https://biom-format.org/documentation/format_versions/biom-2.1.html).
///
/// BIOM's matrix is observations (features) × samples; its `/sample/matrix` group holds that
/// matrix in CSC form, which is exactly `FeatureTable`'s sample-major CSR, so reading needs no
/// transposition.
public enum BIOMHDF5 {}

extension BIOMHDF5 {
    /// Reads a BIOM 2.x HDF5 table: ids, the sample-major matrix, and per-feature `taxonomy`
    /// metadata when present. Everything is checked against the header attributes.
    public static func read(path: String) throws(BIOMError) -> FeatureTable {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .unreadable(file: path, reason: "no such file")
        }
        guard !isDirectory.boolValue else { throw .unreadable(file: path, reason: "is a folder, not a file") }
        return try HDF5Library.serialized { () throws(BIOMError) -> FeatureTable in
            try TableReader(file: path).read()
        }
    }
}

/// One read of one file; holds the path so every check can name it. Runs under the HDF5 lock.
private struct TableReader {
    let file: String

    func read() throws(BIOMError) -> FeatureTable {
        let hdf5: HDF5File
        do { hdf5 = try HDF5File.open(file) } catch { throw .unreadable(file: file, reason: error.reason) }
        defer { hdf5.close() }
        let root = try hdf5Step { () throws(HDF5Error) in try hdf5.openRoot() }
        defer { root.close() }
        guard root.contains("sample/matrix") else {
            throw .notBIOM(file: file, reason: "HDF5 file has no /sample/matrix group (BIOM 2.x tables have one)")
        }

        let header = try readHeader(root)
        let featureIDs = try readIDs(root, at: "observation/ids", expected: header.featureCount, axis: "features")
        let sampleIDs = try readIDs(root, at: "sample/ids", expected: header.sampleCount, axis: "samples")
        let matrix = try readSampleMatrix(root, header: header)
        let taxonomy = try readTaxonomy(root, featureCount: header.featureCount)
        do {
            return try FeatureTable(
                sampleIDs: sampleIDs, featureIDs: featureIDs, featureTaxonomy: taxonomy,
                sampleOffsets: matrix.offsets, featureIndices: matrix.indices, values: matrix.values)
        } catch {
            let place: String
            switch error {
            case .duplicateID(kind: "sample", _): place = "/sample/ids"
            case .duplicateID: place = "/observation/ids"
            default: place = "/sample/matrix"
            }
            throw invalid(place, error.description)
        }
    }

    /// The root attributes that describe the table.
    struct Header {
        let featureCount: Int
        let sampleCount: Int
        let nonzeroCount: Int
    }

    func readHeader(_ root: HDF5Group) throws(BIOMError) -> Header {
        for name in ["shape", "nnz", "format-version"] where !root.hasAttribute(name) {
            throw invalid("/", "root attribute '\(name)' is missing")
        }
        let version = try hdf5Step { () throws(HDF5Error) in try root.readInt64Attribute("format-version") }
        guard version.count == 2, version[0] == 2 else {
            throw invalid("/", "root attribute 'format-version' is \(version), expected [2, x] (BIOM 2)")
        }
        let shape = try hdf5Step { () throws(HDF5Error) in try root.readInt64Attribute("shape") }
        guard shape.count == 2, shape[0] >= 0, shape[1] >= 0,
            let features = Int(exactly: shape[0]), let samples = Int(exactly: shape[1])
        else {
            throw invalid("/", "root attribute 'shape' is \(shape), expected two non-negative counts")
        }
        let nnz = try hdf5Step { () throws(HDF5Error) in try root.readInt64Attribute("nnz") }
        guard nnz.count == 1, nnz[0] >= 0, let nonzeros = Int(exactly: nnz[0]) else {
            throw invalid("/", "root attribute 'nnz' is \(nnz), expected one non-negative count")
        }
        return Header(featureCount: features, sampleCount: samples, nonzeroCount: nonzeros)
    }

    func readIDs(_ root: HDF5Group, at path: String, expected: Int, axis: String) throws(BIOMError) -> [String] {
        let (ids, dimensions) = try hdf5Step { () throws(HDF5Error) in
            let dataset = try root.openDataset(path)
            defer { dataset.close() }
            return try dataset.readStrings()
        }
        guard dimensions.count == 1 else {
            throw invalid("/" + path, "has \(dimensions.count) dimensions, expected 1")
        }
        guard ids.count == expected else {
            throw invalid("/" + path, "holds \(ids.count) ids but root attribute 'shape' says \(expected) \(axis)")
        }
        return ids
    }

    /// `/sample/matrix/{indptr,indices,data}`, checked before `FeatureTable` sees them so that
    /// errors point at the dataset and position at fault.
    func readSampleMatrix(_ root: HDF5Group, header: Header) throws(BIOMError)
        -> (offsets: [Int], indices: [Int32], values: [Double])
    {
        let pointerPath = "/sample/matrix/indptr"
        let indexPath = "/sample/matrix/indices"
        let dataPath = "/sample/matrix/data"
        let (pointers, indices, values) = try hdf5Step { () throws(HDF5Error) in
            let matrix = try root.openGroup("sample/matrix")
            defer { matrix.close() }
            func oneDimensional(_ name: String) throws(HDF5Error) -> HDF5Dataset {
                let dataset = try matrix.openDataset(name)
                let dimensions = try dataset.dimensions()
                guard dimensions.count == 1 else {
                    dataset.close()
                    throw HDF5Error(objectPath: dataset.path, reason: "has \(dimensions.count) dimensions, expected 1")
                }
                return dataset
            }
            let pointerSet = try oneDimensional("indptr")
            defer { pointerSet.close() }
            let indexSet = try oneDimensional("indices")
            defer { indexSet.close() }
            let dataSet = try oneDimensional("data")
            defer { dataSet.close() }
            return (try pointerSet.readInt64s(), try indexSet.readInt32s(), try dataSet.readDoubles())
        }

        guard pointers.count == header.sampleCount + 1 else {
            throw invalid(pointerPath, "has \(pointers.count) entries, expected \(header.sampleCount + 1) (samples + 1)")
        }
        guard pointers.first == 0 else { throw invalid(pointerPath, "starts at \(pointers[0]), expected 0") }
        for position in 1..<pointers.count where pointers[position] < pointers[position - 1] {
            throw invalid(pointerPath, "values decrease at position \(position)")
        }
        guard pointers.last == Int64(header.nonzeroCount) else {
            throw invalid(pointerPath, "ends at \(pointers.last ?? 0) but root attribute 'nnz' is \(header.nonzeroCount)")
        }
        guard indices.count == header.nonzeroCount else {
            throw invalid(indexPath, "has \(indices.count) entries but root attribute 'nnz' is \(header.nonzeroCount)")
        }
        guard values.count == header.nonzeroCount else {
            throw invalid(dataPath, "has \(values.count) entries but root attribute 'nnz' is \(header.nonzeroCount)")
        }
        let featureCount = header.featureCount
        for (position, index) in indices.enumerated() where index < 0 || Int(index) >= featureCount {
            throw invalid(indexPath, "feature index \(index) at position \(position) is outside 0..<\(featureCount)")
        }
        for (position, value) in values.enumerated() where !(value >= 0) || !value.isFinite {
            throw invalid(dataPath, "value \(value) at position \(position) is negative or not finite")
        }
        return (pointers.map { Int($0) }, indices, values)
    }

    /// `/observation/metadata/taxonomy` (or `Taxonomy`): a features × ranks string array as
    /// biom-format writes, or one `;`-joined lineage per feature. Trailing empty ranks are the
    /// padding biom-format adds to short lineages and are dropped.
    func readTaxonomy(_ root: HDF5Group, featureCount: Int) throws(BIOMError) -> [Taxonomy]? {
        guard let name = ["taxonomy", "Taxonomy"].first(where: { root.contains("observation/metadata/" + $0) }) else {
            return nil
        }
        let path = "observation/metadata/" + name
        let (strings, dimensions) = try hdf5Step { () throws(HDF5Error) in
            let dataset = try root.openDataset(path)
            defer { dataset.close() }
            return try dataset.readStrings()
        }
        guard dimensions.first == featureCount, dimensions.count == 1 || dimensions.count == 2 else {
            throw invalid("/" + path, "has dimensions \(dimensions), expected [\(featureCount)] or [\(featureCount), ranks]")
        }
        if dimensions.count == 1 { return strings.map { Taxonomy(parsing: $0) } }
        let width = dimensions[1]
        return (0..<featureCount).map { feature in
            var ranks = Array(strings[(feature * width)..<((feature + 1) * width)])
            while let last = ranks.last, last.trimmingWhitespace().isEmpty { ranks.removeLast() }
            return Taxonomy(ranks: ranks)
        }
    }

    private func invalid(_ objectPath: String, _ reason: String) -> BIOMError {
        .invalid(file: file, place: "HDF5 path \(objectPath)", reason: reason)
    }

    /// Runs HDF5 work, turning its errors into `BIOMError.invalid` naming this file.
    private func hdf5Step<Result>(_ body: () throws(HDF5Error) -> Result) throws(BIOMError) -> Result {
        do { return try body() } catch { throw invalid(error.objectPath, error.reason) }
    }
}
