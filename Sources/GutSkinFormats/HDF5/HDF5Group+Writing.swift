import CHDF5

/// Creating datasets the way biom-format (through h5py) does: chunked and deflate-compressed
/// at level 4 when non-empty; empty datasets are contiguous, as HDF5 cannot chunk zero extents.
extension HDF5Group {
    func writeDataset(_ name: String, int32s values: [Int32]) throws(HDF5Error) {
        try values.withUnsafeBytes { bytes in
            Result { () throws(HDF5Error) in
                try writeDataset(
                    name, fileType: gs_h5t_std_i32le(), memoryType: gs_h5t_native_int32(),
                    dimensions: [values.count], elementSize: 4, bytes: bytes.baseAddress)
            }
        }.get()
    }

    /// Writes doubles, row-major with the given dimensions (default: 1-D); `compressed: false`
    /// writes them contiguous, as Striped UniFrac writes distances (deflate saves about 7% on
    /// distances and costs more than computing them).
    func writeDataset(_ name: String, doubles values: [Double], dimensions: [Int]? = nil, compressed: Bool = true) throws(HDF5Error) {
        try values.withUnsafeBytes { bytes in
            Result { () throws(HDF5Error) in
                try writeDataset(
                    name, fileType: gs_h5t_ieee_f64le(), memoryType: gs_h5t_native_double(),
                    dimensions: dimensions ?? [values.count], elementSize: 8, bytes: bytes.baseAddress, compressed: compressed)
            }
        }.get()
    }

    /// Writes variable-length UTF-8 strings, row-major with the given dimensions (1-D or 2-D).
    func writeDataset(_ name: String, strings: [String], dimensions: [Int]) throws(HDF5Error) {
        precondition(dimensions.reduce(1, *) == strings.count, "string count must match the dimensions")
        // One buffer of NUL-terminated UTF-8 and a pointer per string into it.
        var storage = [CChar]()
        storage.reserveCapacity(strings.reduce(0) { $0 + $1.utf8.count + 1 })
        var starts = [Int]()
        starts.reserveCapacity(strings.count)
        for string in strings {
            starts.append(storage.count)
            storage.append(contentsOf: string.utf8.map { CChar(bitPattern: $0) })
            storage.append(0)
        }
        let stringType = try HDF5StringType.variableUTF8(objectPath: childPath(name))
        defer { H5Tclose(stringType) }
        try storage.withUnsafeBufferPointer { characters in
            let pointers: [UnsafePointer<CChar>?] = starts.map { start in characters.baseAddress.map { $0 + start } }
            return pointers.withUnsafeBytes { bytes in
                Result { () throws(HDF5Error) in
                    try writeDataset(
                        name, fileType: stringType, memoryType: stringType,
                        dimensions: dimensions, elementSize: MemoryLayout<hvl_t>.size,
                        bytes: bytes.baseAddress)
                }
            }
        }.get()
    }

    /// A one-element dataset holding `text` as a fixed-length, space-padded string (no NUL), as
    /// Striped UniFrac writes its `format` and `version` datasets.
    func writeDataset(_ name: String, fixedString text: String) throws(HDF5Error) {
        let bytes = Array(text.utf8)
        precondition(!bytes.isEmpty, "a fixed-length string needs at least one byte")
        let fileType = H5Tcopy(gs_h5t_c_s1())
        guard fileType >= 0 else { throw HDF5Error(objectPath: childPath(name), reason: "cannot create a string type") }
        defer { H5Tclose(fileType) }
        guard H5Tset_size(fileType, bytes.count) >= 0, H5Tset_strpad(fileType, H5T_STR_SPACEPAD) >= 0 else {
            throw HDF5Error(objectPath: childPath(name), reason: "cannot size a string type")
        }
        try bytes.withUnsafeBytes { raw in
            Result { () throws(HDF5Error) in
                try writeDataset(
                    name, fileType: fileType, memoryType: fileType, dimensions: [1], elementSize: bytes.count, bytes: raw.baseAddress)
            }
        }.get()
    }

    func writeDataset(
        _ name: String, fileType: hid_t, memoryType: hid_t, dimensions: [Int], elementSize: Int,
        bytes: UnsafeRawPointer?, compressed: Bool = true
    ) throws(HDF5Error) {
        let fullPath = childPath(name)
        var extents = dimensions.map { hsize_t($0) }
        let space = H5Screate_simple(Int32(extents.count), &extents, nil)
        guard space >= 0 else { throw HDF5Error(objectPath: fullPath, reason: "cannot create dataspace") }
        defer { H5Sclose(space) }
        let creation = H5Pcreate(gs_h5p_dataset_create())
        guard creation >= 0 else { throw HDF5Error(objectPath: fullPath, reason: "cannot create dataset properties") }
        defer { H5Pclose(creation) }
        let count = dimensions.reduce(1, *)
        if count > 0 && compressed {
            var chunk = Self.chunkDimensions(dimensions, elementSize: elementSize).map { hsize_t($0) }
            guard H5Pset_chunk(creation, Int32(chunk.count), &chunk) >= 0, H5Pset_deflate(creation, 4) >= 0 else {
                throw HDF5Error(objectPath: fullPath, reason: "cannot set chunking and compression")
            }
        }
        let dataset = H5Dcreate2(id, name, fileType, space, gs_h5p_default(), creation, gs_h5p_default())
        guard dataset >= 0 else { throw HDF5Error(objectPath: fullPath, reason: "cannot create dataset") }
        defer { H5Dclose(dataset) }
        guard count == 0 || H5Dwrite(dataset, memoryType, gs_h5s_all(), gs_h5s_all(), gs_h5p_default(), bytes) >= 0 else {
            throw HDF5Error(objectPath: fullPath, reason: "cannot write data (disk full?)")
        }
    }

    /// Chunks of about 64 KiB along the first dimension, whole along the others.
    static func chunkDimensions(_ dimensions: [Int], elementSize: Int) -> [Int] {
        let rowElements = max(1, dimensions.dropFirst().reduce(1, *))
        let rowsPerChunk = max(1, 65_536 / (elementSize * rowElements))
        var chunk = dimensions.map { max(1, $0) }
        chunk[0] = min(max(1, dimensions[0]), rowsPerChunk)
        return chunk
    }
}
