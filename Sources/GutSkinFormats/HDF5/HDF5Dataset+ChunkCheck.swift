import CGutSkinZlib
import CHDF5

extension HDF5Dataset {
    /// The most chunks whose stored sizes are checked; more is refused (h5py's chunking gives a
    /// few thousand for the largest tables).
    static let chunkCheckLimit = 1_000_000

    /// Refuses a chunked dataset with a stored chunk that decodes to fewer bytes than a chunk's
    /// elements take: libhdf5 1.10 copies a whole chunk out of the smaller buffer, a heap overflow
    /// (found by the biom-hdf5 fuzz target: a damaged filter message, a deflate stream ending
    /// early). Unfiltered chunks are checked by their stored size; deflated ones are inflated here
    /// first (shuffle keeps the size, Fletcher-32 adds 4 bytes); other filters are refused.
    func checkStoredChunks() throws(HDF5Error) {
        let properties = H5Dget_create_plist(id)
        guard properties >= 0 else { throw HDF5Error(objectPath: path, reason: "creation properties cannot be read") }
        defer { H5Pclose(properties) }
        guard H5Pget_layout(properties) == H5D_CHUNKED else { return }
        let filters = try filterPipeline(properties)
        let extents = try dimensions()
        guard !extents.isEmpty, !extents.contains(0) else { return }
        var chunk = [hsize_t](repeating: 0, count: extents.count)
        guard H5Pget_chunk(properties, Int32(extents.count), &chunk) == Int32(extents.count), !chunk.contains(0) else {
            throw HDF5Error(objectPath: path, reason: "chunk dimensions cannot be read (corrupt file?)")
        }
        var chunkBytes = try storedElementSize()
        var chunkCount = 1
        let counts = zip(extents, chunk).map { extent, size in (UInt64(extent) - 1) / size + 1 }  // no overflow for any size
        for (size, count) in zip(chunk, counts) {
            let (bytes, bytesOverflow) = chunkBytes.multipliedReportingOverflow(by: Int(clamping: size))
            let (total, totalOverflow) = chunkCount.multipliedReportingOverflow(by: Int(clamping: count))
            // libhdf5 1.10 refuses chunks of 4 GiB or more itself.
            guard !bytesOverflow, !totalOverflow, bytes < 1 << 32, total <= Self.chunkCheckLimit else {
                throw HDF5Error(objectPath: path, reason: "chunk layout \(chunk) over \(extents) is too large to read")
            }
            (chunkBytes, chunkCount) = (bytes, total)
        }
        var offset = [hsize_t](repeating: 0, count: extents.count)
        for _ in 0..<chunkCount {
            // H5Dget_chunk_storage_size reports a whole chunk for unfiltered data; the index's own size is wanted.
            var stored: hsize_t = 0
            var mask: UInt32 = 0
            var address: haddr_t = 0
            guard H5Dget_chunk_info_by_coord(id, &offset, &mask, &address, &stored) >= 0 else {
                throw HDF5Error(objectPath: path, reason: "chunk at \(offset) cannot be located (corrupt file?)")
            }
            // 0: never written, read as fill values.
            let decoded = stored == 0 ? chunkBytes : try decodedSize(at: &offset, stored: stored, filters: filters, limit: chunkBytes)
            guard decoded >= chunkBytes else {
                throw HDF5Error(
                    objectPath: path, reason: "chunk at \(offset) holds \(decoded) bytes, fewer than its \(chunkBytes) (corrupt file?)")
            }
            // The next chunk's offset, last dimension fastest.
            for axis in offset.indices.reversed() {
                if chunk[axis] < UInt64(extents[axis]) - offset[axis] {
                    offset[axis] += chunk[axis]
                    break
                }
                offset[axis] = 0
            }
        }
    }

    /// The dataset's filters, in the order they were applied when writing.
    private func filterPipeline(_ properties: hid_t) throws(HDF5Error) -> [H5Z_filter_t] {
        let count = H5Pget_nfilters(properties)
        guard count >= 0, count <= 32 else { throw HDF5Error(objectPath: path, reason: "filter pipeline cannot be read") }
        var filters = [H5Z_filter_t]()
        for index in 0..<UInt32(count) {
            var flags: UInt32 = 0
            var valueCount = 0
            var configuration: UInt32 = 0
            let filter = H5Pget_filter2(properties, index, &flags, &valueCount, nil, 0, nil, &configuration)
            guard [H5Z_FILTER_DEFLATE, H5Z_FILTER_SHUFFLE, H5Z_FILTER_FLETCHER32].contains(filter) else {
                throw HDF5Error(objectPath: path, reason: "HDF5 filter \(filter) is not supported (deflate, shuffle and Fletcher-32 are)")
            }
            filters.append(filter)
        }
        return filters
    }

