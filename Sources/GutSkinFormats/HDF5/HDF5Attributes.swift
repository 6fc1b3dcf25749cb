import CHDF5

/// An HDF5 group or dataset, which can carry attributes (BIOM keeps its header in the root
/// group's attributes).
protocol HDF5AttributeOwner {
    var id: hid_t { get }
    /// Path of the object in the file, for messages.
    var path: String { get }
}

extension HDF5AttributeOwner {
    func hasAttribute(_ name: String) -> Bool { H5Aexists(id, name) > 0 }

    /// Reads an integer attribute (scalar or 1-D) as `Int64` values.
    func readInt64Attribute(_ name: String) throws(HDF5Error) -> [Int64] {
        try withAttribute(name) { attribute, count, fileType throws(HDF5Error) in
            guard H5Tget_class(fileType) == H5T_INTEGER else {
                throw HDF5Error(
                    objectPath: path,
                    reason: "attribute '\(name)' holds \(HDF5Dataspace.name(of: H5Tget_class(fileType))) values, expected integers")
            }
            var values = [Int64](repeating: 0, count: count)
            let status = values.withUnsafeMutableBytes { H5Aread(attribute, gs_h5t_native_int64(), $0.baseAddress) }
            guard status >= 0 else { throw HDF5Error(objectPath: path, reason: "attribute '\(name)' cannot be read") }
            return values
        }
    }

    /// Reads a scalar (or one-element) string attribute.
    func readStringAttribute(_ name: String) throws(HDF5Error) -> String {
        let strings = try withAttribute(name) { attribute, count, fileType throws(HDF5Error) in
            try HDF5Strings.read(count: count, fileType: fileType, objectPath: path + " attribute '\(name)'") {
                H5Aread(attribute, $0, $1)
            }
        }
        guard strings.count == 1 else {
            throw HDF5Error(objectPath: path, reason: "attribute '\(name)' holds \(strings.count) strings, expected 1")
        }
        return strings[0]
    }

    /// Writes a scalar variable-length UTF-8 string attribute.
    func writeStringAttribute(_ name: String, _ value: String) throws(HDF5Error) {
        let space = H5Screate(H5S_SCALAR)
        guard space >= 0 else { throw HDF5Error(objectPath: path, reason: "cannot create attribute '\(name)'") }
        defer { H5Sclose(space) }
        let stringType = try HDF5StringType.variableUTF8(objectPath: path)
        defer { H5Tclose(stringType) }
        let attribute = H5Acreate2(id, name, stringType, space, gs_h5p_default(), gs_h5p_default())
        guard attribute >= 0 else { throw HDF5Error(objectPath: path, reason: "cannot create attribute '\(name)'") }
        defer { H5Aclose(attribute) }
        let status = value.withCString { characters in
            var pointer: UnsafePointer<CChar>? = characters
            return H5Awrite(attribute, stringType, &pointer)
        }
        guard status >= 0 else { throw HDF5Error(objectPath: path, reason: "cannot write attribute '\(name)'") }
    }

    /// Writes a 64-bit integer attribute: a scalar when `scalar` is true (one value), else 1-D.
    func writeInt64Attribute(_ name: String, _ values: [Int64], scalar: Bool = false) throws(HDF5Error) {
        var extent = [hsize_t(values.count)]
        let space = scalar ? H5Screate(H5S_SCALAR) : H5Screate_simple(1, &extent, nil)
        guard space >= 0 else { throw HDF5Error(objectPath: path, reason: "cannot create attribute '\(name)'") }
        defer { H5Sclose(space) }
        let attribute = H5Acreate2(id, name, gs_h5t_std_i64le(), space, gs_h5p_default(), gs_h5p_default())
        guard attribute >= 0 else { throw HDF5Error(objectPath: path, reason: "cannot create attribute '\(name)'") }
        defer { H5Aclose(attribute) }
        let status = values.withUnsafeBytes { H5Awrite(attribute, gs_h5t_native_int64(), $0.baseAddress) }
        guard status >= 0 else { throw HDF5Error(objectPath: path, reason: "cannot write attribute '\(name)'") }
    }

    /// Opens attribute `name` and passes it with its element count and stored type to `body`.
    private func withAttribute<Result>(
        _ name: String, _ body: (hid_t, Int, hid_t) throws(HDF5Error) -> Result
    ) throws(HDF5Error) -> Result {
        guard hasAttribute(name) else { throw HDF5Error(objectPath: path, reason: "attribute '\(name)' is missing") }
        let attribute = H5Aopen(id, name, gs_h5p_default())
        guard attribute >= 0 else { throw HDF5Error(objectPath: path, reason: "attribute '\(name)' cannot be opened") }
        defer { H5Aclose(attribute) }
        let space = H5Aget_space(attribute)
        guard space >= 0 else { throw HDF5Error(objectPath: path, reason: "attribute '\(name)' cannot be read") }
        defer { H5Sclose(space) }
        let count = try HDF5Dataspace.dimensions(of: space, objectPath: path).reduce(1, *)
        let fileType = H5Aget_type(attribute)
        guard fileType >= 0 else { throw HDF5Error(objectPath: path, reason: "attribute '\(name)' cannot be read") }
        defer { H5Tclose(fileType) }
        return try body(attribute, count, fileType)
    }
}

/// The string type gutskin writes: variable length, UTF-8, NUL-terminated (as h5py writes).
enum HDF5StringType {
    /// A new type id; the caller closes it with `H5Tclose`.
    static func variableUTF8(objectPath: String) throws(HDF5Error) -> hid_t {
        let type = H5Tcopy(gs_h5t_c_s1())
        guard type >= 0, H5Tset_size(type, gs_h5t_variable()) >= 0, H5Tset_cset(type, H5T_CSET_UTF8) >= 0 else {
            if type >= 0 { H5Tclose(type) }
            throw HDF5Error(objectPath: objectPath, reason: "cannot create a string type")
        }
        return type
    }
}
