import CHDF5

/// An open HDF5 dataset, read whole into Swift arrays. Close with `close()`.
struct HDF5Dataset: HDF5AttributeOwner {
    let id: hid_t
    let path: String

    func close() { H5Dclose(id) }

    /// The dataset's dimensions (`[]` for a scalar).
    func dimensions() throws(HDF5Error) -> [Int] {
        let space = H5Dget_space(id)
        guard space >= 0 else { throw HDF5Error(objectPath: path, reason: "dataspace cannot be read") }
        defer { H5Sclose(space) }
        return try HDF5Dataspace.dimensions(of: space, objectPath: path)
    }

    /// Reads a numeric dataset as `Double` (HDF5 converts integers).
    func readDoubles() throws(HDF5Error) -> [Double] {
        try readNumbers(Double.self, memoryType: gs_h5t_native_double(), accepting: [H5T_FLOAT, H5T_INTEGER])
    }

    /// Reads an integer dataset as `Int64`.
    func readInt64s() throws(HDF5Error) -> [Int64] {
        try readNumbers(Int64.self, memoryType: gs_h5t_native_int64(), accepting: [H5T_INTEGER])
    }

    /// Reads an integer dataset as `Int32`, refusing values that do not fit. Stored 32-bit (or
    /// narrower) integers are read directly; wider ones go through `Int64` and are checked.
    func readInt32s() throws(HDF5Error) -> [Int32] {
        let (typeClass, size, isSigned) = try storedType()
        if typeClass == H5T_INTEGER && (size < 4 || (size == 4 && isSigned)) {
            return try readNumbers(Int32.self, memoryType: gs_h5t_native_int32(), accepting: [H5T_INTEGER])
        }
        let wide = try readInt64s()
        var narrow = [Int32]()
        narrow.reserveCapacity(wide.count)
        for (position, value) in wide.enumerated() {
            guard let fitting = Int32(exactly: value) else {
                throw HDF5Error(objectPath: path, reason: "value \(value) at position \(position) does not fit in 32 bits")
            }
            narrow.append(fitting)
        }
        return narrow
    }

    /// Reads a string dataset (variable- or fixed-length, any rank) in row-major order, with its
    /// dimensions. An empty dataset of any type reads as no strings (biom-format writes empty id
    /// lists as float datasets).
    func readStrings() throws(HDF5Error) -> (strings: [String], dimensions: [Int]) {
        let dimensions = try self.dimensions()
        let count = dimensions.reduce(1, *)
        if count == 0 { return ([], dimensions) }
        try checkStoredChunks()
        let fileType = H5Dget_type(id)
        guard fileType >= 0 else { throw HDF5Error(objectPath: path, reason: "datatype cannot be read") }
        defer { H5Tclose(fileType) }
        let strings = try HDF5Strings.read(
            count: count, fileType: fileType, objectPath: path
        ) { memoryType, buffer in H5Dread(id, memoryType, gs_h5s_all(), gs_h5s_all(), gs_h5p_default(), buffer) }
        return (strings, dimensions)
    }

    /// The stored type's class, size in bytes and signedness.
    func storedType() throws(HDF5Error) -> (H5T_class_t, Int, Bool) {
        let fileType = H5Dget_type(id)
        guard fileType >= 0 else { throw HDF5Error(objectPath: path, reason: "datatype cannot be read") }
        defer { H5Tclose(fileType) }
        let typeClass = H5Tget_class(fileType)
        let isSigned = typeClass == H5T_INTEGER ? H5Tget_sign(fileType) == H5T_SGN_2 : true
        return (typeClass, H5Tget_size(fileType), isSigned)
    }

    private func readNumbers<Element: Numeric>(
        _: Element.Type, memoryType: hid_t, accepting classes: [H5T_class_t]
    ) throws(HDF5Error) -> [Element] {
        let dimensions = try self.dimensions()
        let count = dimensions.reduce(1, *)
        let (typeClass, _, _) = try storedType()
        if count == 0 { return [] }
        guard classes.contains(typeClass) else {
            throw HDF5Error(
                objectPath: path,
                reason:
                    "holds \(HDF5Dataspace.name(of: typeClass)) values, expected \(classes.map(HDF5Dataspace.name(of:)).joined(separator: " or "))"
            )
        }
        try checkStoredChunks()
        var status: herr_t = 0
        let values = [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            status = H5Dread(id, memoryType, gs_h5s_all(), gs_h5s_all(), gs_h5p_default(), buffer.baseAddress)
            // On failure the bytes are undefined; zero them so the array is well-formed.
            if status < 0 { buffer.initialize(repeating: 0) }
            initialized = count
        }
        guard status >= 0 else {
            throw HDF5Error(objectPath: path, reason: "data cannot be read (file truncated or corrupt?)")
        }
        return values
    }
}

