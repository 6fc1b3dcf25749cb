import CHDF5
import Foundation
import GutSkinCore

extension BIOMHDF5 {
    /// Writes `table` as BIOM 2.1 HDF5 with the layout biom-format 2.1 writes: both the
    /// feature-major `/observation/matrix` and sample-major `/sample/matrix`, ids, taxonomy as a
    /// features × ranks string array (short lineages padded with ""), and the header attributes.
    /// The file appears only when complete (written to a temporary file, then renamed).
    public static func write(
        _ table: FeatureTable, to path: String, generatedBy: String, tableID: String = "No Table ID",
        creationDate: Date = Date()
    ) throws(BIOMError) {
        guard table.nonzeroCount <= Int(Int32.max) else {
            throw .unwritable(file: path, reason: "\(table.nonzeroCount) non-zero entries exceed BIOM 2.1's 32-bit indptr")
        }
        let dateFormatter = ISO8601DateFormatter()
        dateFormatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        let header = TableWriter.Header(
            tableID: tableID, generatedBy: generatedBy, creationDate: dateFormatter.string(from: creationDate))
        do {
            try AtomicFileWriter.write(to: path) { temporaryPath in
                try HDF5Library.serialized { () throws(HDF5Error) in
                    try TableWriter(table: table, header: header).write(to: temporaryPath)
                }
            }
        } catch let error as HDF5Error {
            throw .unwritable(file: path, reason: error.description)
        } catch let error as FileError {
            throw .unwritable(file: path, reason: error.reason)
        } catch {
            throw .unwritable(file: path, reason: "\(error)")
        }
    }
}

/// Writes one table into a new HDF5 file. Runs under the HDF5 lock.
private struct TableWriter {
    struct Header {
        let tableID: String
        let generatedBy: String
        let creationDate: String
    }

    let table: FeatureTable
    let header: Header

    func write(to path: String) throws(HDF5Error) {
        try HDF5File.writeNew(path) { root throws(HDF5Error) in
            try writeHeader(root)
            let featureMajor = table.featureMajor()
            try writeAxis(
                root, name: "observation", ids: table.featureIDs,
                offsets: featureMajor.offsets, indices: featureMajor.sampleIndices, values: featureMajor.values,
                taxonomy: table.featureTaxonomy)
            try writeAxis(
                root, name: "sample", ids: table.sampleIDs,
                offsets: table.sampleOffsets, indices: table.featureIndices, values: table.values, taxonomy: nil)
        }
    }

    private func writeHeader(_ root: HDF5Group) throws(HDF5Error) {
        try root.writeStringAttribute("id", header.tableID)
        try root.writeStringAttribute("type", "OTU table")
        try root.writeStringAttribute("format-url", "http://biom-format.org")
        try root.writeInt64Attribute("format-version", [2, 1])
        try root.writeStringAttribute("generated-by", header.generatedBy)
        try root.writeStringAttribute("creation-date", header.creationDate)
        try root.writeInt64Attribute("shape", [Int64(table.featureCount), Int64(table.sampleCount)])
        try root.writeInt64Attribute("nnz", [Int64(table.nonzeroCount)], scalar: true)
    }

    /// One axis group: `metadata/`, `group-metadata/`, `matrix/{data,indices,indptr}`, `ids`,
    /// in biom-format's order.
    private func writeAxis(
        _ root: HDF5Group, name: String, ids: [String], offsets: [Int], indices: [Int32], values: [Double],
        taxonomy: [Taxonomy]?
    ) throws(HDF5Error) {
        let axis = try root.createGroup(name)
        defer { axis.close() }
        let metadata = try axis.createGroup("metadata")
        defer { metadata.close() }
        if let taxonomy, !taxonomy.isEmpty {
            let width = taxonomy.map(\.ranks.count).max() ?? 0
            var cells = [String]()
            cells.reserveCapacity(taxonomy.count * width)
            for lineage in taxonomy {
                cells.append(contentsOf: lineage.ranks)
                cells.append(contentsOf: repeatElement("", count: width - lineage.ranks.count))
            }
            try metadata.writeDataset("taxonomy", strings: cells, dimensions: [taxonomy.count, width])
        }
        try axis.createGroup("group-metadata").close()
        let matrix = try axis.createGroup("matrix")
        defer { matrix.close() }
        try matrix.writeDataset("data", doubles: values)
        try matrix.writeDataset("indices", int32s: indices)
        try matrix.writeDataset("indptr", int32s: offsets.map { Int32($0) })
        try axis.writeDataset("ids", strings: ids, dimensions: [ids.count])
    }
}
