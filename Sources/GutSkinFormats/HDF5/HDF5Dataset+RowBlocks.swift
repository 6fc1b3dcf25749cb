import CHDF5

/// Large 2-D datasets read a block of rows at a time into one reused buffer, so a reader that
/// keeps only part of each row (the upper triangle of a distance matrix) never holds the whole.
extension HDF5Dataset {
    /// Calls `body` with consecutive blocks of up to `blockRows` rows of a rows × columns numeric
    /// dataset, as `Element` (Double or Float; HDF5 converts the stored type), row-major.
    func readRowBlocks<Element: BinaryFloatingPoint>(
        as _: Element.Type, blockRows: Int = 256,
        _ body: (_ rows: Range<Int>, _ values: UnsafeBufferPointer<Element>) throws(HDF5Error) -> Void
    ) throws(HDF5Error) {
        let dimensions = try self.dimensions()
        guard dimensions.count == 2 else { throw HDF5Error(objectPath: path, reason: "has \(dimensions.count) dimensions, expected 2") }
        let (rowCount, columns) = (dimensions[0], dimensions[1])
        let (typeClass, _, _) = try storedType()
        guard typeClass == H5T_FLOAT || typeClass == H5T_INTEGER else {
            throw HDF5Error(
                objectPath: path, reason: "holds \(HDF5Dataspace.name(of: typeClass)) values, expected floating-point or integer")
        }
        guard rowCount > 0, columns > 0 else { return }
        try checkStoredChunks()
        let fileSpace = H5Dget_space(id)
        guard fileSpace >= 0 else { throw HDF5Error(objectPath: path, reason: "dataspace cannot be read") }
        defer { H5Sclose(fileSpace) }
        let rowsPerBlock = max(1, min(blockRows, rowCount))
        let memoryType = MemoryLayout<Element>.size == 4 ? gs_h5t_native_float() : gs_h5t_native_double()
        let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: rowsPerBlock * columns)
        defer { buffer.deallocate() }
        var start = 0
        while start < rowCount {
            let rows = start..<min(rowCount, start + rowsPerBlock)
            var offset = [hsize_t(rows.lowerBound), 0]
            var count = [hsize_t(rows.count), hsize_t(columns)]
            let memorySpace = H5Screate_simple(2, &count, nil)
            guard memorySpace >= 0 else { throw HDF5Error(objectPath: path, reason: "cannot create a dataspace") }
            let status =
                H5Sselect_hyperslab(fileSpace, H5S_SELECT_SET, &offset, nil, &count, nil) >= 0
                ? H5Dread(id, memoryType, memorySpace, fileSpace, gs_h5p_default(), buffer.baseAddress) : -1
            H5Sclose(memorySpace)
            guard status >= 0 else {
                throw HDF5Error(
                    objectPath: path, reason: "rows \(rows.lowerBound + 1)–\(rows.upperBound) cannot be read (file truncated or corrupt?)")
            }
            try body(rows, UnsafeBufferPointer(rebasing: buffer[0..<(rows.count * columns)]))
            start = rows.upperBound
        }
    }
}
