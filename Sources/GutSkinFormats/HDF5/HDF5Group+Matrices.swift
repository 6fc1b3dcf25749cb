import CHDF5

/// Square matrices written a block of rows at a time, uncompressed: a distance matrix of 5,452
/// samples is 238 MB of doubles, which deflate would take seconds to squeeze for little gain,
/// and building it whole would double the memory a run needs.
extension HDF5Group {
    /// Writes an n × n dataset whose rows `fillRows` produces, `blockRows` rows at a time.
    /// `Element` is Double (stored as IEEE f64) or Float (IEEE f32).
    func writeSquareMatrix<Element: BinaryFloatingPoint>(
        _ name: String, size n: Int, as _: Element.Type, blockRows: Int = 256,
        fillRows: (_ rows: Range<Int>, _ buffer: UnsafeMutableBufferPointer<Element>) -> Void
    ) throws(HDF5Error) {
        let fullPath = childPath(name)
        let isDouble = MemoryLayout<Element>.size == 8
        let fileType = isDouble ? gs_h5t_ieee_f64le() : gs_h5t_ieee_f32le()
        let memoryType = isDouble ? gs_h5t_native_double() : gs_h5t_native_float()
        var extents = [hsize_t(n), hsize_t(n)]
        let fileSpace = H5Screate_simple(2, &extents, nil)
        guard fileSpace >= 0 else { throw HDF5Error(objectPath: fullPath, reason: "cannot create dataspace") }
        defer { H5Sclose(fileSpace) }
        let dataset = H5Dcreate2(id, name, fileType, fileSpace, gs_h5p_default(), gs_h5p_default(), gs_h5p_default())
        guard dataset >= 0 else { throw HDF5Error(objectPath: fullPath, reason: "cannot create dataset") }
        defer { H5Dclose(dataset) }
        guard n > 0 else { return }
        let rowsPerBlock = max(1, min(blockRows, n))
        let buffer = UnsafeMutableBufferPointer<Element>.allocate(capacity: rowsPerBlock * n)
        defer { buffer.deallocate() }
        var start = 0
        while start < n {
            let rows = start..<min(n, start + rowsPerBlock)
            let block = UnsafeMutableBufferPointer(rebasing: buffer[0..<(rows.count * n)])
            fillRows(rows, block)
            var offset = [hsize_t(rows.lowerBound), 0]
            var count = [hsize_t(rows.count), hsize_t(n)]
            let memorySpace = H5Screate_simple(2, &count, nil)
            defer { H5Sclose(memorySpace) }
            guard H5Sselect_hyperslab(fileSpace, H5S_SELECT_SET, &offset, nil, &count, nil) >= 0,
                H5Dwrite(dataset, memoryType, memorySpace, fileSpace, gs_h5p_default(), block.baseAddress) >= 0
            else {
                throw HDF5Error(objectPath: fullPath, reason: "cannot write rows \(rows.lowerBound)–\(rows.upperBound - 1) (disk full?)")
            }
            start = rows.upperBound
        }
    }
}