/// Helpers shared by datasets and attributes: dataspace extents and readable type names.
enum HDF5Dataspace {
    static func dimensions(of space: hid_t, objectPath: String) throws(HDF5Error) -> [Int] {
        let rank = H5Sget_simple_extent_ndims(space)
        guard rank >= 0 else { throw HDF5Error(objectPath: objectPath, reason: "dataspace cannot be read") }
        if rank == 0 { return [] }
        var extents = [hsize_t](repeating: 0, count: Int(rank))
        guard H5Sget_simple_extent_dims(space, &extents, nil) >= 0 else {
            throw HDF5Error(objectPath: objectPath, reason: "dataspace cannot be read")
        }
        var dimensions = [Int]()
        for extent in extents {
            guard let size = Int(exactly: extent) else {
                throw HDF5Error(objectPath: objectPath, reason: "dimension \(extent) is too large")
            }
            dimensions.append(size)
        }
        // Callers multiply the dimensions to size their buffers: a crafted file must not overflow that.
        var elements = 1
        for size in dimensions {
            let (product, overflow) = elements.multipliedReportingOverflow(by: size)
            guard !overflow, product <= Int(Int32.max) * 64 else {
                throw HDF5Error(objectPath: objectPath, reason: "dimensions \(dimensions) hold more elements than can be read")
            }
            elements = product
        }
        return dimensions
    }

    static func name(of typeClass: H5T_class_t) -> String {
        switch typeClass {
        case H5T_INTEGER: return "integer"
        case H5T_FLOAT: return "floating-point"
        case H5T_STRING: return "string"
        case H5T_COMPOUND: return "compound"
        case H5T_ENUM: return "enum"
        case H5T_VLEN: return "variable-length sequence"
        case H5T_ARRAY: return "array"
        default: return "non-numeric"
        }
    }
}

/// Reading string data (variable- or fixed-length) through a caller-supplied read call, so
/// datasets and attributes share the memory handling.
enum HDF5Strings {
    /// Reads `count` strings stored with `fileType`; `read(memoryType, buffer)` performs the
    /// actual H5Dread/H5Aread. Variable-length memory allocated by HDF5 is reclaimed.
    static func read(
        count: Int, fileType: hid_t, objectPath: String,
        _ read: (hid_t, UnsafeMutableRawPointer?) -> herr_t
    ) throws(HDF5Error) -> [String] {
        guard H5Tget_class(fileType) == H5T_STRING else {
            throw HDF5Error(
                objectPath: objectPath,
                reason: "holds \(HDF5Dataspace.name(of: H5Tget_class(fileType))) values, expected strings")
        }
        let memoryType = H5Tcopy(gs_h5t_c_s1())
        guard memoryType >= 0 else { throw HDF5Error(objectPath: objectPath, reason: "cannot create a string type") }
        defer { H5Tclose(memoryType) }
        H5Tset_cset(memoryType, H5Tget_cset(fileType))

        if H5Tis_variable_str(fileType) > 0 {
            H5Tset_size(memoryType, gs_h5t_variable())
            var pointers = [UnsafeMutablePointer<CChar>?](repeating: nil, count: count)
            let status = pointers.withUnsafeMutableBytes { read(memoryType, $0.baseAddress) }
            guard status >= 0 else {
                throw HDF5Error(objectPath: objectPath, reason: "strings cannot be read (file truncated or corrupt?)")
            }
            let strings = pointers.map { $0.map { String(cString: $0) } ?? "" }
            // Give HDF5's allocations back; the reclaim needs a dataspace of the same size.
            var extent = [hsize_t(count)]
            let space = H5Screate_simple(1, &extent, nil)
            if space >= 0 {
                _ = pointers.withUnsafeMutableBytes { H5Dvlen_reclaim(memoryType, space, gs_h5p_default(), $0.baseAddress) }
                H5Sclose(space)
            }
            return strings
        }

        let width = H5Tget_size(fileType)
        guard width > 0 else { throw HDF5Error(objectPath: objectPath, reason: "fixed-length strings of size 0") }
        H5Tset_size(memoryType, width)
        H5Tset_strpad(memoryType, H5T_STR_NULLPAD)
        var bytes = [UInt8](repeating: 0, count: width * count)
        let status = bytes.withUnsafeMutableBytes { read(memoryType, $0.baseAddress) }
        guard status >= 0 else {
            throw HDF5Error(objectPath: objectPath, reason: "strings cannot be read (file truncated or corrupt?)")
        }
        let spacePadded = H5Tget_strpad(fileType) == H5T_STR_SPACEPAD
        var strings = [String]()
        strings.reserveCapacity(count)
        for index in 0..<count {
            var field = bytes[(index * width)..<((index + 1) * width)]
            if let end = field.firstIndex(of: 0) { field = field[..<end] }
            if spacePadded { while field.last == UInt8(ascii: " ") { field = field.dropLast() } }
            strings.append(String(decoding: field, as: UTF8.self))
        }
        return strings
    }
}