    /// The bytes the chunk at `offset` decodes to (counted up to `limit` + 1, never held): its
    /// stored size when unfiltered, else its raw bytes undone filter by filter, last applied first.
    private func decodedSize(at offset: inout [hsize_t], stored: hsize_t, filters: [H5Z_filter_t], limit: Int) throws(HDF5Error) -> Int {
        if filters.isEmpty { return Int(clamping: stored) }
        guard stored / 1_032 <= UInt64(limit) + 4 else {
            throw HDF5Error(
                objectPath: path, reason: "chunk at \(offset) is stored in \(stored) bytes, more than it can hold (corrupt file?)")
        }
        var bytes = [UInt8](repeating: 0, count: Int(stored))
        var skipped: UInt32 = 0
        guard H5Dread_chunk(id, gs_h5p_default(), &offset, &skipped, &bytes) >= 0 else {
            throw HDF5Error(objectPath: path, reason: "chunk at \(offset) cannot be read (file truncated or corrupt?)")
        }
        var size = bytes.count
        var inflated = false
        for (index, filter) in filters.enumerated().reversed() where skipped & (1 << UInt32(index)) == 0 {
            switch filter {
            case H5Z_FILTER_FLETCHER32:
                size = max(0, size - 4)
                if !inflated { bytes.removeLast(min(4, bytes.count)) }
            case H5Z_FILTER_DEFLATE:
                guard !inflated, let count = Self.inflatedCount(bytes, limit: limit + 1) else {
                    throw HDF5Error(objectPath: path, reason: "chunk at \(offset) is not valid deflate data (corrupt file?)")
                }
                (size, inflated) = (count, true)
            default: break  // shuffle keeps the size
            }
        }
        return size
    }

    /// How many bytes zlib-inflating `compressed` gives, counted through a 64 KB buffer up to
    /// `limit`; nil when the stream is damaged or ends before its data does.
    private static func inflatedCount(_ compressed: [UInt8], limit: Int) -> Int? {
        var stream = z_stream()
        guard gutskin_inflateInit2(&stream, 15) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        var input = compressed
        var window = [UInt8](repeating: 0, count: 1 << 16)
        return input.withUnsafeMutableBufferPointer { inputBuffer -> Int? in
            stream.next_in = inputBuffer.baseAddress
            stream.avail_in = uInt(inputBuffer.count)
            while true {
                let status = window.withUnsafeMutableBufferPointer { outputBuffer in
                    stream.next_out = outputBuffer.baseAddress
                    stream.avail_out = uInt(outputBuffer.count)
                    return CGutSkinZlib.inflate(&stream, Z_NO_FLUSH)
                }
                if status == Z_STREAM_END || Int(stream.total_out) >= limit { return Int(stream.total_out) }
                // Z_BUF_ERROR with input left means no progress possible; without input, the stream ended early.
                guard status == Z_OK else { return nil }
            }
        }
    }

    /// Bytes one element takes in the file: a variable-length value is stored as a length, a heap
    /// address and an index (4 + address size + 4); other types as their size.
    private func storedElementSize() throws(HDF5Error) -> Int {
        let type = H5Dget_type(id)
        guard type >= 0 else { throw HDF5Error(objectPath: path, reason: "datatype cannot be read") }
        defer { H5Tclose(type) }
        guard H5Tis_variable_str(type) > 0 || H5Tget_class(type) == H5T_VLEN else { return max(1, H5Tget_size(type)) }
        let file = H5Iget_file_id(id)
        guard file >= 0 else { return 16 }
        defer { H5Fclose(file) }
        let fileProperties = H5Fget_create_plist(file)
        guard fileProperties >= 0 else { return 16 }
        defer { H5Pclose(fileProperties) }
        var addressSize = 8
        var lengthSize = 8
        guard H5Pget_sizes(fileProperties, &addressSize, &lengthSize) >= 0 else { return 16 }
        return 8 + addressSize
    }
}
