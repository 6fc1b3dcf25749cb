import CHDF5

/// An open HDF5 file. Call only inside `HDF5Library.serialized`, and `close()` it (with `defer`)
/// before leaving; the handle is a plain id, not reference-counted.
struct HDF5File {
    let id: hid_t

    /// Opens an existing file read-only. Throws when it is not HDF5, cannot be opened, or has a
    /// global heap libhdf5 would loop on (`HDF5GlobalHeapCheck`).
    static func open(_ path: String) throws(HDF5Error) -> HDF5File {
        let isHDF5 = gs_is_hdf5(path)
        guard isHDF5 > 0 else {
            throw HDF5Error(
                objectPath: "/",
                reason: isHDF5 == 0 ? "not an HDF5 file" : "cannot be opened as HDF5 (unreadable or corrupt)")
        }
        // Before libhdf5 reads anything: a damaged global heap would make it loop forever.
        try HDF5GlobalHeapCheck.check(path: path)
        let id = H5Fopen(path, gs_h5f_acc_rdonly(), gs_h5p_default())
        guard id >= 0 else {
            throw HDF5Error(objectPath: "/", reason: "cannot be opened as HDF5 (truncated or corrupt?)")
        }
        return HDF5File(id: id)
    }

    /// Creates (or truncates) a file for writing.
    static func create(_ path: String) throws(HDF5Error) -> HDF5File {
        let id = H5Fcreate(path, gs_h5f_acc_trunc(), gs_h5p_default(), gs_h5p_default())
        guard id >= 0 else { throw HDF5Error(objectPath: "/", reason: "cannot create the file") }
        return HDF5File(id: id)
    }

    /// Closes the file; reports failure because a failed close of a written file means lost data.
    @discardableResult
    func close() -> Bool { H5Fclose(id) >= 0 }

    /// Creates a file, runs `body` on its root group, and closes it, failing when the close does
    /// (a failed close means data never reached the disk). Call inside `HDF5Library.serialized`.
    static func writeNew(_ path: String, _ body: (HDF5Group) throws(HDF5Error) -> Void) throws(HDF5Error) {
        let file = try create(path)
        var closed = false
        defer { if !closed { file.close() } }
        do {  // the root group must be closed before the file
            let root = try file.openRoot()
            defer { root.close() }
            try body(root)
        }
        closed = true
        guard file.close() else { throw HDF5Error(objectPath: "/", reason: "cannot finish the file (disk full?)") }
    }

    /// The root group `/`.
    func openRoot() throws(HDF5Error) -> HDF5Group {
        let group = H5Gopen2(id, "/", gs_h5p_default())
        guard group >= 0 else { throw HDF5Error(objectPath: "/", reason: "root group cannot be opened (corrupt file?)") }
        return HDF5Group(id: group, path: "/")
    }
}

/// An open HDF5 group, knowing its own path for error messages. Close with `close()`.
struct HDF5Group: HDF5AttributeOwner {
    let id: hid_t
    let path: String

    func close() { H5Gclose(id) }

    /// The full path of a child named `name`.
    func childPath(_ name: String) -> String { path == "/" ? "/" + name : path + "/" + name }

    /// Whether the link `relativePath` (may contain `/`) exists, checking each step so a
    /// missing intermediate group gives `false` rather than an HDF5 error.
    func contains(_ relativePath: String) -> Bool {
        var prefix = ""
        for component in relativePath.split(separator: "/") {
            prefix += prefix.isEmpty ? String(component) : "/" + component
            guard H5Lexists(id, prefix, gs_h5p_default()) > 0 else { return false }
        }
        return !prefix.isEmpty
    }

    func openGroup(_ name: String) throws(HDF5Error) -> HDF5Group {
        let fullPath = childPath(name)
        guard contains(name) else { throw HDF5Error(objectPath: fullPath, reason: "group is missing") }
        let group = H5Gopen2(id, name, gs_h5p_default())
        guard group >= 0 else { throw HDF5Error(objectPath: fullPath, reason: "is not a group or cannot be opened") }
        return HDF5Group(id: group, path: fullPath)
    }

    func createGroup(_ name: String) throws(HDF5Error) -> HDF5Group {
        let group = H5Gcreate2(id, name, gs_h5p_default(), gs_h5p_default(), gs_h5p_default())
        guard group >= 0 else { throw HDF5Error(objectPath: childPath(name), reason: "cannot create group") }
        return HDF5Group(id: group, path: childPath(name))
    }

    func openDataset(_ name: String) throws(HDF5Error) -> HDF5Dataset {
        let fullPath = childPath(name)
        guard contains(name) else { throw HDF5Error(objectPath: fullPath, reason: "dataset is missing") }
        let dataset = H5Dopen2(id, name, gs_h5p_default())
        guard dataset >= 0 else { throw HDF5Error(objectPath: fullPath, reason: "is not a dataset or cannot be opened") }
        return HDF5Dataset(id: dataset, path: fullPath)
    }
}
